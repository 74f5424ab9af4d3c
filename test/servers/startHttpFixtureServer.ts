/**
 * A node:http fixture server on 127.0.0.1 (port 0) for runtime tests: routes by path, keeps
 * track of its open sockets so tests can await "every connection closed", and closes cleanly.
 */
import http from 'node:http';
import { listenWithSocketTracking } from './listenWithSocketTracking.js';

/** A route; an async one whose promise rejects gets its connection destroyed (never an unhandled rejection). */
export type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => unknown;

export interface HttpFixtureServer {
  readonly port: number;
  url(path: string): string;
  /** Sockets currently open on the server side. */
  readonly openSockets: number;
  /** Resolves once no server-side socket is open. */
  waitForNoOpenSockets(): Promise<void>;
  /** Resolves with the next request that reaches `path`. */
  nextRequest(path: string): Promise<http.IncomingMessage>;
  close(): Promise<void>;
}

export async function startHttpFixtureServer(routes: Record<string, RouteHandler>): Promise<HttpFixtureServer> {
  const requestWaiters = new Map<string, Array<(request: http.IncomingMessage) => void>>();
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    for (const waiter of requestWaiters.get(path)?.splice(0) ?? []) waiter(request);
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`no route ${path}`);
      return;
    }
    Promise.resolve(route(request, response)).catch(() => response.destroy());
  });
  const tracked = await listenWithSocketTracking(server);
  return {
    port: tracked.port,
    url: (path) => `http://127.0.0.1:${tracked.port}${path}`,
    get openSockets() {
      return tracked.openSockets;
    },
    waitForNoOpenSockets: () => tracked.waitForNoOpenSockets(),
    nextRequest: (path) =>
      new Promise((resolve) => {
        const waiters = requestWaiters.get(path) ?? [];
        waiters.push(resolve);
        requestWaiters.set(path, waiters);
      }),
    close: () => tracked.close(),
  };
}
