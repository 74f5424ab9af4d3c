#!/usr/bin/env node
/**
 * `npm run generate`: regenerates `generated/` from `api-dump/`, but first checks, in plain Node
 * and before loading TypeScript or the generator, whether anything it depends on changed since
 * the last successful run in this checkout. If nothing did, it says so and exits 0 in a few tens of
 * milliseconds instead of paying for tsx, ts-morph and the schema compiler (~1.5 s).
 *
 * "Nothing changed" means the same SHA-256, recorded by the last successful run, of:
 * - the inputs: every file under `api-dump/`;
 * - the generator: every file under `codegen/` (sources, templates, schemas; not its dist/ or
 *   node_modules/), `package.json`,
 *   `package-lock.json` and npm's record of what is installed (`node_modules/.package-lock.json`),
 *   and the Node version;
 * - the outputs: every file under `generated/` (names and bytes), so a hand edit, a deleted file
 *   or a stray new one sends the run through the generator, which puts them right.
 * Any argument (`--check`, `--input`, `--all`, …) skips the shortcut and runs the generator as
 * given. `npm run check:generated` never uses it: it always regenerates in memory and compares.
 * The record is `node_modules/.cache/rbx-webstream/generate-stamp.json` (or $RBX_WEBSTREAM_GENERATE_STAMP);
 * deleting it forces a run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = process.env.RBX_WEBSTREAM_GENERATE_STAMP ?? join(root, 'node_modules', '.cache', 'rbx-webstream', 'generate-stamp.json');
const args = process.argv.slice(2);

/** Hash of every file under `dir` (sorted relative paths and contents); empty-folder safe. */
function hashTree(hash, dir) {
  if (!existsSync(dir)) {
    hash.update(`missing ${relative(root, dir)}\0`);
    return;
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    // A workspace package's build output and installed modules are not generator sources.
    .filter(
      (file) =>
        !relative(dir, file)
          .split(sep)
          .some((part) => part === 'dist' || part === 'node_modules'),
    )
    .sort();
  for (const file of files) {
    hash.update(`${relative(root, file).split(sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
}

function hashFile(hash, file) {
  hash.update(`${relative(root, file)}\0`);
  if (existsSync(file)) hash.update(readFileSync(file));
  hash.update('\0');
}

function inputsKey() {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0`);
  hashTree(hash, join(root, 'api-dump'));
  hashTree(hash, join(root, 'codegen'));
  for (const file of ['package.json', 'package-lock.json', join('node_modules', '.package-lock.json')]) hashFile(hash, join(root, file));
  return hash.digest('hex');
}

function outputsKey() {
  const hash = createHash('sha256');
  hashTree(hash, join(root, 'generated'));
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

const shortcut = args.length === 0;
const inputs = shortcut ? inputsKey() : undefined;
if (shortcut) {
  const stamp = readStamp();
  if (stamp?.inputs === inputs && stamp?.outputs === outputsKey()) {
    process.stderr.write('generated/: up to date (api-dump/, the generator and generated/ are as the last generate left them)\n');
    process.exit(0);
  }
}

// Something changed (or arguments were given): run the real generator in this process.
const { register } = await import('tsx/esm/api');
register();
process.argv.splice(2, 0, 'generate');
await import(pathToFileURL(join(root, 'codegen', 'cli.ts')).href);
if (shortcut && (process.exitCode ?? 0) === 0) {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify({ inputs, outputs: outputsKey() })}\n`);
}
