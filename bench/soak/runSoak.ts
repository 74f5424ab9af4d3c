/**
 * The soak: many runtime clients at once, each exchanging many messages with servers in another
 * process on 127.0.0.1, and an account of every message. Over WebSocket each client sends
 * `C:<seq>` for seq 0…M−1 and the echo server returns them; over SSE the server sends them. The
 * receiving side counts per client what arrived once (received), more than once (duplicated),
 * after a later one (reordered) and never (lost). Around the run it measures the heap (after a
 * full GC when `--expose-gc` is on) and, once every client has closed and the server process
 * has exited, the handles still open in this process (`process.getActiveResourcesInfo()`)
 * beyond those open before the run.
 *
 * Used by `npm run soak` (scripts/soak.ts: 1,000 clients × 1,000 messages) and by the short
 * version in `npm test` (test/soak/soak.test.ts: 50 × 200).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createHttpService, Enum } from '../../runtime/index.js';

export type SoakTransport = 'WebSocket' | 'SSE';

export interface SoakOptions {
  readonly clients: number;
  readonly messages: number;
  readonly transport: SoakTransport;
  /** Give up (and report what is missing as lost) after this long. */
  readonly timeoutMs: number;
}

export interface SoakReport {
  readonly transport: SoakTransport;
  readonly clients: number;
  readonly messagesPerClient: number;
  readonly sent: number;
  readonly received: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly reordered: number;
  /** Clients that reported Error instead of finishing. */
  readonly failedClients: number;
  readonly errors: readonly string[];
  readonly seconds: number;
  readonly heapBeforeBytes: number;
  readonly heapAfterBytes: number;
  /** Handle types still open after the run beyond those open before, with their counts. */
  readonly leftoverHandles: Readonly<Record<string, number>>;
  readonly timedOut: boolean;
}

interface SoakServer {
  readonly port: number;
  stop(): Promise<void>;
}

async function startSoakServer(): Promise<SoakServer> {
  const child = fork(fileURLToPath(new URL('./soakServer.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [undefined])])) as [{ port: number } | undefined];
  if (message === undefined) throw new Error('bench/soak/soakServer.ts exited before listening');
  return {
    port: message.port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      await exited;
    },
  };
}

function countHandles(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/** One client's bookkeeping of the sequence numbers it got back. */
class Tally {
  readonly seen: Uint8Array;
  unique = 0;
  duplicated = 0;
  reordered = 0;
  private highest = -1;

  constructor(readonly expected: number) {
    this.seen = new Uint8Array(expected);
  }

  /** `C:<seq>` (WebSocket), or the raw SSE block `data: C:<seq>` and its blank line ("block" mode). */
  record(message: string, client: number): void {
    const match = /^(?:data: )?(\d+):(\d+)\s*$/.exec(message);
    const seq = Number(match?.[2]);
    if (match === null || Number(match[1]) !== client || seq >= this.expected) {
      this.duplicated += 1; // a message this client never asked for counts against it
      return;
    }
    if (this.seen[seq] === 1) {
      this.duplicated += 1;
      return;
    }
    this.seen[seq] = 1;
    this.unique += 1;
    if (seq < this.highest) this.reordered += 1;
    else this.highest = seq;
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const handlesBefore = countHandles();
  const heapBeforeBytes = await settledHeap();
  const server = await startSoakServer();
  const service = createHttpService({ maxLiveClients: options.clients, lifetimeMs: Number.POSITIVE_INFINITY, sseMessageMode: 'block' });
  const tallies = Array.from({ length: options.clients }, () => new Tally(options.messages));
  const errors: string[] = [];
  let failedClients = 0;
  let sent = 0;
  const started = performance.now();
  const clients: ReturnType<typeof service.CreateWebStreamClient>[] = [];
  const finished = tallies.map(
    (tally, index) =>
      new Promise<void>((resolve) => {
        const url =
          options.transport === 'WebSocket'
            ? `ws://127.0.0.1:${server.port}/echo`
            : `http://127.0.0.1:${server.port}/sse?client=${index}&n=${options.messages}`;
        const client = service.CreateWebStreamClient(Enum.WebStreamClientType[options.transport], { Url: url });
        clients.push(client);
        client.MessageReceived.Connect((message) => {
          tally.record(message, index);
          if (options.transport === 'WebSocket' && tally.unique === options.messages) client.Close();
        });
        client.Opened.Connect(() => {
          if (options.transport !== 'WebSocket') return;
          for (let seq = 0; seq < options.messages; seq++) client.Send(`${index}:${seq}`);
          sent += options.messages;
        });
        client.Error.Connect((status, message) => {
          failedClients += 1;
          if (errors.length < 10) errors.push(`client ${index}: ${status} ${message}`);
        });
        client.Closed.Connect(() => resolve());
      }),
  );
  if (options.transport === 'SSE') sent = options.clients * options.messages;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    Promise.all(finished).then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), options.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  if (timedOut) {
    for (const client of clients) client.Close();
    await Promise.race([Promise.all(finished), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }
  await server.stop();
  // Let sockets finish closing before counting what is left.
  await new Promise((resolve) => setTimeout(resolve, 200));
  clients.length = 0;
  const heapAfterBytes = await settledHeap();
  const leftoverHandles: Record<string, number> = {};
  for (const [type, count] of countHandles()) {
    const extra = count - (handlesBefore.get(type) ?? 0);
    if (extra > 0) leftoverHandles[type] = extra;
  }
  const received = tallies.reduce((sum, tally) => sum + tally.unique, 0);
  return {
    transport: options.transport,
    clients: options.clients,
    messagesPerClient: options.messages,
    sent,
    received,
    lost: options.clients * options.messages - received,
    duplicated: tallies.reduce((sum, tally) => sum + tally.duplicated, 0),
    reordered: tallies.reduce((sum, tally) => sum + tally.reordered, 0),
    failedClients,
    errors,
    seconds,
    heapBeforeBytes,
    heapAfterBytes,
    leftoverHandles,
    timedOut,
  };
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The report as the lines `npm run soak` prints. */
export function formatSoakReport(report: SoakReport): string[] {
  const handles = Object.entries(report.leftoverHandles);
  return [
    `${report.transport}: ${report.clients} clients × ${report.messagesPerClient} messages in ${report.seconds.toFixed(1)} s${report.timedOut ? ' (TIMED OUT)' : ''}`,
    `  sent ${report.sent}, received ${report.received}, lost ${report.lost}, duplicated ${report.duplicated}, reordered ${report.reordered}, failed clients ${report.failedClients}`,
    `  heap before ${mb(report.heapBeforeBytes)}, after ${mb(report.heapAfterBytes)} (${report.heapAfterBytes >= report.heapBeforeBytes ? '+' : '−'}${mb(Math.abs(report.heapAfterBytes - report.heapBeforeBytes))})`,
    `  open handles left at the end: ${handles.length === 0 ? 'none' : handles.map(([type, count]) => `${count} ${type}`).join(', ')}`,
    ...report.errors.map((error) => `  error: ${error}`),
  ];
}
