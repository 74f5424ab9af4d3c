/**
 * Benchmark rows: an SSE stream of many small events, read to its end by
 * - our SSE client with one message per event (`sseMessageMode: "block"`), with Immediate
 *   delivery and with the default Deferred delivery; and with the default settings (one message
 *   per read, `"read"`), where a script gets the stream's text in read-sized pieces;
 * - undici's `fetch` + eventsource-parser (what a Node user would write by hand);
 * - the `eventsource` package (the usual EventSource for Node).
 * The server (bench/_server.ts) runs in its own process; the contenders take turns within each
 * round, and each figure is the median of the rounds. Goals (issue 14): ours ≥ 1.0× fetch +
 * eventsource-parser with Immediate, ≥ 0.9× with Deferred, and ≥ 1.8× the eventsource package.
 */
import { performance } from 'node:perf_hooks';
import { EventSource } from 'eventsource';
import { createParser } from 'eventsource-parser';
import { fetch } from 'undici';
import { builtRuntime } from './_freshDist.js';
import { forkServer } from './_forkServer.js';
import { median, quick, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const EVENTS = quick ? 100_000 : 200_000;
const ROUNDS = quick ? 4 : 7;
// Two rounds unmeasured: the first streams run our parser and the baselines' before V8 has
// optimised them, which on this 2-core machine took two rounds to settle.
const WARMUP = 2;

const { Enum, createHttpService } = await builtRuntime(repoRoot);
const server = await forkServer();
const url = `${server.http}/sse?n=${EVENTS}`;
const immediate = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY, sseMessageMode: 'block', signalBehavior: 'Immediate' });
const deferred = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY, sseMessageMode: 'block' });
const defaults = createHttpService({ maxLiveClients: 2, lifetimeMs: Number.POSITIVE_INFINITY });

/** Counts events: one per message in block mode; in read mode, the blank lines that end them. */
function ours(service: typeof immediate, perRead = false): () => Promise<number> {
  return () =>
    new Promise((resolve, reject) => {
      let count = 0;
      let endedWithLf = false;
      const client = service.CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: url });
      client.MessageReceived.Connect((message) => {
        if (!perRead) {
          if (message.length > 0) count++;
          return;
        }
        // A blank line split between two reads: "…\n" then "\n…" (the stream never has "\n\n\n").
        if (endedWithLf && message.startsWith('\n')) count++;
        for (let at = message.indexOf('\n\n'); at !== -1; at = message.indexOf('\n\n', at + 2)) count++;
        endedWithLf = message.endsWith('\n');
      });
      client.Error.Connect((status, message) => reject(new Error(`SSE client failed: ${status} ${message}`)));
      client.Closed.Connect(() => resolve(count));
    });
}

async function fetchAndParser(): Promise<number> {
  let count = 0;
  const parser = createParser({
    onEvent: (event) => {
      if (event.data.length > 0) count++;
    },
  });
  const response = await fetch(url, { headers: { Accept: 'text/event-stream' } });
  const decoder = new TextDecoder();
  for await (const chunk of response.body!) parser.feed(decoder.decode(chunk, { stream: true }));
  return count;
}

function eventSourcePackage(): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    const source = new EventSource(url);
    source.onmessage = (event) => {
      if (event.data.length > 0) count++;
      if (count === EVENTS) {
        source.close();
        resolve(count);
      }
    };
    source.onerror = () => {
      source.close();
      reject(new Error(`eventsource stopped after ${count} of ${EVENTS} events`));
    };
  });
}

const contenders: Record<string, () => Promise<number>> = {
  immediate: ours(immediate),
  deferred: ours(deferred),
  defaults: ours(defaults, true),
  fetchParser: fetchAndParser,
  eventsource: eventSourcePackage,
};
const rates = new Map<string, number[]>(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const [name, run] of Object.entries(contenders)) {
    const started = performance.now();
    const count = await run();
    const seconds = (performance.now() - started) / 1000;
    if (count !== EVENTS) throw new Error(`${name} saw ${count} of ${EVENTS} events`);
    if (round >= WARMUP) rates.get(name)!.push(EVENTS / seconds);
  }
}
await server.stop();

const rate = (name: string): number => median(rates.get(name)!);
console.log(`SSE, ${EVENTS.toLocaleString('en')} small events per stream, median of ${ROUNDS} rounds; ${loadLine()}`);
const command = `npm run bench -- sse${quick ? ' --quick' : ''}`;
const figure = (label: string, name: string) => ({ label, value: rate(name), unit: 'events/s' });
reportRow(
  makeRow({
    id: 'sse-immediate',
    path: 'SSE, small events, one message per event, Immediate delivery',
    ours: figure('rbx-webstream SSE client (Immediate)', 'immediate'),
    baseline: figure('undici fetch + eventsource-parser', 'fetchParser'),
    goal: { bound: 'at least', limit: 1.0 },
    command,
  }),
);
reportRow(
  makeRow({
    id: 'sse-deferred',
    path: 'SSE, small events, one message per event, default Deferred delivery',
    ours: figure('rbx-webstream SSE client (Deferred)', 'deferred'),
    baseline: figure('undici fetch + eventsource-parser', 'fetchParser'),
    goal: { bound: 'at least', limit: 0.9 },
    command,
  }),
);
reportRow(
  makeRow({
    id: 'sse-default-read',
    path: 'SSE, small events, default settings (read-sized messages, Deferred)',
    ours: figure('rbx-webstream SSE client (defaults)', 'defaults'),
    baseline: figure('undici fetch + eventsource-parser', 'fetchParser'),
    goal: { bound: 'at least', limit: 1.0 },
    note: 'events counted by their blank lines in each read',
    command,
  }),
);
reportRow(
  makeRow({
    id: 'sse-vs-eventsource',
    path: 'SSE, small events, one message per event, Deferred, vs the eventsource package',
    ours: figure('rbx-webstream SSE client (Deferred)', 'deferred'),
    baseline: figure('eventsource package', 'eventsource'),
    goal: { bound: 'at least', limit: 1.8 },
    command,
  }),
);
