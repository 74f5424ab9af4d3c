/**
 * Benchmark rows: WebSocket messages per second and CPU per message when the server sends text
 * frames back to back (64 B, 1 KiB, 64 KiB), and the 99th-percentile round trip of 64 B
 * messages sent one at a time — our WebSocket client against bare `ws`. Both hand each message
 * to a handler as a string (ours: UTF-8 text, the default; ws: `data.toString()`, as a
 * ws user reading text frames does). CPU is this (client) process's user+system time; the server
 * (bench/_server.ts) runs in its own process and writes its frames about 1 MiB at a time, so
 * the clients set the pace. Each flood row's note also times ours with Immediate delivery, which
 * calls handlers as each message is read, as ws does; the default (Deferred) calls them once the
 * read is processed, so a read's messages are all held until then.
 *
 * Contenders take turns within each round, and which of them goes first rotates from round to
 * round (on this machine swapping the order moved the 64 KiB CPU ratio by 5–9%: the first of a
 * pair pays more, so a fixed order had charged that to ours). After each run the connection is
 * closed and its closing handshake left to finish before the next run starts. Figures are
 * medians over the rounds. Goals (issue 14): ≥ 0.98× bare ws in messages/s and ≤ 1.03× its CPU
 * per message at each size; p99 round trip ≤ 1.1× bare.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { builtRuntime } from './_freshDist.js';
import { forkServer } from './_forkServer.js';
import { median, percentile, quick, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const SIZES: ReadonlyArray<{ readonly label: string; readonly size: number; readonly count: number }> = [
  { label: '64 B', size: 64, count: quick ? 200_000 : 1_000_000 },
  { label: '1 KiB', size: 1024, count: quick ? 100_000 : 500_000 },
  { label: '64 KiB', size: 64 * 1024, count: quick ? 2_000 : 10_000 },
];
const ROUND_TRIPS = quick ? 2_000 : 5_000;
/**
 * A multiple of the three flood contenders (and even, for the two round-trip ones), so each goes
 * first equally often. On this machine the ratio of a single round spreads widely (0.7–1.2 at
 * 64 B), so twelve rounds, for a median that moves less between runs than six gave.
 */
const ROUNDS = quick ? 6 : 12;
const WARMUP = 2;

const { Enum, createHttpService } = await builtRuntime(repoRoot);
const server = await forkServer();
const service = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY });
/** Handlers called as each message is read, as bare ws calls its listener (the default, Deferred, calls them after the read). */
const immediateService = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY, signalBehavior: 'Immediate' });

/** A connected client: `send` a text message, `onMessage` gets every message as a string. */
interface Connection {
  send(text: string): void;
  onMessage(handler: (message: string) => void): void;
  close(): void;
}

/** Time for a closed connection's closing handshake to finish, so it lands in no measured run. */
const SETTLE_MS = 100;

function oursConnect(path: string, from = service): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const client = from.CreateWebStreamClient(Enum.WebStreamClientType.WebSocket, { Url: `${server.ws}${path}` });
    let handler: (message: string) => void = () => undefined;
    client.MessageReceived.Connect((message) => handler(message));
    client.Error.Connect((status, message) => reject(new Error(`${status} ${message}`)));
    client.Opened.Connect(() => resolve({ send: (text) => client.Send(text), onMessage: (next) => (handler = next), close: () => client.Close() }));
  });
}

