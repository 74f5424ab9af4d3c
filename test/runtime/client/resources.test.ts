/**
 * No socket, timer or listener outlives a finished client: after each way of ending (clean end,
 * Close() while Open, Close() while Connecting, failure, lifetime cap, WebSocket close), the
 * server sees every connection closed and Node's active handles are back to where they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebStreamClient } from '../../../runtime/contract.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { startWebSocketFixtureServer, type WebSocketFixtureServer } from '../../servers/startWebSocketFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const { SSE, RawStream, WebSocket } = Enum.WebStreamClientType;
const TRACKED = new Set(['TCPSocketWrap', 'TCPWRAP', 'Timeout', 'TLSWrap', 'PipeWrap']);

/** Active sockets and timers by kind (the listening servers are TCPServerWrap and not counted). */
function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (TRACKED.has(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('resources after a client ends', () => {
  let http: HttpFixtureServer;
  let ws: WebSocketFixtureServer;

  beforeAll(async () => {
    http = await startHttpFixtureServer({
      '/ends': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.end('data: bye\n\n');
      },
      '/open': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.write(': open\n\n');
      },
      '/hang': () => undefined,
      '/404': (_request, response) => response.writeHead(404).end('nope'),
    });
    ws = await startWebSocketFixtureServer({
      '/hold': (socket) => socket.send('hi'),
      '/server-closes': (socket) => socket.close(1000),
    });
  });
  afterAll(async () => {
    await http.close();
    await ws.close();
  });

  const scenarios: Array<[string, (service: ReturnType<typeof createHttpService>) => Promise<void>, () => Promise<void>]> = [
    [
      'an SSE stream the server ends',
      async (service) => {
        await recordClientEvents(service.CreateWebStreamClient(SSE, { Url: http.url('/ends') })).closed;
      },
      () => http.waitForNoOpenSockets(),
    ],
    [
      'Close() on an open SSE stream',
      async (service) => {
        const client = service.CreateWebStreamClient(SSE, { Url: http.url('/open') });
        await closeAfter(client, 'Message');
      },
      () => http.waitForNoOpenSockets(),
    ],
    [
      'Close() while the server has not answered',
      async (service) => {
        const client = service.CreateWebStreamClient(RawStream, { Url: http.url('/hang') });
        const recording = recordClientEvents(client);
        await http.nextRequest('/hang');
        client.Close();
        await recording.closed;
      },
      () => http.waitForNoOpenSockets(),
    ],
    [
      'an SSE failure on a 404',
      async (service) => {
        await recordClientEvents(service.CreateWebStreamClient(SSE, { Url: http.url('/404') })).closed;
      },
      () => http.waitForNoOpenSockets(),
    ],
    [
      'the lifetime cap',
      async () => {
        const client = createHttpService({ lifetimeMs: 50 }).CreateWebStreamClient(SSE, { Url: http.url('/open') });
        await recordClientEvents(client).closed;
      },
      () => http.waitForNoOpenSockets(),
    ],
    [
      'Close() on an open WebSocket',
      async (service) => {
        await closeAfter(service.CreateWebStreamClient(WebSocket, { Url: ws.url('/hold') }), 'Message');
      },
      () => ws.waitForNoOpenSockets(),
    ],
    [
      'a WebSocket the server closes',
      async (service) => {
        await recordClientEvents(service.CreateWebStreamClient(WebSocket, { Url: ws.url('/server-closes') })).closed;
      },
      () => ws.waitForNoOpenSockets(),
    ],
  ];

  for (const [what, run, serverSettled] of scenarios) {
    it(`leaves no socket or timer behind after ${what}`, async () => {
      const service = createHttpService();
      await settle();
      const before = activeHandles();
      await run(service);
      await serverSettled();
      await settle();
      // Nothing may be added; an unrelated timer that ended meanwhile may make a count smaller.
      const after = activeHandles();
      for (const kind of new Set([...Object.keys(before), ...Object.keys(after)])) {
        expect(after[kind] ?? 0, kind).toBeLessThanOrEqual(before[kind] ?? 0);
      }
      expect(service.liveClientCount).toBe(0);
    });
  }
});

async function closeAfter(client: WebStreamClient, eventPrefix: string): Promise<void> {
  const recording = recordClientEvents(client);
  await recording.eventSeen(eventPrefix);
  client.Close();
  await recording.closed;
}
