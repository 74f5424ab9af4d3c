/**
 * Benchmark: whole-API generate for the real 0.734 dump — parse, Node declarations and every
 * reference page (908 classes, 618 enums), excluding type-checking. Goal: ≤ 1.5 s wall.
 *
 * Figures:
 * - cold: the first run in this process, as `rbx-webstream generate --all` does it once (JIT
 *   not warmed up; writing to a temp dir included);
 * - warm: median of several runs of each stage (parse, declaration structures, printing,
 *   pages), taking turns so a slow patch of the shared machine hits all stages alike;
 * - printing the same declaration structures three ways: `printDeclarations` (what we use),
 *   ts-morph's `printStructure` (no Project, no parse; the reference the tests compare with) and
 *   `Project.createSourceFile` on an in-memory file system (the usual ts-morph route).
 * CPU time is printed next to wall time: on a busy 2-core machine the gap is other processes.
 * Last line: the figures as JSON.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { IndentationText, Project } from 'ts-morph';
import { readDumpFile } from '../codegen/dump/readDumpFile.js';
import { buildNodeDeclarationStructures, printWithTsMorph } from '../codegen/emit/declarations/emitNodeDeclarations.js';
import { printDeclarations } from '../codegen/emit/declarations/printDeclarations.js';
import { emitReferencePages } from '../codegen/emit/reference/emitReferencePages.js';
import type { EmitSource } from '../codegen/emit/shared/emitSource.js';
import { generateAll } from '../codegen/generate/all.js';

const GOAL_MS = 1500;
const WARMUP = 2;
const RUNS = 7;
const VERSION = '0.734.0.7340915';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dumpsDir = process.env.RBX_API_DUMPS ?? resolve(repoRoot, '..', 'shared', 'api-dumps');
const dumpPath = join(dumpsDir, VERSION);
if (!existsSync(join(dumpPath, 'Full-API-Dump.json'))) {
  console.error(`bench/generateAll: ${dumpPath}/Full-API-Dump.json not found; set RBX_API_DUMPS to the folder of the real dumps`);
  process.exit(1);
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// Cold: one full run, as the CLI does it.
const out = mkdtempSync(join(tmpdir(), 'rbx-webstream-bench-'));
const coldWall = performance.now();
const coldCpu = cpuMs();
const cold = generateAll({ dump: dumpPath, out });
const cold_ = { wall: performance.now() - coldWall, cpu: cpuMs() - coldCpu, ...cold.timings };
rmSync(out, { recursive: true, force: true });

// Warm: each stage in turn, RUNS times after WARMUP rounds.
const { dump } = readDumpFile(dumpPath);
const source: EmitSource = { dump, dumpFile: dumpPath, regenerateCommand: 'bench' };
const { statements } = buildNodeDeclarationStructures(source, { overrideMode: 'lenient' });
const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });

type Stage = () => unknown;
const stages: Record<string, Stage> = {
  parse: () => readDumpFile(dumpPath),
  structures: () => buildNodeDeclarationStructures(source, { overrideMode: 'lenient' }),
  print: () => printDeclarations(statements),
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
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const warm = Object.fromEntries(Object.keys(stages).map((name) => [name, { wall: median(wall.get(name)!), cpu: median(cpu.get(name)!) }]));
const warmTotal = ['parse', 'structures', 'print', 'pages'].reduce((sum, name) => sum + warm[name]!.wall, 0);
const warmTotalCpu = ['parse', 'structures', 'print', 'pages'].reduce((sum, name) => sum + warm[name]!.cpu, 0);

const f = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
console.log(`whole-API generate of ${VERSION}: ${cold.files.length} files (node/index.d.ts + ${cold.files.length - 1} pages); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`  cold run (CLI path, with write) ${f(cold_.wall)} wall, ${f(cold_.cpu)} CPU  [load ${cold_.load.toFixed(0)}, emit ${cold_.emit.toFixed(0)}, write ${cold_.write.toFixed(0)} ms]`);
console.log(`  warm (median of ${RUNS}):`);
for (const name of ['parse', 'structures', 'print', 'pages']) console.log(`    ${name.padEnd(24)} ${f(warm[name]!.wall)} wall, ${f(warm[name]!.cpu)} CPU`);
console.log(`    ${'total'.padEnd(24)} ${f(warmTotal)} wall, ${f(warmTotalCpu)} CPU   goal ≤ ${GOAL_MS} ms: ${warmTotal <= GOAL_MS ? 'met' : 'NOT met'} (warm), ${cold_.wall <= GOAL_MS ? 'met' : 'NOT met'} (cold)`);
const same = printDeclarations(statements) === printWithTsMorph(statements);
console.log(`  printing the same structures with ts-morph (output identical to printDeclarations: ${same ? 'yes' : 'NO'}):`);
for (const name of ['tsMorphPrintStructure', 'projectCreateSourceFile']) {
  console.log(`    ${name.padEnd(24)} ${f(warm[name]!.wall)} wall, ${f(warm[name]!.cpu)} CPU  = ${(warm[name]!.cpu / warm.print!.cpu).toFixed(1)}× printDeclarations (CPU)`);
}
console.log(
  JSON.stringify({
    bench: 'generateAll',
    version: VERSION,
    goalMs: GOAL_MS,
    coldWallMs: Math.round(cold_.wall),
    coldCpuMs: Math.round(cold_.cpu),
    warmWallMs: Math.round(warmTotal),
    warmCpuMs: Math.round(warmTotalCpu),
    stages: Object.fromEntries(Object.entries(warm).map(([name, v]) => [name, { wallMs: Math.round(v.wall), cpuMs: Math.round(v.cpu) }])),
    printersAgree: same,
    loadAverage: loadavg()[0],
  }),
);
