/**
 * What the benchmarks share: where the real dumps are, and interleaved timing. Stages take turns
 * within each round, so a slow patch of the (shared, 2-core) machine hits every stage alike and
 * the ratios against the baseline measured in the same run hold. (Files starting with `_` are
 * helpers, not benchmarks: bench/run.ts skips them.)
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The path of a real dump (`$RBX_API_DUMPS` or ../shared/api-dumps); exits naming the fix when it is missing. */
export function realDumpFile(version: string, bench: string): string {
  const dumpsDir = process.env.RBX_API_DUMPS ?? resolve(repoRoot, '..', 'shared', 'api-dumps');
  const file = join(dumpsDir, version, 'Full-API-Dump.json');
  if (!existsSync(file)) {
    console.error(`bench/${bench}: ${file} not found; set RBX_API_DUMPS to the folder of the real dumps`);
    process.exit(1);
  }
  return file;
}

export interface Figures {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(times: readonly number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Times each stage `runs` times after `warmup` unmeasured rounds, the stages taking turns. */
export function measure(stages: Record<string, () => unknown>, runs: number, warmup: number): Record<string, Figures> {
  const names = Object.keys(stages);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const start = performance.now();
      stages[name]!();
      if (round >= warmup) times.get(name)!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(times.get(name)!)]));
}

/** `npm run bench -- --quick` (or BENCH_QUICK=1): fewer rounds and smaller workloads, same rows. */
export const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return summarize(values).median;
}

/** Sorted-list percentile (nearest rank), e.g. `percentile(samples, 0.99)`. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
