/**
 * Runs every benchmark in bench/: each `bench/<name>.ts` (except this file and helpers whose
 * name starts with `_`) in its own process, one after the other, so one benchmark's heap and JIT
 * state never colour another's figures. `npm run bench` runs them all; `npm run bench -- parse`
 * runs those whose name contains `parse`. Exits 1 if any benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);

const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== basename(fileURLToPath(import.meta.url)) && !file.startsWith('_'))
  .sort()
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)));

if (benches.length === 0) {
  console.error(`no benchmark in bench/ matches ${filters.join(', ')}`);
  process.exit(2);
}

const failed: string[] = [];
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, file)], { stdio: 'inherit', cwd: join(benchDir, '..') });
  if (result.status !== 0) failed.push(`${file} (exit ${result.status ?? result.signal})`);
}

console.log(`\n${benches.length - failed.length}/${benches.length} benchmarks ran${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length > 0 ? 1 : 0);
