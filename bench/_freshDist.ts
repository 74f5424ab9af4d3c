/**
 * Makes sure the packages' `dist/` folders hold a build of the current sources before a benchmark
 * times the built CLI or runtime: when the bin, `codegen/dist/rbx-webstream.cjs` (the build's last
 * file), is missing or older than any file
 * under `codegen/` (sources and templates), `runtime/`, `generated/` (their own dist/ and the
 * LICENSE copies the build writes aside) or `package.json`, runs `npm run build` and says so. Timing a stale build would report figures for
 * code that no longer exists.
 *
 * The runtime benchmarks time the built runtime (`runtime/dist/runtime/index.js`, what users
 * import), not the TypeScript sources through tsx: tsx keeps function names by wrapping every
 * function in a helper that gives each one an own property, which alone adds kilobytes of heap
 * per client.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the build itself writes outside dist/ (scripts/buildPackage.mjs copies the repository's
 * LICENSE into each package folder after compiling): newer than the build by construction, so
 * counting them would make every build look stale and rebuild before each benchmark.
 */
const BUILD_OUTPUTS = new Set(['dist', 'node_modules', 'LICENSE']);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (BUILD_OUTPUTS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Returns the built CLI's bin, building first when needed; exits the process if the build fails. */
export function freshCli(repoRoot: string): { readonly cli: string; readonly rebuilt: boolean } {
  const cli = join(repoRoot, 'codegen', 'dist', 'rbx-webstream.cjs');
  const sources = Math.max(
    ...['codegen', 'runtime', 'generated'].map((dir) => newestMtime(join(repoRoot, dir))),
    statSync(join(repoRoot, 'package.json')).mtimeMs,
  );
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return { cli, rebuilt: false };
  console.log("the packages' dist/ are missing or older than the sources: running npm run build first");
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`npm run build failed (exit ${build.status ?? build.signal}); cannot time the built CLI`);
    process.exit(1);
  }
  return { cli, rebuilt: true };
}

/** The built runtime's entry point (`runtime/dist/runtime/index.js`), building first when needed. */
export async function builtRuntime(repoRoot: string): Promise<typeof import('../runtime/index.js')> {
  freshCli(repoRoot);
  return (await import(pathToFileURL(join(repoRoot, 'runtime', 'dist', 'runtime', 'index.js')).href)) as typeof import('../runtime/index.js');
}
