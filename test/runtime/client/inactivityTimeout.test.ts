/**
 * The SSE/RawStream inactivity timeout (runtime/semantics.ts, DEFAULT_INACTIVITY_TIMEOUT_MS):
 * a stream silent for the window after Opened ends with Error(<status>, "HttpError:
 * InactivityTimeout") then Closed; heartbeats keep it open; WebSocket is not affected; the timer
 * leaves nothing behind. Windows are shortened through the service option.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { DEFAULT_INACTIVITY_TIMEOUT_MS } from '../../../runtime/semantics.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { startWebSocketFixtureServer, type WebSocketFixtureServer } from '../../servers/startWebSocketFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const { SSE, RawStream, WebSocket } = Enum.WebStreamClientType;
const WINDOW_MS = 120;
const TIMED_OUT = 'HttpError: InactivityTimeout';

describe('inactivity timeout', () => {
  let http: HttpFixtureServer;
  let ws: WebSocketFixtureServer;

  beforeAll(async () => {
    http = await startHttpFixtureServer({
      '/silent-sse': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.write('data: first\n\n');
      },
      '/silent-raw': (_request, response) => {
        response.writeHead(401, { 'Content-Type': 'application/json' });
        response.write('{"error":');
      },
      '/heartbeats': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        let beats = 0;
        const timer = setInterval(() => {
          beats++;
          if (beats === 8) {
            clearInterval(timer);
            response.end('data: done\n\n');
          } else {
            response.write(': heartbeat\n\n');
          }
        }, WINDOW_MS / 3);
        response.on('close', () => clearInterval(timer));
      },
      '/no-head': () => undefined,
    });
    ws = await startWebSocketFixtureServer({ '/quiet': (socket) => setTimeout(() => socket.close(1000), WINDOW_MS * 3) });
  });
  afterAll(async () => {
    await http.close();
    await ws.close();
  });

  it('defaults to the engine window of 20 s', () => {
    expect(DEFAULT_INACTIVITY_TIMEOUT_MS).toBe(20_000);
    expect(createHttpService().options.inactivityTimeoutMs).toBe(20_000);
  });

  it('ends a silent SSE stream with Error(200, "HttpError: InactivityTimeout") then Closed', async () => {
    const client = createHttpService({ inactivityTimeoutMs: WINDOW_MS }).CreateWebStreamClient(SSE, { Url: http.url('/silent-sse') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toEqual([
      'Changed ConnectionState',
      'Opened 200',
      'Message data: first\n\n',
      'Changed ConnectionState',
      `Error 200 ${TIMED_OUT}`,
      'Closed',
    ]);
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Error);
    await http.waitForNoOpenSockets();
  });

  it('reports the response status of a silent RawStream (here 401)', async () => {
    const recording = recordClientEvents(
      createHttpService({ inactivityTimeoutMs: WINDOW_MS }).CreateWebStreamClient(RawStream, { Url: http.url('/silent-raw') }),
    );
    await recording.closed;
    expect(recording.events.slice(-2)).toEqual([`Error 401 ${TIMED_OUT}`, 'Closed']);
  });

  it('keeps a stream whose server sends heartbeats inside the window open until it ends', async () => {
    const recording = recordClientEvents(
      createHttpService({ inactivityTimeoutMs: WINDOW_MS, sseMessageMode: 'block' }).CreateWebStreamClient(SSE, { Url: http.url('/heartbeats') }),
    );
    await recording.closed;
    expect(recording.events.filter((event) => event.startsWith('Error'))).toEqual([]);
    expect(recording.messages.at(-1)).toBe('data: done\n\n');
  });

  it('does not start before the response head (the Timeout option covers that wait)', async () => {
    const client = createHttpService({ inactivityTimeoutMs: 50 }).CreateWebStreamClient(SSE, { Url: http.url('/no-head') });
    const recording = recordClientEvents(client);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Connecting);
    client.Close();
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Closed']);
  });

  it('does not apply to WebSocket clients', async () => {
    const recording = recordClientEvents(createHttpService({ inactivityTimeoutMs: WINDOW_MS }).CreateWebStreamClient(WebSocket, { Url: ws.url('/quiet') }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Opened 101', 'Changed ConnectionState', 'Closed']);
  });

  it('leaves no timer behind once the client has closed', async () => {
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const client = createHttpService({ inactivityTimeoutMs: 60_000 }).CreateWebStreamClient(SSE, { Url: http.url('/silent-sse') });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Message');
    client.Close();
    await recording.closed;
    await http.waitForNoOpenSockets();
    await new Promise((resolve) => setImmediate(resolve));
    const timersAfter = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    expect(timersAfter).toBeLessThanOrEqual(timersBefore);
  });
});
