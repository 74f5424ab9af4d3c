/**
 * One idle-clients measurement, in a fresh process (forked by bench/idleClients.ts with
 * --expose-gc): open `count` clients of one kind against the bench server, wait until all are
 * open, and report the heap they hold; then close them all and report the heap left over.
 * Two rounds of `count` clients are opened and closed before the measured one, so what V8
 * loads and compiles for these code paths (a few hundred KB of optimized code for ws alone, some
 * of it only during the second round) is in the heap already and counted neither as the
 * clients' nor as left over after they close.
 * Arguments: <kind> <count> <port>; the result goes to the parent over IPC.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { EventSource } from 'eventsource';
import { WebSocket } from 'ws';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './_measure.js';

const [kind, countText, portText] = process.argv.slice(2) as [string, string, string];
const count = Number(countText);
const port = Number(portText);
// The built runtime (bench/idleClients.ts builds it first when stale; see bench/_freshDist.ts).
const { Enum, createHttpService } = (await import(
  pathToFileURL(join(repoRoot, 'runtime', 'dist', 'runtime', 'index.js')).href
)) as typeof import('../runtime/index.js');
const service = createHttpService({ maxLiveClients: count + 10 });

interface Open {
  close(): void;
}

function openOne(): Promise<Open> {
  return new Promise((resolve, reject) => {
    if (kind === 'ours-ws' || kind === 'ours-sse') {
      const webSocket = kind === 'ours-ws';
      const client = service.CreateWebStreamClient(webSocket ? Enum.WebStreamClientType.WebSocket : Enum.WebStreamClientType.SSE, {
        Url: webSocket ? `ws://127.0.0.1:${port}/idle` : `http://127.0.0.1:${port}/idle`,
      });
      client.MessageReceived.Connect(() => undefined);
      client.Error.Connect((status, message) => reject(new Error(`${status} ${message}`)));
      client.Opened.Connect(() => resolve({ close: () => client.Close() }));
    } else if (kind === 'ws') {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/idle`, { perMessageDeflate: false });
      socket.on('message', () => undefined);
      socket.on('error', reject);
      socket.on('open', () => resolve({ close: () => socket.terminate() }));
    } else if (kind === 'eventsource') {
      const source = new EventSource(`http://127.0.0.1:${port}/idle`);
      source.onmessage = () => undefined;
      source.onerror = () => reject(new Error('eventsource failed'));
      source.onopen = () => resolve({ close: () => source.close() });
    } else {
      reject(new Error(`unknown kind ${kind}`));
    }
  });
}

async function settledHeap(): Promise<number> {
  for (let pass = 0; pass < 3; pass++) {
    await sleep(50);
    globalThis.gc!();
  }
  return process.memoryUsage().heapUsed;
}

async function openMany(n: number): Promise<Open[]> {
  const opened: Open[] = [];
  // In batches, so the server's accept queue and the client's connect burst stay reasonable.
  for (let start = 0; start < n; start += 100) {
    opened.push(...(await Promise.all(Array.from({ length: Math.min(100, n - start) }, openOne))));
  }
  return opened;
}

async function closeAll(opened: Open[]): Promise<void> {
  for (const one of opened) one.close();
  await sleep(500);
}

for (let warmUp = 0; warmUp < 2; warmUp++) await closeAll(await openMany(count));
const before = await settledHeap();
const opened = await openMany(count);
const open = await settledHeap();
await closeAll(opened);
opened.length = 0;
const after = await settledHeap();
process.send!({ perClient: (open - before) / count, residual: after - before, growth: open - before });
process.disconnect();
setTimeout(() => process.exit(0), 100).unref();
