/**
 * Benchmark: diff of two full real dumps (0.733 → 0.734, already parsed), warm, as the median of
 * many runs after a warm-up. Goal: ≤ 150 ms. JSON.parse of the newer dump's text is measured in
 * the same rounds as a baseline, so the ratio says what a diff costs next to reading one dump.
 * For comparison it also times the naive route diff avoids (serialise both whole dumps to raw
 * shape, then compare them all), and patch, for information. Prints a table and, last, one line
 * of JSON with the figures.
 */
import { readFileSync } from 'node:fs';
import { measure, realDumpFile, type Figures } from './_measure.js';
import { parseDump } from '../codegen/dump/parseDump.js';
import { serializeDump } from '../codegen/dump/serializeDump.js';
import { diff, diffRaw } from '../codegen/diff/diff.js';
import type { RawDump } from '../codegen/diff/rawDump.js';
import { patch } from '../codegen/diff/patch.js';

const GOAL_MS = 150;
const WARMUP = 5;
const RUNS = 25;
const OLD = '0.733.0.7330989';
const NEW = '0.734.0.7340915';

const files = [OLD, NEW].map((version) => realDumpFile(version, 'diff'));
const [oldText, newText] = files.map((file) => readFileSync(file, 'utf8')) as [string, string];
const oldDump = parseDump(oldText, files[0]!).dump;
const newDump = parseDump(newText, files[1]!).dump;
const oldRaw = serializeDump(oldDump) as RawDump;
const newRaw = serializeDump(newDump) as RawDump;
const changes = diff(oldDump, newDump);

const stages = measure(
  {
    jsonParse: () => JSON.parse(newText),
    diff: () => diff(oldDump, newDump),
    naive: () => diffRaw(serializeDump(oldDump) as RawDump, serializeDump(newDump) as RawDump),
    compareRaw: () => diffRaw(oldRaw, newRaw),
  },
  RUNS,
  WARMUP,
) as Record<'jsonParse' | 'diff' | 'naive' | 'compareRaw', Figures>;
const patchFigures = measure({ patch: () => patch(oldDump, changes) }, 5, 1).patch!;

const round = (ms: number): number => Math.round(ms * 10) / 10;
const pad = (label: string): string => label.padEnd(44);
console.log(`diff ${OLD} → ${NEW}: ${changes.length} changes (${changes.filter((c) => c.impact === 'breaking').length} breaking)`);
console.log(`median of ${RUNS} warm runs (after ${WARMUP} warm-up runs), node ${process.version}`);
console.log(`${pad('JSON.parse of one dump (baseline)')}${round(stages.jsonParse.median)} ms`);
console.log(`${pad('diff of the two parsed dumps')}${round(stages.diff.median)} ms (min ${round(stages.diff.min)}, max ${round(stages.diff.max)})`);
console.log(`${pad('  naive: serialise both whole, diffRaw')}${round(stages.naive.median)} ms`);
console.log(`${pad('  diffRaw of two whole raw dumps alone')}${round(stages.compareRaw.median)} ms`);
const ratio = stages.diff.median / stages.jsonParse.median;
console.log(`${pad('diff / JSON.parse')}${ratio.toFixed(2)}x`);
console.log(`${pad(`goal ≤ ${GOAL_MS} ms`)}${stages.diff.median <= GOAL_MS ? 'met' : 'NOT MET'}`);
console.log(`${pad('patch (for information, median of 5)')}${round(patchFigures.median)} ms`);
console.log(
  JSON.stringify({
    bench: 'diff',
    changes: changes.length,
    jsonParseMs: round(stages.jsonParse.median),
    diffMs: round(stages.diff.median),
    naiveMs: round(stages.naive.median),
    compareRawMs: round(stages.compareRaw.median),
    ratioToJsonParse: Math.round(ratio * 100) / 100,
    goalMs: GOAL_MS,
    goalMet: stages.diff.median <= GOAL_MS,
    patchMs: round(patchFigures.median),
  }),
);
