/**
 * A local stand-in for Roblox's two endpoints, on 127.0.0.1 with a free port: the
 * client-version endpoint (`/v2/client-version/WindowsStudio64`, answering the build set as
 * current) and the setup CDN (`/<guid>-Full-API-Dump.json`, serving the real dumps from
 * `../shared/api-dumps`, or a given text). Faults can be queued per dump (a 500, a 404, a truncated body, a
 * connection dropped mid-body), and every request is logged for assertions.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realDumpPath, type RealDumpVersion } from '../../helpers/realDumps.js';

export interface FakeBuild {
  readonly version: string;
  readonly guid: string;
  /** Sent as Last-Modified with the dump. */
  readonly lastModified: string;
  /** The dump served; the real dump of `version` when absent. */
  readonly body?: Buffer;
}

/** The builds of the shared dumps (GUIDs from ../shared/api-dumps/README.md). */
export const FAKE_BUILDS: Readonly<Record<'0.732' | '0.733' | '0.734', FakeBuild & { readonly version: RealDumpVersion }>> = {
  '0.732': { version: '0.732.0.7321040', guid: 'version-ff6341faef444107', lastModified: 'Tue, 28 Jul 2026 18:00:00 GMT' },
  '0.733': { version: '0.733.0.7330989', guid: 'version-b2d03e4efaa04174', lastModified: 'Tue, 04 Aug 2026 18:00:00 GMT' },
  '0.734': { version: '0.734.0.7340915', guid: 'version-d679641ad17741aa', lastModified: 'Tue, 11 Aug 2026 18:00:00 GMT' },
};

export type Fault = 'status-500' | 'status-404' | 'truncated' | 'drop-mid-body';

export const VERSION_PATH = '/v2/client-version/WindowsStudio64';

export interface FakeRobloxServer {
  readonly versionUrl: string;
  readonly setupUrl: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  setCurrent(build: FakeBuild): void;
  /** Faults served, in order, for the next requests of this build's dump. */
  queueFaults(build: FakeBuild, ...faults: Fault[]): void;
  close(): Promise<void>;
}

export async function startFakeRobloxServer(builds: readonly FakeBuild[]): Promise<FakeRobloxServer> {
  const texts = new Map<string, { build: FakeBuild; body: Buffer }>();
  for (const build of builds)
    texts.set(`/${build.guid}-Full-API-Dump.json`, { build, body: build.body ?? readFileSync(realDumpPath(build.version as RealDumpVersion)) });
  const faults = new Map<string, Fault[]>();
  const requests: string[] = [];
  let current: FakeBuild | undefined;

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (path === VERSION_PATH && current !== undefined) {
      const body = JSON.stringify({
        version: current.version,
        clientVersionUpload: current.guid,
        bootstrapperVersion: '1, 6, 0, 7340915',
        nextClientVersionUpload: null,
        nextClientVersion: null,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const dump = texts.get(path);
    if (dump === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const fault = faults.get(path)?.shift();
    if (fault === 'status-500') return void response.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
    if (fault === 'status-404') return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (fault === 'truncated') {
      const half = dump.body.subarray(0, Math.floor(dump.body.length / 2));
      return void response.writeHead(200, { 'content-type': 'application/json', 'content-length': half.length }).end(half);
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': dump.body.length, 'last-modified': dump.build.lastModified });
    if (fault === 'drop-mid-body') {
      response.write(dump.body.subarray(0, 65_536), () => request.socket.destroy());
      return;
    }
    response.end(dump.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    versionUrl: `${base}${VERSION_PATH}`,
    setupUrl: base,
    requests,
    setCurrent: (build) => {
      current = build;
    },
    queueFaults: (build, ...queued) => {
      const path = `/${build.guid}-Full-API-Dump.json`;
      faults.set(path, [...(faults.get(path) ?? []), ...queued]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 with nothing listening (bound once, then released). */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
