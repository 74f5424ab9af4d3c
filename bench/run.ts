/**
 * `npm run bench`: measures every row of the performance table (issue 14) in one run and writes
 * docs/benchmarks.md. Each benchmark file runs in its own process, one after the other, so one's
 * heap and JIT state never colour another's figures; the servers they talk to run in processes
 * of their own (bench/_server.ts). Every row compares ours with a baseline measured in the same
 * run (interleaved rounds, medians), prints `met` or `NOT met`, and carries the command that
 * reproduces it.
 *
 *   npm run bench                  the table (bench/sse, websocket, rawStream, idleClients, cli)
 *   npm run bench -- --quick       the same rows with fewer rounds and smaller workloads
 *   npm run bench -- sse           only the files whose name contains "sse" (docs not rewritten)
 *   npm run bench -- --all         the table plus the older per-area benchmarks (parse, diff, …)
 *
 * Exits 1 if a benchmark fails to run (not when a goal is missed: that is a figure, not a crash).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formatFigure, type Row } from './_report.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const all = args.includes('--all');
const filters = args.filter((arg) => !arg.startsWith('--'));

/** The files that measure the issue's table, in the order they run. */
const TABLE = ['sse.ts', 'websocket.ts', 'rawStream.ts', 'idleClients.ts', 'cli.ts'];
const everything = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== basename(fileURLToPath(import.meta.url)) && !file.startsWith('_'))
  .sort();
const benches =
  filters.length > 0
    ? everything.filter((file) => filters.some((filter) => file.includes(filter)))
    : all
      ? [...TABLE, ...everything.filter((file) => !TABLE.includes(file))]
      : TABLE;
if (benches.length === 0) {
  console.error(`no benchmark in bench/ matches ${filters.join(', ')}`);
  process.exit(2);
}

const version = (name: string): string =>
  (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const ours = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const versions = `rbx-webstream ${ours}; node ${process.version}; ws ${version('ws')}, undici ${version('undici')}, eventsource ${version('eventsource')}, eventsource-parser ${version('eventsource-parser')}, jsondiffpatch ${version('jsondiffpatch')}`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
const loadText = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
const loadBefore = loadText();
const started = new Date();
console.log(`bench${quick ? ' --quick' : ''}: ${versions}`);
console.log(`machine: ${machine}; load average ${loadBefore}`);

function runBench(file: string): Promise<{ rows: Row[]; status: number | null }> {
  return new Promise((resolve) => {
    console.log(`\n=== ${file} ===`);
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, file), ...(quick ? ['--quick'] : [])], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const rows: Row[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('@@row ')) rows.push(JSON.parse(line.slice('@@row '.length)) as Row);
      else console.log(line);
    });
    child.on('close', (status) => resolve({ rows, status }));
  });
}

const rows: Row[] = [];
const failed: string[] = [];
for (const file of benches) {
  const result = await runBench(file);
  rows.push(...result.rows);
  if (result.status !== 0) failed.push(`${file} (exit ${result.status})`);
}
const loadAfter = loadText();

