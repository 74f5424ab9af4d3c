/**
 * Where the CLI runs and what it carries. Two questions:
 *
 * - Is a folder a **checkout** of the repository? The commands that rewrite one (`generate`,
 *   `history add`, `history seed`, `update`) run only in a checkout: a folder holding the
 *   workspace root's `package.json` (named `rbx-webstream-workspace`) and an `api-dump/` folder.
 *   Elsewhere they stop with exit 2 and say so, instead of creating an `api-dump/` or a
 *   `generated/` in whatever folder they were started from.
 * - Where is the WebStreamClient data the package ships? An installed `rbx-webstream-codegen`
 *   carries a copy of `api-dump/` in `dist/api-dump/` (copied by its build); run from the sources
 *   in a checkout, the data is the repository's own `api-dump/`. The read-only commands
 *   (`history show`, `--version`) fall back to it outside a checkout.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT_USAGE } from './exitCodes.js';

export const WORKSPACE_ROOT_NAME = 'rbx-webstream-workspace';
const PACKAGE_NAME = 'rbx-webstream-codegen';
const DATA_DIR = 'api-dump';

function readName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** True when `dir` is the root of a checkout: the workspace root's package.json next to api-dump/. */
export function isCheckout(dir: string): boolean {
  return readName(join(dir, 'package.json')) === WORKSPACE_ROOT_NAME && isFolder(join(dir, DATA_DIR));
}

/**
 * Stops a command that rewrites a checkout when `dir` is not one: the message on stderr, exit 2
 * (a usage error: the command was run in the wrong place).
 */
export function requireCheckout(command: Command, what: string, dir: string): void {
  if (isCheckout(dir)) return;
  command.error(
    `error: ${what} rewrites a checkout of the rbx-webstream repository, and ${resolve(dir)} is not one (no package.json named ${WORKSPACE_ROOT_NAME} next to an ${DATA_DIR}/ folder).\n` +
      'Run it from the root of a clone of the repository. Read-only commands (inspect, slice, diff, history show, generate --all) work anywhere.',
    { exitCode: EXIT_USAGE, code: 'rbx-webstream.notACheckout' },
  );
}

/** The folder of the rbx-webstream-codegen package this module belongs to (sources or install). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (readName(join(dir, 'package.json')) !== PACKAGE_NAME) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The folder of the shipped WebStreamClient data: `dist/api-dump/` when built, else the checkout's `api-dump/`. */
export function shippedDataDir(): string {
  const root = packageRoot();
  const built = join(root, 'dist', DATA_DIR);
  return isFolder(built) ? built : join(root, '..', DATA_DIR);
}

/** A default path inside `api-dump/`: the working folder's in a checkout, else the shipped copy. */
export function dataFile(name: string): string {
  return isCheckout(process.cwd()) ? join(DATA_DIR, name) : join(shippedDataDir(), name);
}
