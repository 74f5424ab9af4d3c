/**
 * Makes sure `codegen/dist/` holds a build of the current sources before a benchmark times the
 * built CLI: when `codegen/dist/cli.js` is missing or older than any file under `codegen/` (sources
 * and templates, its dist/ aside) or `package.json`, runs `npm run build` and says so. Timing a stale build would
 * report figures for code that no longer exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Returns the built CLI, building first when needed; exits the process if the build fails. */
export function freshCli(repoRoot: string): { readonly cli: string; readonly rebuilt: boolean } {
  const cli = join(repoRoot, 'codegen', 'dist', 'cli.js');
  const sources = Math.max(newestMtime(join(repoRoot, 'codegen')), statSync(join(repoRoot, 'package.json')).mtimeMs);
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return { cli, rebuilt: false };
  console.log('codegen/dist/ is missing or older than codegen/: running npm run build first');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`npm run build failed (exit ${build.status ?? build.signal}); cannot time the built CLI`);
    process.exit(1);
  }
  return { cli, rebuilt: true };
}
