/**
 * Benchmark for the SSE/RawStream transport choice (§1.3 item 4): the runtime's undici
 * transport (runtime/transports/openHttpStream.ts: a per-stream undici Client with a dispatch
 * handler reading `controller.rawHeaders`) against a plain node:http request reading
 * `IncomingMessage.rawHeaders`, on the same loopback stream (2000 events of ~100 bytes, written
 * in 20 bursts). Both keep the headers' original case. The whole client (RawStream, signals,
 * byte strings) is timed too, to show what the layers above the transport cost.
 * Measured per round: time to the response head and time to the end of the body.
 * Goal: the undici transport within 1.5× of node:http for the whole stream (ratio ≤ 1.5).
 * Prints a table and, last, one line of JSON with the figures.
 */
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Enum, createHttpService } from '../runtime/index.js';
import { validateRequestOptions } from '../runtime/request/validateRequestOptions.js';
import { createStringCodec } from '../runtime/bytes/createStringCodec.js';
import { openHttpStream } from '../runtime/transports/openHttpStream.js';
import { formatOpenedHeaders } from '../runtime/transports/formatOpenedHeaders.js';
import { resolveHttpServiceOptions, sessionSettingsOf } from '../runtime/service/HttpServiceOptions.js';

const EVENTS = 2000;
const BURSTS = 20;
const WARMUP = 5;
const RUNS = 30;
const GOAL_RATIO = 1.5;

const event = `data: ${JSON.stringify({ token: 'x'.repeat(60), n: 1 })}\n\n`;
const burst = event.repeat(EVENTS / BURSTS);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'X-Bench': 'Yes' });
  let sent = 0;
  const writeBurst = (): void => {
    if (sent === BURSTS) {
      response.end();
      return;
    }
    sent++;
    response.write(burst);
    setImmediate(writeBurst);
  };
  writeBurst();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const service = createHttpService({ maxLiveClients: 1, messageStrings: 'bytes' });

interface Timing {
  headMs: number;
  totalMs: number;
  bytes: number;
}

function viaRuntime(): Promise<Timing> {
  const start = performance.now();
  let headMs = 0;
  let bytes = 0;
  const client = service.CreateWebStreamClient(Enum.WebStreamClientType.RawStream, { Url: url });
  client.Opened.Connect(() => (headMs = performance.now() - start));
  client.MessageReceived.Connect((message) => (bytes += message.length));
  return new Promise((resolve) => client.Closed.Connect(() => resolve({ headMs, totalMs: performance.now() - start, bytes })));
}

function viaUndiciTransport(): Promise<Timing> {
  const start = performance.now();
  const request = validateRequestOptions('RawStream', { Url: url }, createStringCodec('bytes'));
  let headMs = 0;
  let bytes = 0;
  return new Promise((resolve, reject) => {
    openHttpStream(request, sessionSettingsOf(resolveHttpServiceOptions()), {
      head: (head) => {
        headMs = formatOpenedHeaders(head.rawHeaders).length > 0 ? performance.now() - start : Number.NaN;
      },
      data: (chunk) => (bytes += chunk.toString('latin1').length),
      end: () => resolve({ headMs, totalMs: performance.now() - start, bytes }),
      failure: (failure) => reject(new Error(JSON.stringify(failure))),
    });
  });
}

function viaNodeHttp(): Promise<Timing> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { Accept: '*/*' } }, (response) => {
      const headMs = performance.now() - start;
      let headers = '';
      for (let index = 0; index < response.rawHeaders.length; index += 2) headers += `${response.rawHeaders[index]}: ${response.rawHeaders[index + 1]}\r\n`;
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.toString('latin1').length));
      response.on('end', () => resolve({ headMs: headers.length > 0 ? headMs : Number.NaN, totalMs: performance.now() - start, bytes }));
    });
    request.on('error', reject);
  });
}

const contenders: Record<string, () => Promise<Timing>> = {
  'undici transport': viaUndiciTransport,
  'node:http': viaNodeHttp,
  'whole RawStream client': viaRuntime,
};
const results: Record<string, Timing[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const [name, run] of Object.entries(contenders)) {
    const timing = await run();
    if (round >= WARMUP) results[name]?.push(timing);
  }
}
server.close();

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const figures: Record<string, { headMs: number; totalMs: number; bytes: number }> = {};
for (const [name, timings] of Object.entries(results)) {
  figures[name] = {
    headMs: Number(median(timings.map((timing) => timing.headMs)).toFixed(2)),
    totalMs: Number(median(timings.map((timing) => timing.totalMs)).toFixed(2)),
    bytes: timings[0]?.bytes ?? 0,
  };
}
const ratio = (figures['undici transport']?.totalMs ?? Number.NaN) / (figures['node:http']?.totalMs ?? Number.NaN);

console.log(`HTTP stream transport, ${EVENTS} events (${burst.length * BURSTS} bytes) per round, median of ${RUNS}`);
for (const [name, figure] of Object.entries(figures)) {
  console.log(
    `  ${name.padEnd(26)} head ${String(figure.headMs).padStart(6)} ms   whole stream ${String(figure.totalMs).padStart(6)} ms   ${figure.bytes} bytes`,
  );
}
console.log(`  ratio undici transport / node:http (whole stream): ${ratio.toFixed(2)} (goal ≤ ${GOAL_RATIO}) ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`);
console.log(JSON.stringify({ bench: 'runtimeHttpTransport', figures, ratio: Number(ratio.toFixed(2)), goalRatio: GOAL_RATIO }));
