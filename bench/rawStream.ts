/**
 * Benchmark row: a RawStream reading a large chunked HTTP response to its end — our RawStream
 * client (every read of at most 16 KiB handed to MessageReceived as a string, as the engine does)
 * against a raw `net` socket reading the same response (request written by hand, bytes counted,
 * no HTTP parsing at all: the floor). Beside them, in the row's note, two clients on undici (the
 * transport the runtime is built on, `Client` dispatching the same request): one counting the
 * body's bytes (what any client on undici pays for HTTP parsing and for the chunks undici copies
 * out of its parser) and one also copying every 16 KiB into a string (latin1, the cheapest way),
 * as MessageReceived hands out strings: the floor for the engine's contract on this transport.
 *
 * The server (bench/_server.ts) runs in its own process and writes 1 MiB at a time, so the
 * clients, not the server, set the pace. It warms up for several rounds first: until its code is
 * optimised the server was the slowest party and every contender read at its rate. Contenders
 * take turns, and which goes first rotates from round to round; figures are medians over the
 * rounds. Goal (issue 14): ≥ 0.95× the raw socket.
 */
import { connect } from 'node:net';
import { Client, type Dispatcher } from 'undici';
import { performance } from 'node:perf_hooks';
import { builtRuntime } from './_freshDist.js';
import { forkServer } from './_forkServer.js';
import { median, quick, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const BYTES = (quick ? 64 : 256) * 1024 * 1024;
const ROUNDS = quick ? 3 : 7;
const WARMUP = 3;
/** MessageReceived's largest message (the runtime's `maxReadBytes`, R2). */
const READ_BYTES = 16 * 1024;

const { Enum, createHttpService } = await builtRuntime(repoRoot);
const server = await forkServer();
const path = `/raw?bytes=${BYTES}`;
const service = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY });

function ours(): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const client = service.CreateWebStreamClient(Enum.WebStreamClientType.RawStream, { Url: `${server.http}${path}` });
    client.MessageReceived.Connect((message) => (bytes += message.length));
    client.Error.Connect((status, message) => reject(new Error(`${status} ${message}`)));
    client.Closed.Connect(() => resolve(bytes));
  });
}

function rawSocket(): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    });
    socket.on('data', (chunk) => (bytes += chunk.length));
    socket.on('error', reject);
    socket.on('end', () => resolve(bytes));
  });
}

/** undici counting the body's bytes, or also making a string of each `READ_BYTES` as MessageReceived does. */
function bareUndici(strings: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const client = new Client(server.http, { bodyTimeout: 0, headersTimeout: 0, pipelining: 1 });
    const handler: Dispatcher.DispatchHandler = {
      // undici tells this (controller) handler API from its older one by these methods.
      onRequestStart: () => undefined,
      onResponseStart: () => undefined,
      onResponseData: (_controller, chunk) => {
        if (!strings) bytes += chunk.length;
        else for (let start = 0; start < chunk.length; start += READ_BYTES) bytes += chunk.toString('latin1', start, start + READ_BYTES).length;
      },
      onResponseEnd: () => {
        resolve(bytes);
        void client.close();
      },
      onResponseError: (_controller, error) => reject(error),
    };
    client.dispatch({ path, method: 'GET' }, handler);
  });
}

const CONTENDERS = [
  ['ours', ours],
  ['net', rawSocket],
  ['undici', () => bareUndici(false)],
  ['undiciStrings', () => bareUndici(true)],
] as const;
const rates = { ours: [] as number[], net: [] as number[], undici: [] as number[], undiciStrings: [] as number[] };
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  const first = round % CONTENDERS.length;
  for (const [name, run] of [...CONTENDERS.slice(first), ...CONTENDERS.slice(0, first)]) {
    const started = performance.now();
    const bytes = await run();
    const seconds = (performance.now() - started) / 1000;
    if (bytes < BYTES) throw new Error(`${name} read ${bytes} of ${BYTES} bytes`);
    if (round >= WARMUP) rates[name].push(BYTES / seconds / 1e9);
  }
}
await server.stop();

/** A median rate with its ratio to the raw socket's. */
function rateAndRatio(values: readonly number[]): string {
  return `${median(values).toFixed(2)} GB/s = ${(median(values) / median(rates.net)).toFixed(2)}x the raw socket`;
}

console.log(`RawStream, ${BYTES / 1024 / 1024} MiB chunked response, median of ${ROUNDS} rounds; ${loadLine()}`);
reportRow(
  makeRow({
    id: 'rawstream',
    path: `RawStream, ${BYTES / 1024 / 1024} MiB chunked response`,
    ours: { label: 'rbx-webstream RawStream client', value: median(rates.ours), unit: 'GB/s' },
    baseline: { label: 'raw net socket', value: median(rates.net), unit: 'GB/s' },
    goal: { bound: 'at least', limit: 0.95 },
    note:
      `bare undici, counting the body's bytes: ${rateAndRatio(rates.undici)}; ` +
      `bare undici copying every ${READ_BYTES / 1024} KiB into a string (latin1, the cheapest) as MessageReceived must make one: ${rateAndRatio(rates.undiciStrings)}; ` +
      `ours = ${(median(rates.ours) / median(rates.undiciStrings)).toFixed(2)}x the latter`,
    command: `npm run bench -- rawStream${quick ? ' --quick' : ''}`,
  }),
);
