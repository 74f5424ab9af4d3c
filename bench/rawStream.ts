/**
 * Benchmark row: a RawStream reading a large chunked HTTP response to its end — our RawStream
 * client (every read handed to MessageReceived as a byte string) against a raw `net` socket
 * reading the same response (request written by hand, bytes counted, no HTTP parsing at all:
 * the floor). Beside them it times bare undici (the transport the runtime is built on, `Client`
 * dispatching the same request and counting the body's bytes, no strings): what any client on
 * undici pays for HTTP parsing and for the body chunks undici copies out of its parser, shown in
 * the row's note. The server (bench/_server.ts) runs in its own process; contenders take turns;
 * figures are medians over the rounds. Goal (issue 14): ≥ 0.95× the raw socket.
 */
import { connect } from 'node:net';
import { Client, type Dispatcher } from 'undici';
import { performance } from 'node:perf_hooks';
import { builtRuntime } from './_freshDist.js';
import { forkServer } from './_forkServer.js';
import { median, quick, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const BYTES = (quick ? 64 : 256) * 1024 * 1024;
const ROUNDS = quick ? 3 : 5;
const WARMUP = 1;

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

function bareUndici(): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const client = new Client(server.http, { bodyTimeout: 0, headersTimeout: 0, pipelining: 1 });
    const handler: Dispatcher.DispatchHandler = {
      // undici tells this (controller) handler API from its older one by these methods.
      onRequestStart: () => undefined,
      onResponseStart: () => undefined,
      onResponseData: (_controller, chunk) => {
        bytes += chunk.length;
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

const rates = { ours: [] as number[], net: [] as number[], undici: [] as number[] };
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const [name, run] of [
    ['ours', ours],
    ['net', rawSocket],
    ['undici', bareUndici],
  ] as const) {
    const started = performance.now();
    const bytes = await run();
    const seconds = (performance.now() - started) / 1000;
    if (bytes < BYTES) throw new Error(`${name} read ${bytes} of ${BYTES} bytes`);
    if (round >= WARMUP) rates[name].push(BYTES / seconds / 1e9);
  }
}
await server.stop();

console.log(`RawStream, ${BYTES / 1024 / 1024} MiB chunked response, median of ${ROUNDS} rounds; ${loadLine()}`);
reportRow(
  makeRow({
    id: 'rawstream',
    path: `RawStream, ${BYTES / 1024 / 1024} MiB chunked response`,
    ours: { label: 'rbx-webstream RawStream client', value: median(rates.ours), unit: 'GB/s' },
    baseline: { label: 'raw net socket', value: median(rates.net), unit: 'GB/s' },
    goal: { bound: 'at least', limit: 0.95 },
    note: `bare undici, counting the body's bytes without making strings: ${median(rates.undici).toFixed(3)} GB/s = ${(median(rates.undici) / median(rates.net)).toFixed(2)}x the raw socket; ours = ${(median(rates.ours) / median(rates.undici)).toFixed(2)}x bare undici`,
    command: `npm run bench -- rawStream${quick ? ' --quick' : ''}`,
  }),
);
