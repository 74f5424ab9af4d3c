/**
 * Benchmark rows for the command line, each a whole process as a user runs it (the package's
 * bin, `node codegen/dist/rbx-webstream.cjs`, rebuilt first when it is stale, with its code cache
 * in a folder of this run that the warm-up round fills), against a baseline process run in the
 * same rounds:
 * - `generate --all` (declarations + every reference page) of the real 0.734 dump into an empty
 *   folder, `--declarations-only`, and `inspect`, each against a bare process that reads and
 *   `JSON.parse`s the same dump (the floor for anything that reads it);
 * - `diff` 0.733 → 0.734 against a process that parses both dumps and diffs them with
 *   jsondiffpatch (bench/_jsondiffpatchDiff.mjs);
 * - `generate --all` onto the output of the previous run (nothing changes) against the first run;
 * - `npm run generate` on an unchanged tree (the README's main command, run in this checkout),
 *   against its goal of 0.6 s wall, with the built CLI doing the same shown beside it;
 * - peak resident memory of `generate --all`, against its goal of 150 MiB.
 * Beside `generate --all` it times the filesystem's floor for that output: a process creating the
 * same files, empty (bench/_createFiles.mjs), and it splits every CPU figure into user and system
 * time, because creating files can cost far more system time on one machine than on another.
 * The notes also time `generate --all`, `--declarations-only` and `inspect` without the code cache
 * (`NODE_DISABLE_COMPILE_CACHE=1`): what the first run after an install or upgrade costs.
 * @rbxts/types' generator (the issue's first baseline) is left out: it is not published on npm,
 * so there is nothing to install and run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freshCli } from './_freshDist.js';
import { median, quick, realDumpFile, repoRoot } from './_measure.js';
import { loadLine, makeRow, reportRow } from './_report.js';

const ROUNDS = quick ? 3 : 5;
const WARMUP = 1;
const NEW = realDumpFile('0.734.0.7340915', 'cli');
const OLD = realDumpFile('0.733.0.7330989', 'cli');
const GENERATE_GOAL_S = 0.6;
const PEAK_GOAL_MIB = 150;

const { cli, rebuilt } = freshCli(repoRoot);
const outRoot = mkdtempSync(join(tmpdir(), 'rbx-webstream-bench-cli-'));
const node = process.execPath;
/** The CLI's code cache (codegen/cli/compileCache.ts) lives in this run's folder, not the user's. */
const warm = { ...process.env, RBX_WEBSTREAM_COMPILE_CACHE: join(outRoot, 'code-cache') };
const cold = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };

/**
 * User and system CPU seconds used by this process's finished children (Linux: cutime and cstime
 * of /proc/self/stat, which include a spawnSync child once it is reaped); NaN elsewhere. Unlike
 * wall time, they do not grow while other processes hold the CPUs, so they are printed beside
 * the ratios.
 */
function childCpuSeconds(): { user: number; system: number } {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}
const cpu = new Map<string, number[]>();
const systemCpu = new Map<string, number[]>();
const record = (into: Map<string, number[]>, name: string, value: number) => into.set(name, [...(into.get(name) ?? []), value]);

