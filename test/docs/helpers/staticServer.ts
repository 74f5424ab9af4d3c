/**
 * A static file server on 127.0.0.1 (port 0) that serves a folder under a sub-path only, as
 * GitHub Pages serves a project site (`https://<user>.github.io/rbx-webstream/`). Anything
 * outside the sub-path is a 404, so a page that links with a root-absolute URL, or climbs above
 * the site's root, shows up as a broken link.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticSite {
  /** The site's root URL, ending in `/`, e.g. `http://127.0.0.1:40123/rbx-webstream/`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or undefined when it is outside `basePath` or `root`. */
export function fileForPath(root: string, basePath: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith(basePath)) return undefined;
  const rest = decoded.slice(basePath.length);
  const file = resolve(root, rest === '' || rest.endsWith('/') ? join(rest, 'index.html') : rest);
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
  return file;
}

export async function serveStatic(root: string, basePath: string): Promise<StaticSite> {
  const absoluteRoot = resolve(root);
  const server = createServer((request, response) => {
    const file = fileForPath(absoluteRoot, basePath, new URL(request.url ?? '/', 'http://localhost').pathname);
    let size: number | undefined;
    try {
      size = file !== undefined && statSync(file).isFile() ? statSync(file).size : undefined;
    } catch {
      size = undefined;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (file === undefined || size === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
