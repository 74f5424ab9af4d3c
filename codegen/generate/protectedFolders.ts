/**
 * Folders `generate --all` must not write into: a checkout of this repository and its source
 * folders. Whole-API output is thousands of files, and the run removes files an earlier run
 * generated (those carrying our header) — pointed at `generated/`, it would delete the runtime's
 * stubs and the conformance suite. A checkout is recognised by its layout (`codegen/`,
 * `runtime/` and `generated/` side by side); both the checkout the tool runs from and any
 * checkout the output path lies in are protected. Symbolic links are resolved first.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputError } from '../fs/OutputError.js';

/** Top-level folders of a checkout that hold source or the committed output. */
export const PROTECTED_FOLDERS: readonly string[] = [
  'generated',
  'codegen',
  'runtime',
  'test',
  'docs',
  'api-dump',
  'scripts',
  'bench',
  'node_modules',
  '.git',
  '.github',
];

const isCheckout = (folder: string): boolean => ['codegen', 'runtime', 'generated'].every((name) => existsSync(join(folder, name)));

/** The nearest folder at or above `start` that is a checkout, if any. */
function checkoutAbove(start: string): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    if (isCheckout(folder)) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/** `path` with symbolic links resolved, as far as it exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  for (let existing = absolute; ; existing = dirname(existing)) {
    if (existsSync(existing)) return join(realpathSync(existing), relative(existing, absolute));
    if (dirname(existing) === existing) return absolute;
  }
}

/** Throws `OUTPUT_PROTECTED` when `out` is a checkout, or lies in one of its protected folders. */
export function checkNotProtected(out: string): void {
  const target = realPath(out);
  const checkouts = new Set(
    [checkoutAbove(target), checkoutAbove(dirname(fileURLToPath(import.meta.url)))].filter((root): root is string => root !== undefined),
  );
  for (const root of checkouts) {
    const inside = relative(realPath(root), target);
    if (inside.startsWith('..') || isAbsolute(inside)) continue;
    const top = inside.split(sep)[0] ?? '';
    if (inside === '' || PROTECTED_FOLDERS.includes(top)) {
      throw new OutputError(
        'OUTPUT_PROTECTED',
        `--out ${out} is ${inside === '' ? 'the repository itself' : `inside ${top}/ of the repository at ${root}`}; generate --all does not write there (it would replace or remove files others depend on); nothing was written`,
        'write whole-API output to a folder of its own, e.g. --out /tmp/roblox-api',
      );
    }
  }
}