if (rows.length > 0) {
  console.log(`\nsummary (load average ${loadBefore} before, ${loadAfter} after):`);
  for (const row of rows)
    console.log(`  ${row.met ? 'met    ' : 'NOT met'}  ${row.ratio.toFixed(2)}x (goal ${row.goal.bound} ${row.goal.limit}x)  ${row.path}`);
  console.log(`  ${rows.filter((row) => row.met).length} of ${rows.length} goals met`);
}
const wholeTable = filters.length === 0 && TABLE.every((file) => !failed.some((entry) => entry.startsWith(file)));
if (wholeTable) {
  writeFileSync(join(repoRoot, 'docs', 'benchmarks.md'), renderMarkdown(rows));
  console.log('wrote docs/benchmarks.md');
}
console.log(`\n${benches.length - failed.length}/${benches.length} benchmarks ran${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length > 0 ? 1 : 0);

function renderMarkdown(table: readonly Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '<!-- Written by `npm run bench` (bench/run.ts); rerun it to refresh these figures. -->',
    '# Benchmarks',
    '',
    'Each row compares this package with the baseline a user would otherwise pick, both measured in',
    'the same run: the contenders take turns within every round and each figure is the median of the',
    'rounds, so a busy patch of a shared machine slows both alike and the **ratio** is what counts.',
    'Servers run in a process of their own (bench/_server.ts), on 127.0.0.1. Goals are bounds on the',
    'ratio (issue 14). `npm run bench` reproduces the whole table; each row names the command that',
    'reproduces it alone; `--quick` runs fewer rounds on smaller workloads.',
    '',
    `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (`--quick`)' : ''}: ${machine}; load average ${loadBefore} before, ${loadAfter} after.`,
    `Versions: ${versions}.`,
    '',
    '| path | ours | baseline | ratio | goal | verdict | reproduce |',
    '|---|---|---|---|---|---|---|',
    ...table.map(
      (row) =>
        `| ${cell(row.path)} | ${formatFigure(row.ours)} | ${cell(row.baseline.label)}: ${formatFigure(row.baseline)}${row.note === undefined ? '' : ` (${cell(row.note)})`} | ${row.ratio.toFixed(2)}× | ${row.goal.bound === 'at most' ? '≤' : '≥'} ${row.goal.limit}× | ${row.met ? 'met' : '**NOT met**'} | \`${row.command}\` |`,
    ),
    '',
    'Notes:',
    '',
    "- The issue's first baseline, @rbxts/types' own generator, is not in the table: it is not",
    '  published on npm, so there is no package to install and time.',
    '- SSE rows: "one message per event" is `sseMessageMode: \'block\'`, the per-event work an',
    "  EventSource does; the default settings deliver read-sized messages (`'read'`, as the engine",
    '  does) and count events by their blank lines. Messages are UTF-8 text (the default).',
    '- The runtime rows time the built runtime (`dist/`, rebuilt when stale), as users import it:',
    '  through tsx, every function carries an own `name` property that adds kilobytes per client.',
    '  Their server and client processes are pinned to two different CPUs (`taskset`, in',
    '  bench/_forkServer.ts): left to the scheduler they sometimes shared a core, and a client that',
    '  needs little CPU (the raw socket) then read at a third of its rate in some runs.',
    '- WebSocket rows: the server sends text frames back to back, about 1 MiB of them per write;',
    '  both clients hand each message to a handler as a string (ours: UTF-8 text, the default; ws:',
    "  `data.toString()`). CPU is the client process's user + system time divided by the messages",
    '  received. Which contender goes first rotates from round to round (the first of a pair pays a',
    '  few % more). Until 2026-12-07 the server sent one frame per `send`, was itself the slowest',
    '  party (about 130k messages/s at 64 B; bare ws now gets 1.4–1.8M), and the rows measured it.',
    "  Each flood row's note also times ours with Immediate delivery, which calls handlers as each",
    '  message is read, as ws does; the default, Deferred, holds all the messages of a read until',
    '  the read is processed, which costs most at 64 B.',
    '- RawStream: the raw `net` socket writes the request by hand and only counts bytes (no HTTP',
    '  parsing, no strings): it is the floor, not a usable client. Two clients on undici (the',
    '  transport the runtime is built on) are timed beside it, in the note: one counting bytes, one',
    '  also copying every 16 KiB into a string, the least any client must do to hand out strings',
    '  per read as `MessageReceived` does. The server writes 1 MiB at a time and warms up for three',
    '  rounds, so the clients set the pace. Until 2026-12-07 it wrote 64 KiB at a time after one',
    '  warm-up round, was itself the slowest party, and the row measured the server: ours then read',
    '  0.85–1.49x the raw socket at 1.3–2 GB/s; the raw socket now reads 1.7–3.4 GB/s (0.4–0.75x).',
    '- Idle heap: each contender opens its clients in a fresh process (`--expose-gc`, collections',
    '  forced before each reading), after two rounds of as many clients opened and closed, so the',
    '  code V8 compiles for those paths counts neither as the clients\' heap nor as left over; "heap',
    '  left" compares what stays after every client closed with what the open clients held.',
    "- The command-line rows run the package's bin (`codegen/dist/rbx-webstream.cjs`) as users do,",
    '  with its code cache warm (filled by the warm-up round, in a folder of the run); each note also',
    '  gives the time without the cache, which is what the first run after an install costs.',
    '- `npm run generate` is judged against its absolute goal (0.6 s wall), so its verdict depends on',
    "  the machine's load more than the others.",
    '- `generate --all` writes 1,528 files. Its row also times a process that only creates the same',
    "  files, empty (bench/_createFiles.mjs): the filesystem's floor for that output, which the",
    '  JSON.parse baseline never pays. On ext4 without a journal, creating a file skips every inode',
    "  deleted in the last few minutes one by one (`recently_deleted()` in the kernel's",
    '  [fs/ext4/ialloc.c](https://github.com/torvalds/linux/blob/master/fs/ext4/ialloc.c)), so after',
    '  a test run that floor measured 0.9–1.6 s here instead of tens of milliseconds.',
    '',
  ];
  return `${lines.join('\n')}`;
}
