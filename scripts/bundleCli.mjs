/**
 * The last step of codegen's build (scripts/buildPackage.mjs): bundles the compiled CLI into two
 * CommonJS files at the top of `codegen/dist/`, with esbuild:
 *
 * - `cli.bundle.cjs`: every module of ours the CLI can reach from `cli/main.js` (packages stay
 *   `require`s of the installed dependencies, so the bundle carries none of their code). One
 *   script is what V8 can keep a code cache of in Node 20 (codegen/cli/compileCache.ts).
 * - `rbx-webstream.cjs`: the package's bin, `cli/launcher.js` and the few modules it imports.
 *
 * The rest of dist/ stays as tsc wrote it: the library's entry (`index.js`), the writer thread's
 * worker and the templates are loaded from there. So that they still are, `import.meta.url` in
 * each bundled module reads as the URL of that module's own file in dist/ — not of the bundle.
 * Modules of ours are ES modules, which are always strict; esbuild starts a CommonJS bundle made
 * of ES modules with `"use strict"`, so they stay strict.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

/** The two bundles: entry in dist/ → bundle in dist/. */
const BUNDLES = [
  ['cli/main.js', 'cli.bundle.cjs'],
  ['cli/launcher.js', 'rbx-webstream.cjs'],
];

/** Gives each module of dist/ its own `import.meta.url`: its file's URL, found from the bundle's folder. */
function moduleUrlPlugin(dist) {
  return {
    name: 'module-url',
    setup(plugin) {
      plugin.onLoad({ filter: /\.js$/ }, async ({ path }) => {
        const fromDist = relative(dist, path).split('\\').join('/');
        if (fromDist.startsWith('..')) return undefined;
        const source = await readFile(path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const url = `const __moduleUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(fromDist)})).href;\n`;
        // After a `#!` line, which esbuild keeps at the top of the bundle (the bin's).
        const hashbang = source.startsWith('#!') ? source.slice(0, source.indexOf('\n') + 1) : '';
        return { contents: hashbang + url + source.slice(hashbang.length), loader: 'js' };
      });
    },
  };
}

/** Writes both bundles into `packageDir/dist`; rejects with esbuild's error when one fails. */
export async function bundleCli(packageDir) {
  const dist = join(packageDir, 'dist');
  for (const [entry, bundle] of BUNDLES) {
    await build({
      entryPoints: [join(dist, entry)],
      outfile: join(dist, bundle),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      define: { 'import.meta.url': '__moduleUrl' },
      plugins: [moduleUrlPlugin(dist)],
      logLevel: 'warning',
      legalComments: 'none',
    });
  }
}
