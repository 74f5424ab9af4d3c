/**
 * The lifetime cap (R11) kept with one timer per service (issue 14, idle heap): connections run
 * out in the order they started, none before `lifetimeMs`, an ended one is forgotten at once,
 * and no timer is left once nothing is under the cap. End to end, a service with many open
 * WebSocket clients holds one lifetime timer, not one per client.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';
import { LifetimeCap } from '../../../runtime/service/LifetimeCap.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { startDeafWebSocketPeer, type DeafWebSocketPeer } from '../../servers/startDeafWebSocketPeer.js';
import { recordClientEvents } from '../client/recordClientEvents.js';

function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

describe('LifetimeCap', () => {
  it('expires connections in the order they started, each no earlier than lifetimeMs after its start', async () => {
    const expired: Array<{ name: string; afterMs: number }> = [];
    const started = new Map<string, number>();
    const cap = new LifetimeCap<string>(40, (name) => expired.push({ name, afterMs: performance.now() - started.get(name)! }));
    for (const name of ['a', 'b']) {
      started.set(name, performance.now());
      cap.start(name);
    }
    await sleep(15);
    started.set('c', performance.now());
    cap.start('c');
    await sleep(120);
    expect(expired.map((entry) => entry.name)).toEqual(['a', 'b', 'c']);
    for (const entry of expired) expect(entry.afterMs).toBeGreaterThanOrEqual(40);
    expect(cap.size).toBe(0);
  });

  it('never expires a connection stopped before its cap, and keeps no timer once none is left', async () => {
    const timersBefore = activeTimers();
    const expired: string[] = [];
    const cap = new LifetimeCap<string>(30, (name) => expired.push(name));
    cap.start('stopped first');
    cap.start('runs out');
    expect(activeTimers()).toBe(timersBefore + 1);
    cap.stop('stopped first');
    await sleep(80);
    expect(expired).toEqual(['runs out']);
    cap.start('stopped too');
    cap.stop('stopped too');
    cap.stop('never started');
    expect(cap.size).toBe(0);
    expect(activeTimers()).toBe(timersBefore);
  });

  it('lets an expiry handler stop and start other connections', async () => {
    const expired: string[] = [];
    const cap = new LifetimeCap<string>(20, (name) => {
      expired.push(name);
      if (name === 'a') {
        cap.stop('b'); // ended by a's handler: must not expire afterwards
        cap.start('late');
      }
    });
    cap.start('a');
    cap.start('b');
    await sleep(100);
    expect(expired).toEqual(['a', 'late']);
    expect(cap.size).toBe(0);
  });
});

describe('the lifetime cap of an HttpService', () => {
  let peer: DeafWebSocketPeer;

  beforeAll(async () => {
    peer = await startDeafWebSocketPeer();
  });
  afterAll(() => peer.close());

  it('uses one timer for all its open clients and ends each with Error "HttpError: TimedOut" then Closed', async () => {
    const timersBefore = activeTimers();
    const service = createHttpService({ maxLiveClients: 20, lifetimeMs: 400, webSocketCloseTimeoutMs: 50 });
    const recordings = Array.from({ length: 20 }, () =>
      recordClientEvents(service.CreateWebStreamClient(Enum.WebStreamClientType.WebSocket, { Url: peer.url('/deaf') })),
    );
    await Promise.all(recordings.map((recording) => recording.eventSeen('Opened')));
    // A timer per client (the old way) would make this 20.
    expect(activeTimers() - timersBefore).toBeLessThanOrEqual(1);
    await Promise.all(recordings.map((recording) => recording.closed));
    for (const recording of recordings) expect(recording.events.slice(-2)).toEqual(['Error 400 HttpError: TimedOut', 'Closed']);
    expect(service.liveClientCount).toBe(0);
    await peer.waitForNoOpenSockets();
  });
});
