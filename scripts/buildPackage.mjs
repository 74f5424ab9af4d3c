#!/usr/bin/env node
/**
 * `npm run build` of workspace packages (`node scripts/buildPackage.mjs runtime codegen`; each
 * package's own `build` script names itself): for each, empties its `dist/`, compiles it with its
 * `tsconfig.build.json` (the packages' compilers run in parallel), then copies in what tsc does
 * not emit but the package needs, and the repository's LICENSE (npm packs a LICENSE only from
 * the package folder; the copy is git-ignored).
 *
 * - runtime (`rbx-webstream`): compiled with rootDir at the repository root, because it imports
 *   the generated stubs in `generated/node/stubs/`; so `dist/runtime/` and
 *   `dist/generated/node/` sit side by side as in the repository. tsc does not copy
 *   `generated/node/index.d.ts` (a declaration file the generator writes directly), which
 *   `dist/runtime/contract.d.ts` imports, nor the reference pages its `@see` links point to
 *   (`../reference/<Name>.md`). The typings package carries its own generated copy (docs/package.md).
 * - codegen (`rbx-webstream-codegen`): the Handlebars templates the CLI renders with, next to the
 *   modules that load them, the dump validator ajv compiled ahead of time (plain JavaScript that
 *   tsc does not read, `codegen/dump/precompiledDumpValidator.js`), and the WebStreamClient data of `api-dump/` in `dist/api-dump/`, so
 *   the read-only commands (`history show`, `--version`, ...) work from an install anywhere.
 *   Last, the CLI and its bin are bundled (scripts/bundleCli.mjs).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { bundleCli } from './bundleCli.mjs';

const PACKAGES = {
  runtime: [
    ['generated/node/index.d.ts', 'dist/generated/node/index.d.ts'],
    ['generated/reference', 'dist/generated/reference', (path) => path.endsWith('.md')],
  ],
  codegen: [
    ['codegen', 'dist', (path) => path.endsWith('.hbs') || path === 'precompiledDumpValidator.js'],
    ['api-dump', 'dist/api-dump', (path) => path.endsWith('.json') || path.endsWith('README.md')],
  ],
};

function copyFile(source, target) {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}

/** Copies the wanted files under `source` to the same relative places under `target`; skips dist/ and node_modules/. */
function copyTree(source, target, wanted) {
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') copyTree(join(source, entry.name), join(target, entry.name), wanted);
    } else if (wanted(entry.name)) {
      copyFile(join(source, entry.name), join(target, entry.name));
    }
  }
}

const names = process.argv.slice(2);
const unknown = names.filter((name) => !Object.hasOwn(PACKAGES, name));
if (names.length === 0 || unknown.length > 0) {
  console.error(`usage: buildPackage.mjs ${Object.keys(PACKAGES).join('|')}... (got ${JSON.stringify(names)})`);
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '..');
const tsc = createRequire(join(repo, 'package.json')).resolve('typescript/bin/tsc');

/** Compiles one package; resolves with tsc's exit code. */
function compile(name) {
  const packageDir = join(repo, name);
  rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
  const child = spawn(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.build.json')], { stdio: 'inherit' });
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

const codes = await Promise.all(names.map(compile));
const failed = codes.find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);

for (const name of names) {
  const packageDir = join(repo, name);
  for (const [from, to, wanted] of PACKAGES[name]) {
    if (wanted === undefined) copyFile(join(repo, from), join(packageDir, to));
    else copyTree(join(repo, from), join(packageDir, to), wanted);
  }
  if (existsSync(join(repo, 'LICENSE'))) copyFile(join(repo, 'LICENSE'), join(packageDir, 'LICENSE'));
}
if (names.includes('codegen')) {
  // esbuild has printed what failed; its stack trace would add nothing.
  await bundleCli(join(repo, 'codegen')).catch(() => process.exit(1));
}