function wsConnect(path: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.ws}${path}`, { perMessageDeflate: false });
    let handler: (message: string) => void = () => undefined;
    socket.on('message', (data) => handler(data.toString()));
    socket.on('error', reject);
    socket.on('open', () => resolve({ send: (text) => socket.send(text), onMessage: (next) => (handler = next), close: () => socket.close() }));
  });
}

interface Throughput {
  readonly perSecond: number;
  readonly cpuMicrosPerMessage: number;
}

async function flood(connect: (path: string) => Promise<Connection>, size: number, count: number): Promise<Throughput> {
  const connection = await connect('/flood');
  const cpu = process.cpuUsage();
  const started = performance.now();
  let received = 0;
  let bytes = 0;
  await new Promise<void>((resolve) => {
    connection.onMessage((message) => {
      if (message === 'end') resolve();
      else {
        received++;
        bytes += message.length;
      }
    });
    connection.send(`${size} ${count}`);
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  connection.close();
  await sleep(SETTLE_MS);
  if (received !== count || bytes !== size * count) throw new Error(`got ${received} messages / ${bytes} bytes, wanted ${count} / ${size * count}`);
  return { perSecond: count / seconds, cpuMicrosPerMessage: (used.user + used.system) / count };
}

async function roundTrips(connect: (path: string) => Promise<Connection>): Promise<number> {
  const connection = await connect('/echo');
  const payload = 'y'.repeat(64);
  const samples: number[] = [];
  let pending: (() => void) | undefined;
  connection.onMessage(() => pending?.());
  for (let index = 0; index < ROUND_TRIPS; index++) {
    const started = performance.now();
    await new Promise<void>((resolve) => {
      pending = resolve;
      connection.send(payload);
    });
    samples.push(performance.now() - started);
  }
  connection.close();
  await sleep(SETTLE_MS);
  return percentile(samples, 0.99);
}

const contenders = { ours: (path: string) => oursConnect(path), oursImmediate: (path: string) => oursConnect(path, immediateService), ws: wsConnect } as const;
type Name = keyof typeof contenders;
const NAMES = Object.keys(contenders) as readonly Name[];
const floods = new Map<string, Throughput[]>();
const p99s = new Map<Name, number[]>([
  ['ours', []],
  ['ws', []],
]);
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  // Floods: which contender goes first rotates; round trips: ours and ws alternate.
  const rotated = [...NAMES.slice(round % NAMES.length), ...NAMES.slice(0, round % NAMES.length)];
  for (const { label, size, count } of SIZES) {
    for (const name of rotated) {
      const result = await flood(contenders[name], size, count);
      if (round >= WARMUP) floods.set(`${name} ${label}`, [...(floods.get(`${name} ${label}`) ?? []), result]);
    }
  }
  for (const name of (round % 2 === 0 ? ['ours', 'ws'] : ['ws', 'ours']) as readonly Name[]) {
    const p99 = await roundTrips(contenders[name]);
    if (round >= WARMUP) p99s.get(name)!.push(p99);
  }
}
await server.stop();

console.log(`WebSocket, median of ${ROUNDS} rounds; ${loadLine()}`);
const command = `npm run bench -- websocket${quick ? ' --quick' : ''}`;
for (const { label, size, count } of SIZES) {
  const key = label.replace(/\s/g, '').toLowerCase();
  const rate = (name: Name) => median(floods.get(`${name} ${label}`)!.map((result) => result.perSecond));
  const cpu = (name: Name) => median(floods.get(`${name} ${label}`)!.map((result) => result.cpuMicrosPerMessage));
  reportRow(
    makeRow({
      id: `ws-rate-${key}`,
      path: `WebSocket ${label} messages, server sending back to back (${count.toLocaleString('en')} per run)`,
      ours: { label: 'rbx-webstream WebSocket client', value: rate('ours'), unit: 'msg/s' },
      baseline: { label: 'bare ws', value: rate('ws'), unit: 'msg/s' },
      goal: { bound: 'at least', limit: 0.98 },
      note: `ours with Immediate delivery: ${Math.round(rate('oursImmediate')).toLocaleString('en')} msg/s = ${(rate('oursImmediate') / rate('ws')).toFixed(2)}x`,
      command,
    }),
  );
  reportRow(
    makeRow({
      id: `ws-cpu-${key}`,
      path: `WebSocket ${label} messages, client CPU per message`,
      ours: { label: 'rbx-webstream WebSocket client', value: cpu('ours'), unit: 'µs/msg' },
      baseline: { label: 'bare ws', value: cpu('ws'), unit: 'µs/msg' },
      goal: { bound: 'at most', limit: 1.03 },
      note: `ours with Immediate delivery: ${cpu('oursImmediate').toPrecision(3)} µs/msg = ${(cpu('oursImmediate') / cpu('ws')).toFixed(2)}x`,
      command,
    }),
  );
  void size;
}
reportRow(
  makeRow({
    id: 'ws-p99',
    path: `WebSocket 64 B round trip, p99 of ${ROUND_TRIPS.toLocaleString('en')} sent one at a time`,
    ours: { label: 'rbx-webstream WebSocket client', value: median(p99s.get('ours')!), unit: 'ms' },
    baseline: { label: 'bare ws', value: median(p99s.get('ws')!), unit: 'ms' },
    goal: { bound: 'at most', limit: 1.1 },
    command,
  }),
);
