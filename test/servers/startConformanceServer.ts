/**
 * The local server of the conformance scenarios (`api-dump/scenarios.json`, `routes`): one HTTP
 * fixture server and one WebSocket fixture server on 127.0.0.1, with one path per route, plus a
 * reserved port that nothing listens on for "refused" routes.
 *
 * Each scenario run gets its own `run` id in the URL's query, so runs never see each other's
 * connections: an HTTP route writes its first chunk at once and chunk n only once the run's
 * client has delivered n messages (`messageDelivered(run)`), so one chunk arrives as one read;
 * `waitForDisconnect(run)` resolves when the server has seen every connection of the run close.
 */
import type http from 'node:http';
import net from 'node:net';
import type { RouteSpec } from '../../codegen/scenarios/types.js';
import { startHttpFixtureServer, type RouteHandler } from './startHttpFixtureServer.js';
import { startWebSocketFixtureServer, type ConnectionHandler } from './startWebSocketFixtureServer.js';

export interface ConformanceServer {
  /** The URL of `route` for one scenario run. */
  url(route: string, run: string): string;
  /** The client of `run` delivered a message: its HTTP route may write the next chunk. */
  messageDelivered(run: string): void;
  /** Resolves once no connection of `run` is open on the server side. */
  waitForDisconnect(run: string): Promise<void>;
  /** Connections of `run` the server has accepted so far. */
  connectionsSeen(run: string): number;
  close(): Promise<void>;
}

interface RunState {
  /** Messages the run's client has delivered so far. */
  delivered: number;
  readonly deliveryWaiters: Set<() => void>;
  open: number;
  seen: number;
  waiters: Array<() => void>;
}

/** A port on 127.0.0.1 that was free a moment ago and that nothing listens on now. */
async function reserveClosedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function runOf(request: http.IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://fixture').searchParams.get('run') ?? '';
}

export async function startConformanceServer(routes: Readonly<Record<string, RouteSpec>>): Promise<ConformanceServer> {
  const runs = new Map<string, RunState>();
  const state = (run: string): RunState => {
    let found = runs.get(run);
    if (found === undefined) {
      found = { delivered: 0, deliveryWaiters: new Set(), open: 0, seen: 0, waiters: [] };
      runs.set(run, found);
    }
    return found;
  };
  const opened = (run: string): void => {
    const entry = state(run);
    entry.open++;
    entry.seen++;
  };
  const closed = (run: string): void => {
    const entry = state(run);
    entry.open--;
    if (entry.open === 0) for (const notify of entry.waiters.splice(0)) notify();
  };

  const httpRoutes: Record<string, RouteHandler> = {};
  const wsRoutes: Record<string, ConnectionHandler> = {};
  const rejected: Record<string, number> = {};
  for (const [name, spec] of Object.entries(routes)) {
    const path = `/${name}`;
    switch (spec.kind) {
      case 'http':
        httpRoutes[path] = (request, response) => {
          const run = runOf(request);
          opened(run);
          response.on('close', () => closed(run));
          void writeChunks(response, spec, state(run));
        };
        break;
      case 'http-no-answer':
        httpRoutes[path] = (request, response) => {
          const run = runOf(request);
          opened(run);
          response.on('close', () => closed(run));
        };
        break;
      case 'websocket':
        wsRoutes[path] = (socket, request) => {
          const run = runOf(request);
          opened(run);
          socket.on('close', () => closed(run));
          if (spec.echo === true) socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
          const sends = spec.send ?? [];
          sends.forEach((message, index) => {
            // 'drop': once the last frame is written, cut the TCP connection without a close frame.
            const last = index === sends.length - 1;
            socket.send(message, last && spec.then === 'drop' ? () => socket.terminate() : undefined);
          });
          if (spec.then === 'close') socket.close(1000);
          if (spec.then === 'drop' && sends.length === 0) socket.terminate();
        };
        break;
      case 'websocket-reject':
        rejected[path] = spec.status;
        break;
      case 'refused':
        break;
    }
  }

  const httpServer = await startHttpFixtureServer(httpRoutes);
  const wsServer = await startWebSocketFixtureServer(wsRoutes, { reject: rejected });
  const refusedPort = await reserveClosedPort();

  return {
    url(route, run) {
      const spec = routes[route];
      if (spec === undefined) throw new Error(`the conformance server has no route "${route}" (routes come from api-dump/scenarios.json)`);
      const query = `/${route}?run=${encodeURIComponent(run)}`;
      switch (spec.kind) {
        case 'http':
        case 'http-no-answer':
          return `http://127.0.0.1:${httpServer.port}${query}`;
        case 'websocket':
        case 'websocket-reject':
          return `ws://127.0.0.1:${wsServer.port}${query}`;
        case 'refused':
          return `${spec.scheme}://127.0.0.1:${refusedPort}${query}`;
      }
    },
    messageDelivered: (run) => {
      const entry = state(run);
      entry.delivered++;
      for (const notify of [...entry.deliveryWaiters]) notify();
    },
    waitForDisconnect: (run) =>
      new Promise<void>((resolve) => {
        const entry = state(run);
        if (entry.open === 0) resolve();
        else entry.waiters.push(resolve);
      }),
    connectionsSeen: (run) => state(run).seen,
    close: async () => {
      await Promise.all([httpServer.close(), wsServer.close()]);
    },
  };
}

/** Resolves once the run's client has delivered `count` messages, or the response has closed. */
function deliveredAtLeast(run: RunState, count: number, response: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (run.delivered < count && !response.destroyed) return;
      run.deliveryWaiters.delete(check);
      response.off('close', check);
      resolve();
    };
    run.deliveryWaiters.add(check);
    response.on('close', check);
    check();
  });
}

/** Writes the head and the first chunk, then chunk n once n messages were delivered; ends or holds. */
async function writeChunks(response: http.ServerResponse, spec: Extract<RouteSpec, { kind: 'http' }>, run: RunState): Promise<void> {
  response.writeHead(spec.status, { ...spec.headers });
  response.flushHeaders();
  const chunks = spec.chunks ?? [];
  for (const [index, chunk] of chunks.entries()) {
    await deliveredAtLeast(run, index, response);
    if (response.destroyed) return;
    response.write(chunk);
  }
  if (spec.then === 'end' && !response.destroyed) response.end();
}
