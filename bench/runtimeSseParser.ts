/**
 * Benchmark: the runtime's SSE parser (runtime/sse/createEventStreamParser.ts) against
 * eventsource-parser 3.1.1 on the same 8 MiB event stream, fed in 16 KiB chunks (the engine's
 * read size, R2). Ours is timed three ways: raw blocks only (what an SSE client in "block" mode
 * asks for), parsed fields only, and both. eventsource-parser gets UTF-8-decoded text, as it
 * needs. Goals: the client path (raw blocks) at least as fast as eventsource-parser (ratio ≥ 1);
 * parsed fields at least a quarter of its throughput (ratio ≥ 0.25).
 * Prints a table and, last, one line of JSON with the figures.
 */
import { performance } from 'node:perf_hooks';
import { createParser } from 'eventsource-parser';
import { createEventStreamParser } from '../runtime/sse/createEventStreamParser.js';

const TARGET_BYTES = 8 * 1024 * 1024;
const CHUNK = 16 * 1024;
const WARMUP = 3;
const RUNS = 15;
const GOAL_CLIENT_RATIO = 1;
const GOAL_FIELDS_RATIO = 0.25;

function buildStream(): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < TARGET_BYTES; index++) {
    const event =
      index % 10 === 0 ? ': keep-alive\n\n' : `event: update\nid: ${index}\ndata: {"index":${index},"text":"héllo wörld ✓","values":[1,2,3,4,5,6,7,8]}\r\n\r\n`;
    parts.push(event);
    size += Buffer.byteLength(event);
  }
  return new Uint8Array(Buffer.from(parts.join('')));
}

const stream = buildStream();
const chunks: Uint8Array[] = [];
for (let start = 0; start < stream.length; start += CHUNK) chunks.push(stream.subarray(start, start + CHUNK));

const stages: Record<string, () => number> = {
  'ours: raw blocks': () => {
    let blocks = 0;
    const parser = createEventStreamParser({ onBlock: () => blocks++ });
    for (const chunk of chunks) parser.feed(chunk);
    parser.end();
    return blocks;
  },
  'ours: fields': () => {
    let events = 0;
    const parser = createEventStreamParser({ onEvent: () => events++ });
    for (const chunk of chunks) parser.feed(chunk);
    parser.end();
    return events;
  },
  'ours: raw blocks + fields': () => {
    let events = 0;
    const parser = createEventStreamParser({ onEvent: () => events++, onBlock: () => undefined });
    for (const chunk of chunks) parser.feed(chunk);
    parser.end();
    return events;
  },
  'eventsource-parser 3.1.1': () => {
    let events = 0;
    const parser = createParser({ onEvent: () => events++ });
    const decoder = new TextDecoder();
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    return events;
  },
};

const times = new Map<string, number[]>(Object.keys(stages).map((name) => [name, []]));
const counts = new Map<string, number>();
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const [name, run] of Object.entries(stages)) {
    const start = performance.now();
    counts.set(name, run());
    const elapsed = performance.now() - start;
    if (round >= WARMUP) times.get(name)?.push(elapsed);
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const megabytes = stream.length / (1024 * 1024);
const figures: Record<string, { medianMs: number; mibPerSecond: number; callbacks: number }> = {};
for (const [name, values] of times) {
  const ms = median(values);
  figures[name] = { medianMs: Number(ms.toFixed(1)), mibPerSecond: Number((megabytes / (ms / 1000)).toFixed(1)), callbacks: counts.get(name) ?? 0 };
}
const referenceMs = figures['eventsource-parser 3.1.1']?.medianMs ?? Number.NaN;
const clientRatio = referenceMs / (figures['ours: raw blocks']?.medianMs ?? Number.NaN);
const fieldsRatio = referenceMs / (figures['ours: fields']?.medianMs ?? Number.NaN);
const verdict = (ratio: number, goal: number): string => `${ratio.toFixed(2)} (goal ≥ ${goal}) ${ratio >= goal ? 'met' : 'NOT met'}`;

console.log(`SSE parser throughput, ${megabytes.toFixed(1)} MiB in ${chunks.length} chunks of ${CHUNK} bytes (median of ${RUNS})`);
for (const [name, figure] of Object.entries(figures)) {
  console.log(
    `  ${name.padEnd(28)} ${String(figure.medianMs).padStart(7)} ms  ${String(figure.mibPerSecond).padStart(7)} MiB/s  ${figure.callbacks} callbacks`,
  );
}
console.log(`  speed vs eventsource-parser, raw blocks (client path): ${verdict(clientRatio, GOAL_CLIENT_RATIO)}`);
console.log(`  speed vs eventsource-parser, parsed fields:            ${verdict(fieldsRatio, GOAL_FIELDS_RATIO)}`);
console.log(
  JSON.stringify({
    bench: 'runtimeSseParser',
    bytes: stream.length,
    figures,
    clientRatio: Number(clientRatio.toFixed(2)),
    fieldsRatio: Number(fieldsRatio.toFixed(2)),
    goals: { clientRatio: GOAL_CLIENT_RATIO, fieldsRatio: GOAL_FIELDS_RATIO },
  }),
);
