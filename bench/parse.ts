/**
 * Benchmark: read the real 0.734 `Full-API-Dump.json` into the model — JSON.parse, schema
 * validation (ajv), normalisation, cross-entity checks and buildModel — warm, as the median of
 * many runs after a warm-up. Goal: parse + validate + model ≤ 150 ms. The JSON.parse-only time
 * is measured in the same run, so the ratio says what our layers cost on top of plain parsing.
 * Prints a readable table and, last, one line of JSON with the figures.
 */
import { readFileSync } from 'node:fs';
import { measure, realDumpFile, type Figures } from './_measure.js';
import { parseDump, parseDumpValue } from '../codegen/dump/parseDump.js';
import { buildModel } from '../codegen/model/buildModel.js';

const GOAL_MS = 150;
const WARMUP = 5;
const RUNS = 25;
const VERSION = '0.734.0.7340915';

const file = realDumpFile(VERSION, 'parse');
const text = readFileSync(file, 'utf8');

const json = JSON.parse(text) as unknown;
const { dump, warnings } = parseDump(text, file);

const stages = measure(
  {
    jsonParse: () => JSON.parse(text),
    validateAndNormalize: () => parseDumpValue(json, file),
    buildModel: () => buildModel(dump),
    total: () => buildModel(parseDump(text, file).dump),
  },
  RUNS,
  WARMUP,
) as Record<'jsonParse' | 'validateAndNormalize' | 'buildModel' | 'total', Figures>;

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
