#!/usr/bin/env node
/**
 * The package's bin, `rbx-webstream` (`dist/rbx-webstream.cjs`, this module bundled by
 * scripts/bundleCli.mjs). It sets V8's flags for a CLI process first — before any code of the
 * CLI is compiled, as V8 checks a code cache against the flags it was made with — then runs the
 * CLI from its one-file bundle with a code cache (`compileCache.ts`).
 */
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cacheKeyOf, compileCacheDir, loadBundle, type LoadedBundle } from './compileCache.js';
import { raiseJitBudget } from './jitBudget.js';
import { growYoungGenerationAtOnce } from './youngGeneration.js';

type Main = (argv: readonly string[]) => Promise<number>;

/** Next to this module's bundle in dist/ (both bundles sit at the top of dist/). */
const BUNDLE = fileURLToPath(new URL('../cli.bundle.cjs', import.meta.url));

raiseJitBudget();
growYoungGenerationAtOnce();
const argv = process.argv.slice(2);
let bundle: LoadedBundle | undefined;
try {
  bundle = loadBundle(BUNDLE, compileCacheDir(process.env, homedir()), cacheKeyOf(argv));
} catch (error) {
  // Only a damaged install gets here: the build writes the bundle beside this file.
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  process.stderr.write(`rbx-webstream: cannot load ${BUNDLE} (${reason}); reinstall the package, or run \`npm run build\` in a checkout\n`);
  process.exitCode = 1;
}
if (bundle !== undefined) {
  const loaded = bundle;
  void (loaded.exports as { main: Main }).main(argv).then((code) => {
    process.exitCode = code;
    if (code === 0) loaded.saveCache();
  });
}
