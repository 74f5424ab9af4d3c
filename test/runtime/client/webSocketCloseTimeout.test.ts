/**
 * Runtime fault (issue 13): WebSocket `Close()`, and a lifetime-cap failure, against a peer that
 * never answers the close frame. Closed fires at once; within the close timeout
 * (`webSocketCloseTimeoutMs`, default 1 s) the socket is destroyed, so 50 such clients leave no
 * socket or timer that keeps the process alive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebStreamClient } from '../../../runtime/contract.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS } from '../../../runtime/semantics.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { startDeafWebSocketPeer, type DeafWebSocketPeer } from '../../servers/startDeafWebSocketPeer.js';
import { recordClientEvents } from './recordClientEvents.js';

const WS = Enum.WebStreamClientType.WebSocket;
const CLOSE_TIMEOUT_MS = 100;
/** Far below ws's own 30 s close wait, so the old behaviour fails here instead of hanging. */
const DEADLINE_MS = 3000;

function clientHandles(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap' || kind === 'Timeout').length;
}

async function withinDeadline(what: string, work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${DEADLINE_MS} ms`)), DEADLINE_MS);
  });
  try {
    await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('WebSocket close against a peer that never answers the close frame', () => {
  let peer: DeafWebSocketPeer;

  beforeAll(async () => {
    peer = await startDeafWebSocketPeer();
  });
  afterAll(() => peer.close());

  it('documents a short default close timeout', () => {
    expect(DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS).toBe(1000);
    expect(createHttpService().options.webSocketCloseTimeoutMs).toBe(DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS);
  });

  it('leaves no open socket or timer after Close() on 50 clients', async () => {
    const before = clientHandles();
    const service = createHttpService({ maxLiveClients: 50, webSocketCloseTimeoutMs: CLOSE_TIMEOUT_MS });
    const clients: WebStreamClient[] = Array.from({ length: 50 }, () => service.CreateWebStreamClient(WS, { Url: peer.url('/deaf') }));
    const recordings = clients.map((client) => recordClientEvents(client));
    await Promise.all(recordings.map((recording) => recording.eventSeen('Opened')));
    expect(peer.openSockets).toBe(50);

    for (const client of clients) client.Close();
    await Promise.all(recordings.map((recording) => recording.closed));
    expect(service.liveClientCount).toBe(0);
    expect(recordings.every((recording) => recording.events.at(-1) === 'Closed' && !recording.events.some((line) => line.startsWith('Error')))).toBe(true);

    await withinDeadline('closing 50 sockets', peer.waitForNoOpenSockets());
    await new Promise((resolve) => setImmediate(resolve));
    expect(clientHandles()).toBeLessThanOrEqual(before);
  });

  it('frees the socket after a lifetime-cap failure too', async () => {
    const service = createHttpService({ lifetimeMs: 80, webSocketCloseTimeoutMs: CLOSE_TIMEOUT_MS });
    const recording = recordClientEvents(service.CreateWebStreamClient(WS, { Url: peer.url('/deaf') }));
    await recording.closed;
    expect(recording.events.slice(-2)).toEqual(['Error 400 HttpError: TimedOut', 'Closed']);
    await withinDeadline('closing the socket', peer.waitForNoOpenSockets());
  });
});
