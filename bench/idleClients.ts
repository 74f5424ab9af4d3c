/**
 * Benchmark rows: heap held per idle open client, 1,000 clients at once — our WebSocket client
 * against bare `ws`, our SSE client against the `eventsource` package — and whether the heap
 * returns to where it was once they all close. Each measurement runs in a fresh process
 * (bench/_idleClient.ts, with --expose-gc and forced collections); the server runs in another
 * (bench/_server.ts). Contenders take turns; figures are medians over the rounds. Goals
 * (issue 14): ≤ 1.3× bare ws, ≤ 0.5× eventsource, and memory back to its level before the
 * clients opened (what stays is at most 10% of what they held).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { builtRuntime } from './_freshDist.js';
import { forkServer } from './_forkServer.js';
import { median, quick, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const CLIENTS = 1000;
const ROUNDS = quick ? 2 : 3;

interface Heap {
  readonly perClient: number;
  readonly residual: number;
  readonly growth: number;
}

await builtRuntime(repoRoot);
const server = await forkServer();

async function measureKind(kind: string): Promise<Heap> {
  const child = fork(join(repoRoot, 'bench', '_idleClient.ts'), [kind, String(CLIENTS), String(server.port)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [result] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [undefined])])) as [Heap | undefined];
  if (result === undefined) throw new Error(`bench/_idleClient.ts ${kind} exited without a result`);
  if (child.exitCode === null) await once(child, 'exit');
  return result;
}

const kinds = ['ours-ws', 'ws', 'ours-sse', 'eventsource'] as const;
const results = new Map<string, Heap[]>(kinds.map((kind) => [kind, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of kinds) results.get(kind)!.push(await measureKind(kind));
}
await server.stop();

const perClient = (kind: string) => median(results.get(kind)!.map((heap) => heap.perClient)) / 1000;
console.log(`${CLIENTS.toLocaleString('en')} idle clients, heap per client, median of ${ROUNDS} rounds; ${loadLine()}`);
const command = `npm run bench -- idleClients${quick ? ' --quick' : ''}`;
reportRow(
  makeRow({
    id: 'idle-ws-heap',
    path: `${CLIENTS.toLocaleString('en')} idle WebSocket clients, heap per client`,
    ours: { label: 'rbx-webstream WebSocket client', value: perClient('ours-ws'), unit: 'KB' },
    baseline: { label: 'bare ws', value: perClient('ws'), unit: 'KB' },
    goal: { bound: 'at most', limit: 1.3 },
    command,
  }),
);
reportRow(
  makeRow({
    id: 'idle-sse-heap',
    path: `${CLIENTS.toLocaleString('en')} idle SSE clients, heap per client`,
    ours: { label: 'rbx-webstream SSE client', value: perClient('ours-sse'), unit: 'KB' },
    baseline: { label: 'eventsource package', value: perClient('eventsource'), unit: 'KB' },
    goal: { bound: 'at most', limit: 0.5 },
    command,
  }),
);
for (const [kind, label] of [
  ['ours-ws', 'WebSocket'],
  ['ours-sse', 'SSE'],
] as const) {
  const residual = median(results.get(kind)!.map((heap) => heap.residual)) / 1000;
  const growth = median(results.get(kind)!.map((heap) => heap.growth)) / 1000;
  reportRow(
    makeRow({
      id: `idle-${kind === 'ours-ws' ? 'ws' : 'sse'}-release`,
      path: `heap left after closing ${CLIENTS.toLocaleString('en')} ${label} clients`,
      ours: { label: 'heap left after Close()', value: residual, unit: 'KB' },
      baseline: { label: 'heap the open clients held', value: growth, unit: 'KB' },
      goal: { bound: 'at most', limit: 0.1 },
      command,
    }),
  );
}
