/**
 * Benchmark: whole-API generate for the real 0.734 dump — parse, Node declarations and every
 * reference page (908 classes, 618 enums), excluding type-checking. Goal: ≤ 1.5 s wall for the
 * command as a user runs it.
 *
 * Figures:
 * - cold: the package's bin in a fresh process each time, `node codegen/dist/rbx-webstream.cjs
 *   generate --all` (start-up, module loading, JIT warm-up and writing the 1,528 files included;
 *   its code cache is the user's, so only a first run compiles the CLI), median of 5
 *   runs, each into an empty temp folder; `npm run build` runs first when dist/ is stale. This is
 *   the figure the goal is judged on. Bare `node -e 0` is timed alongside: the part of the run
 *   that is the machine's process start-up, not ours;
 * - warm: median of several in-process runs of each stage (parse, the Node declarations as
 *   `generate` makes them, pages), taking turns so a slow patch of the shared machine hits all
 *   stages alike;
 * - the declarations' reference path, which the tests hold the printed text to: building them as
 *   structures, then printing those three ways: `printStructures` (ours), ts-morph's
 *   `printStructure` (no Project, no parse) and `Project.createSourceFile` on an in-memory file
 *   system (the usual ts-morph route).
 * CPU time is printed next to warm wall time: on a busy 2-core machine the gap is other
 * processes. The load average is printed too; the goal is for an idle machine. Last line: the
 * figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IndentationText, Project } from 'ts-morph';
import { readDumpFile } from '../codegen/dump/readDumpFile.js';
import { buildNodeDeclarationStructures, emitNodeDeclarations } from '../codegen/emit/declarations/emitNodeDeclarations.js';
import { printWithTsMorph } from '../test/codegen/emit/typescript/printWithTsMorph.js';
import { printStructures } from '../codegen/emit/typescript/printStructures.js';
import { emitReferencePages } from '../codegen/emit/reference/emitReferencePages.js';
import type { EmitSource } from '../codegen/emit/shared/emitSource.js';
import { freshCli } from './_freshDist.js';
import { realDumpFile, repoRoot, summarize } from './_measure.js';

const GOAL_MS = 1500;
const COLD_RUNS = 5;
const WARMUP = 2;
const RUNS = 7;
const VERSION = '0.734.0.7340915';

const dumpPath = realDumpFile(VERSION, 'generateAll');

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// Cold: the built CLI, a fresh process per run.
const { cli, rebuilt } = freshCli(repoRoot);
const loadBefore = loadavg()[0]!;
interface ColdRun {
  readonly wall: number;
  readonly stages: string;
}
// Each run writes into a folder of its own, and the folders are deleted only after the last run:
// deleting 1,500 files keeps the file system busy for a while, and a run started right after a
// deletion measured 0.5–0.9 s more in its write stage than one that was not.
const outRoot = mkdtempSync(join(tmpdir(), 'rbx-webstream-bench-'));
function coldRun(i: number): ColdRun {
  const out = join(outRoot, `run-${i}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'generate', '--all', '--dump', dumpPath, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (run.status !== 0) {
    console.error(`bench/generateAll: the CLI failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
    process.exit(1);
  }
  return { wall, stages: /\((load .*)\)/.exec(run.stderr)?.[1] ?? '' };
}
function nodeStartup(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}
const coldRuns: ColdRun[] = [];
const startups: number[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  coldRuns.push(coldRun(i));
  startups.push(nodeStartup());
}
rmSync(outRoot, { recursive: true, force: true });
const cold = summarize(coldRuns.map((run) => run.wall));
const coldWall = cold.median;
const coldMedianRun = coldRuns.find((run) => run.wall === coldWall)!;
const coldMet = coldWall <= GOAL_MS;

// Warm: each stage in turn, RUNS times after WARMUP rounds.
const { dump } = readDumpFile(dumpPath);
const source: EmitSource = { dump, dumpFile: dumpPath, regenerateCommand: 'bench' };
const { statements } = buildNodeDeclarationStructures(source, { overrideMode: 'lenient' });
const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });

type Stage = () => unknown;
const stages: Record<string, Stage> = {
  parse: () => readDumpFile(dumpPath),
  declarations: () => emitNodeDeclarations(source, { overrideMode: 'lenient' }),
  structures: () => buildNodeDeclarationStructures(source, { overrideMode: 'lenient' }),
  print: () => printStructures(statements),
  pages: () => emitReferencePages(source),
  tsMorphPrintStructure: () => printWithTsMorph(statements),
  projectCreateSourceFile: () => project.createSourceFile('index.d.ts', { statements }, { overwrite: true }).getFullText(),
};
const wall = new Map<string, number[]>(Object.keys(stages).map((name) => [name, []]));
const cpu = new Map<string, number[]>(Object.keys(stages).map((name) => [name, []]));
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const [name, run] of Object.entries(stages)) {
    const w = performance.now();
    const c = cpuMs();
    run();
    if (round >= WARMUP) {
      wall.get(name)!.push(performance.now() - w);
      cpu.get(name)!.push(cpuMs() - c);
    }
  }
}
const warm = Object.fromEntries(Object.keys(stages).map((name) => [name, { wall: summarize(wall.get(name)!).median, cpu: summarize(cpu.get(name)!).median }]));
const GENERATE_STAGES = ['parse', 'declarations', 'pages'];
const warmTotal = GENERATE_STAGES.reduce((sum, name) => sum + warm[name]!.wall, 0);
const warmTotalCpu = GENERATE_STAGES.reduce((sum, name) => sum + warm[name]!.cpu, 0);

const f = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
console.log(
  `whole-API generate of ${VERSION}: node/index.d.ts + one page per class and enum; load average ${loadBefore.toFixed(1)} before the cold runs, ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} now`,
);
console.log(`  cold, built CLI in a fresh process (median of ${COLD_RUNS}${rebuilt ? ', after npm run build' : ''}):`);
console.log(`    ${'wall'.padEnd(24)} ${f(coldWall)}   (${cold.min.toFixed(0)}–${cold.max.toFixed(0)} ms; median run: ${coldMedianRun.stages})`);
console.log(`    ${'of which node -e 0'.padEnd(24)} ${f(summarize(startups).median)}   (process start-up of this machine)`);
console.log(
  `    goal ≤ ${GOAL_MS} ms wall: ${coldMet ? 'met' : 'NOT met'}${coldMet || loadBefore < 1 ? '' : ` (load average ${loadBefore.toFixed(1)}: the goal is for an idle machine; rerun when it is quiet)`}`,
);
console.log(`  warm, in process (median of ${RUNS}):`);
for (const name of GENERATE_STAGES) console.log(`    ${name.padEnd(24)} ${f(warm[name]!.wall)} wall, ${f(warm[name]!.cpu)} CPU`);
console.log(`    ${'total (no write)'.padEnd(24)} ${f(warmTotal)} wall, ${f(warmTotalCpu)} CPU`);
const same = printStructures(statements) === printWithTsMorph(statements);
console.log(`  the declarations' reference path: structures, printed three ways (ts-morph's output identical to printStructures: ${same ? 'yes' : 'NO'}):`);
for (const name of ['structures', 'print']) console.log(`    ${name.padEnd(24)} ${f(warm[name]!.wall)} wall, ${f(warm[name]!.cpu)} CPU`);
for (const name of ['tsMorphPrintStructure', 'projectCreateSourceFile']) {
  console.log(
    `    ${name.padEnd(24)} ${f(warm[name]!.wall)} wall, ${f(warm[name]!.cpu)} CPU  = ${(warm[name]!.cpu / warm.print!.cpu).toFixed(1)}× printStructures (CPU)`,
  );
}
console.log(
  JSON.stringify({
    bench: 'generateAll',
    version: VERSION,
    goalMs: GOAL_MS,
    coldWallMs: Math.round(coldWall),
    coldRunsMs: coldRuns.map((run) => Math.round(run.wall)),
    coldGoalMet: coldMet,
    nodeStartupMs: Math.round(summarize(startups).median),
    rebuilt,
    warmWallMs: Math.round(warmTotal),
    warmCpuMs: Math.round(warmTotalCpu),
    stages: Object.fromEntries(Object.entries(warm).map(([name, v]) => [name, { wallMs: Math.round(v.wall), cpuMs: Math.round(v.cpu) }])),
    printersAgree: same,
    loadAverage: loadBefore,
  }),
);
