/**
 * Benchmark: read the real 0.734 `Full-API-Dump.json` into the model — JSON.parse, schema
 * validation (ajv), normalisation, cross-entity checks and buildModel — warm, as the median of
 * many runs after a warm-up. Goal: parse + validate + model ≤ 150 ms. The JSON.parse-only time
 * is measured in the same run, so the ratio says what our layers cost on top of plain parsing.
 * Prints a readable table and, last, one line of JSON with the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseDump, parseDumpValue } from '../codegen/dump/parseDump.js';
import { buildModel } from '../codegen/model/buildModel.js';

const GOAL_MS = 150;
const WARMUP = 5;
const RUNS = 25;
const VERSION = '0.734.0.7340915';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dumpsDir = process.env.RBX_API_DUMPS ?? resolve(repoRoot, '..', 'shared', 'api-dumps');
const file = join(dumpsDir, VERSION, 'Full-API-Dump.json');
if (!existsSync(file)) {
  console.error(`bench/parse: ${file} not found; set RBX_API_DUMPS to the folder of the real dumps`);
  process.exit(1);
}
const text = readFileSync(file, 'utf8');

type Figures = { median: number; min: number; max: number };

/**
 * Times each stage RUNS times after WARMUP unmeasured rounds. The stages take turns within a
 * round, so a slow patch of the (shared) machine hits all of them alike and the ratios hold.
 */
function measure(stageRuns: Record<string, () => unknown>): Record<string, Figures> {
  const names = Object.keys(stageRuns);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const name of names) {
      const start = performance.now();
      stageRuns[name]!();
      const elapsed = performance.now() - start;
      if (round >= WARMUP) times.get(name)!.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(times.get(name)!)]));
}

function summarize(times: number[]): Figures {
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, min: times[0]!, max: times[times.length - 1]! };
}

const json = JSON.parse(text) as unknown;
const { dump, warnings } = parseDump(text, file);

const stages = measure({
  jsonParse: () => JSON.parse(text),
  validateAndNormalize: () => parseDumpValue(json, file),
  buildModel: () => buildModel(dump),
  total: () => buildModel(parseDump(text, file).dump),
}) as Record<'jsonParse' | 'validateAndNormalize' | 'buildModel' | 'total', Figures>;

const round = (ms: number): number => Math.round(ms * 10) / 10;
const pad = (label: string): string => label.padEnd(44);
console.log(`dump ${VERSION}: ${text.length.toLocaleString('en')} bytes, ${dump.classes.length} classes, ${warnings.length} warnings`);
console.log(`median of ${RUNS} warm runs (after ${WARMUP} warm-up runs), node ${process.version}`);
console.log(`${pad('JSON.parse only (baseline)')}${round(stages.jsonParse.median)} ms`);
console.log(`${pad('schema check + normalise + checks')}${round(stages.validateAndNormalize.median)} ms`);
console.log(`${pad('buildModel')}${round(stages.buildModel.median)} ms`);
console.log(`${pad('total: parseDump + buildModel')}${round(stages.total.median)} ms (min ${round(stages.total.min)}, max ${round(stages.total.max)})`);
const ratio = stages.total.median / stages.jsonParse.median;
console.log(`${pad('total / JSON.parse')}${ratio.toFixed(2)}x`);
const withinGoal = stages.total.median <= GOAL_MS;
console.log(`${pad(`goal ≤ ${GOAL_MS} ms`)}${withinGoal ? 'met' : 'NOT MET'}`);
console.log(
  JSON.stringify({
    bench: 'parse',
    dump: VERSION,
    bytes: text.length,
    runs: RUNS,
    medianMs: Object.fromEntries(Object.entries(stages).map(([name, figures]) => [name, round(figures.median)])),
    ratioToJsonParse: Math.round(ratio * 100) / 100,
    goalMs: GOAL_MS,
    withinGoal,
  }),
);