function run(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const before = childCpuSeconds();
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - started;
  const after = childCpuSeconds();
  record(cpu, name, after.user - before.user + (after.system - before.system));
  record(systemCpu, name, after.system - before.system);
  if (result.status !== 0) {
    console.error(`bench/cli: ${name} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
    process.exit(1);
  }
  return wall;
}

const jsonParseScript = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(NEW)}, 'utf8'))`;
let outIndex = 0;
const freshOut = (): string => join(outRoot, `out-${outIndex++}`);
let previousAll = '';

/** The relative path of every file under `folder`, one per line, in a file; written once. */
let fileListOfAll = '';
let filesOfAll = 0;
function listFilesOf(folder: string): string {
  if (fileListOfAll !== '') return fileListOfAll;
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  fileListOfAll = join(outRoot, 'files-of-generate-all.txt');
  filesOfAll = paths.length;
  writeFileSync(fileListOfAll, `${paths.join('\n')}\n`);
  return fileListOfAll;
}

const stages: Record<string, () => number> = {
  jsonParse: () => run('JSON.parse', node, ['-e', jsonParseScript]),
  all: () => {
    previousAll = freshOut();
    return run('generate --all', node, [cli, 'generate', '--all', '--dump', NEW, '--out', previousAll], warm);
  },
  allCold: () => run('generate --all, no code cache', node, [cli, 'generate', '--all', '--dump', NEW, '--out', freshOut()], cold),
  createFiles: () => run('create the same files', node, [join(repoRoot, 'bench', '_createFiles.mjs'), listFilesOf(previousAll), freshOut()]),
  rerun: () => run('generate --all (again)', node, [cli, 'generate', '--all', '--dump', NEW, '--out', previousAll], warm),
  declarations: () =>
    run('generate --all --declarations-only', node, [cli, 'generate', '--all', '--declarations-only', '--dump', NEW, '--out', freshOut()], warm),
  declarationsCold: () =>
    run('generate --all --declarations-only, no code cache', node, [cli, 'generate', '--all', '--declarations-only', '--dump', NEW, '--out', freshOut()], cold),
  inspect: () => run('inspect', node, [cli, 'inspect', NEW], warm),
  inspectCold: () => run('inspect, no code cache', node, [cli, 'inspect', NEW], cold),
  diff: () => run('diff', node, [cli, 'diff', OLD, NEW], warm),
  jsondiffpatch: () => run('jsondiffpatch', node, [join(repoRoot, 'bench', '_jsondiffpatchDiff.mjs'), OLD, NEW]),
  npmGenerate: () => run('npm run generate', 'npm', ['run', '-s', 'generate']),
  builtGenerate: () => run('built generate', node, [cli, 'generate'], warm),
  nodeStartup: () => run('node -e 0', node, ['-e', '0']),
};
const times = new Map<string, number[]>(Object.keys(stages).map((name) => [name, []]));
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const [name, stage] of Object.entries(stages)) {
    const wall = stage();
    if (round >= WARMUP) times.get(name)!.push(wall);
  }
}

function peakRssMiB(args: readonly string[]): number {
  const file = join(outRoot, 'peak-rss');
  run(`peak memory of ${args.join(' ')}`, node, ['-r', join(repoRoot, 'bench', '_peakRss.cjs'), ...args], { ...warm, BENCH_PEAK_RSS_FILE: file });
  return Number(readFileSync(file, 'utf8')) / 1024;
}
const peaks = { all: [] as number[], jsonParse: [] as number[] };
for (let round = 0; round < (quick ? 1 : 3); round++) {
  peaks.all.push(peakRssMiB([cli, 'generate', '--all', '--dump', NEW, '--out', freshOut()]));
  peaks.jsonParse.push(peakRssMiB(['-e', jsonParseScript]));
}
rmSync(outRoot, { recursive: true, force: true });

const ms = (name: string) => median(times.get(name)!);
const cpuOf = (name: string) => median(cpu.get(name)!);
const systemOf = (name: string) => median(systemCpu.get(name)!);
const cpuNote = (ours: string, baseline: string) =>
  `CPU ${cpuOf(ours).toFixed(2)} s vs ${cpuOf(baseline).toFixed(2)} s = ${(cpuOf(ours) / cpuOf(baseline)).toFixed(2)}x, ` +
  `of which system ${systemOf(ours).toFixed(2)} s vs ${systemOf(baseline).toFixed(2)} s`;
const filesystemNote = () =>
  `this filesystem's floor, a process creating the same ${filesOfAll.toLocaleString('en-US')} files empty: ` +
  `${(ms('createFiles') / 1000).toFixed(2)} s wall, ${cpuOf('create the same files').toFixed(2)} s CPU, of which system ${systemOf('create the same files').toFixed(2)} s`;
const seconds = (name: string, label: string) => ({ label, value: ms(name) / 1000, unit: 's' });
const coldNote = (name: string) => `without the code cache (a first run after an install): ${(ms(name) / 1000).toFixed(3)} s`;
console.log(`command line, whole processes, median of ${ROUNDS} rounds${rebuilt ? ' (dist/ rebuilt first)' : ''}; ${loadLine()}`);
const command = `npm run bench -- cli${quick ? ' --quick' : ''}`;
const parseFloor = seconds('jsonParse', 'a bare JSON.parse process of the dump');
reportRow(
  makeRow({
    id: 'generate-all',
    path: '`generate --all` of 0.734 (declarations + pages), whole process',
    ours: seconds('all', 'generate --all'),
    baseline: parseFloor,
    goal: { bound: 'at most', limit: 4 },
    note: `${cpuNote('generate --all', 'JSON.parse')}; ${coldNote('allCold')}; ${filesystemNote()}`,
    command,
  }),
);
reportRow(
  makeRow({
    id: 'generate-declarations',
    path: '`generate --all --declarations-only` of 0.734, whole process',
    ours: seconds('declarations', 'generate --all --declarations-only'),
    baseline: parseFloor,
    goal: { bound: 'at most', limit: 2.5 },
    note: `${cpuNote('generate --all --declarations-only', 'JSON.parse')}; ${coldNote('declarationsCold')}`,
    command,
  }),
);
reportRow(
  makeRow({
    id: 'inspect',
    path: '`inspect` of 0.734, whole process',
    ours: seconds('inspect', 'inspect'),
    baseline: parseFloor,
    goal: { bound: 'at most', limit: 1.6 },
    note: `${cpuNote('inspect', 'JSON.parse')}; ${coldNote('inspectCold')}`,
    command,
  }),
);
reportRow(
  makeRow({
    id: 'diff',
    path: '`diff` 0.733 → 0.734, whole process',
    ours: seconds('diff', 'diff'),
    baseline: seconds('jsondiffpatch', 'JSON.parse + jsondiffpatch process'),
    goal: { bound: 'at most', limit: 1 },
    note: cpuNote('diff', 'jsondiffpatch'),
    command,
  }),
);
reportRow(
  makeRow({
    id: 'generate-all-rerun',
    path: '`generate --all` onto an unchanged output, whole process',
    ours: seconds('rerun', 'generate --all onto its own output'),
    baseline: seconds('all', 'generate --all into an empty folder'),
    goal: { bound: 'at most', limit: 1 },
    note: cpuNote('generate --all (again)', 'generate --all'),
    command,
  }),
);
reportRow(
  makeRow({
    id: 'npm-generate',
    path: '`npm run generate` on an unchanged tree, wall',
    ours: seconds('npmGenerate', 'npm run generate'),
    baseline: { label: 'the goal', value: GENERATE_GOAL_S, unit: 's' },
    goal: { bound: 'at most', limit: 1 },
    note: `CPU ${cpuOf('npm run generate').toFixed(2)} s; built CLI doing the same: ${(ms('builtGenerate') / 1000).toFixed(2)} s; \`node -e 0\` on this machine now: ${(ms('nodeStartup') / 1000).toFixed(2)} s wall, ${cpuOf('node -e 0').toFixed(2)} s CPU`,
    command,
  }),
);
reportRow(
  makeRow({
    id: 'generate-all-peak-memory',
    path: '`generate --all` of 0.734, peak resident memory',
    ours: { label: 'generate --all', value: median(peaks.all), unit: 'MiB' },
    baseline: { label: 'the goal', value: PEAK_GOAL_MIB, unit: 'MiB' },
    goal: { bound: 'at most', limit: 1 },
    note: `a bare JSON.parse process of the dump peaks at ${median(peaks.jsonParse).toFixed(0)} MiB`,
    command,
  }),
);
