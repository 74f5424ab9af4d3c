/**
 * Benchmark: `history add` of a full real dump — read the 0.734 `Full-API-Dump.json`, parse it,
 * slice it to the log's scope, diff the slice against the stored snapshot, write history.json —
 * on a copy of the log as it stood before 0.734 was added. Goal: ≤ 1 s. Reports the median of the
 * warm runs and, separately, the first run of the process (cold: it also pays for compiling the
 * JSON Schemas and warming up the parser, as a one-shot CLI call does), with the plain read +
 * JSON.parse of the same file as a baseline from the same run. On a busy machine every figure
 * grows; compare them with the baseline. Prints a table and, last, one line of JSON.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { realDumpFile, repoRoot, summarize } from './_measure.js';
import { runHistoryAdd } from '../codegen/history/historyCommands.js';
import { formatHistoryFile } from '../codegen/history/historyFileIO.js';
import { parseHistoryFile } from '../codegen/history/loadHistory.js';

const GOAL_MS = 1000;
const RUNS = 9;
const VERSION = '0.734.0.7340915';

const dumpFile = realDumpFile(VERSION, 'history');

// The committed log minus its 0.734 build, with the 0.733 snapshot put back: the state before `add`.
const committed = parseHistoryFile(JSON.parse(readFileSync(join(repoRoot, 'api-dump', 'history.json'), 'utf8')), 'api-dump/history.json');
const before = { ...committed, builds: committed.builds.filter((build) => build.version !== VERSION) };
const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
const prepared = join(dir, 'before.json');
const history = join(dir, 'history.json');
writeFileSync(prepared, formatHistoryFile({ ...before, snapshot: { ...committed.snapshot!, version: before.builds.at(-1)!.version } }));

const addOnce = (): number => {
  copyFileSync(prepared, history);
  const start = performance.now();
  runHistoryAdd(dumpFile, {
    history,
    version: VERSION,
    guid: 'version-d679641ad17741aa',
    date: '2026-08-11',
    builds: join(dirname(dirname(dumpFile)), 'builds.json'),
    buildsGiven: false,
  });
  return performance.now() - start;
};
const readAndParse = (): number => {
  const start = performance.now();
  JSON.parse(readFileSync(dumpFile, 'utf8'));
  return performance.now() - start;
};

const cold = addOnce();
const warm: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(readAndParse());
  warm.push(addOnce());
}
rmSync(dir, { recursive: true, force: true });

const median = (times: readonly number[]): number => summarize(times).median;
const round = (ms: number): number => Math.round(ms * 10) / 10;
const pad = (label: string): string => label.padEnd(44);
console.log(`history add ${VERSION} (full dump, scope ${committed.scope.join(', ')}), node ${process.version}`);
console.log(`${pad('read + JSON.parse of the dump (baseline)')}${round(median(baseline))} ms`);
console.log(`${pad('history add, first run (cold)')}${round(cold)} ms`);
console.log(`${pad(`history add, median of ${RUNS} warm runs`)}${round(median(warm))} ms`);
console.log(`${pad('history add (warm) / baseline')}${(median(warm) / median(baseline)).toFixed(2)}x`);
console.log(`${pad(`goal ≤ ${GOAL_MS} ms, warm median`)}${median(warm) <= GOAL_MS ? 'met' : 'NOT MET'}`);
console.log(`${pad(`goal ≤ ${GOAL_MS} ms, first run`)}${cold <= GOAL_MS ? 'met' : 'NOT MET'}`);
console.log(
  JSON.stringify({
    bench: 'history',
    baselineMs: round(median(baseline)),
    coldMs: round(cold),
    warmMs: round(median(warm)),
    goalMs: GOAL_MS,
    goalMetWarm: median(warm) <= GOAL_MS,
    goalMetCold: cold <= GOAL_MS,
  }),
);
