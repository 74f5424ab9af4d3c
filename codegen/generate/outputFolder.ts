/**
 * The I/O end of `generate`: compares emitted files with an output folder, and brings the
 * folder in line — changed and new files written atomically (temp file, then rename), files no
 * emitter produced removed, emptied folders removed. Unchanged files are not touched, so their
 * modification times stay. Dot-files (e.g. `.gitkeep`) are left alone.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import type { EmittedFile } from './GenerateInput.js';

export interface FolderComparison {
  /** On disk with other contents. */
  readonly changed: readonly string[];
  /** Emitted but not on disk. */
  readonly missing: readonly string[];
  /** On disk but emitted by no one. */
  readonly stale: readonly string[];
  readonly unchanged: readonly string[];
}

/** Relative paths (forward slashes) of the files under `folder`, dot-files excepted. */
export function listFiles(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const relative = prefix === '' ? entry.name : posix.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(join(folder, entry.name), relative) : [relative];
    })
    .sort();
}

export function compareFolder(folder: string, files: readonly EmittedFile[]): FolderComparison {
  const emitted = new Set(files.map((file) => file.path));
  const changed: string[] = [];
  const missing: string[] = [];
  const unchanged: string[] = [];
  for (const file of files) {
    const target = join(folder, file.path);
    if (!existsSync(target)) missing.push(file.path);
    else if (readFileSync(target, 'utf8') !== file.contents) changed.push(file.path);
    else unchanged.push(file.path);
  }
  const stale = listFiles(folder).filter((path) => !emitted.has(path));
  return { changed, missing, stale, unchanged };
}

function removeEmptyFolders(folder: string, isRoot = true): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(join(folder, entry.name), false);
  }
  if (!isRoot && readdirSync(folder).length === 0) rmdirSync(folder);
}

/** Makes `folder` hold exactly `files`; returns what it did. */
export function syncFolder(folder: string, files: readonly EmittedFile[]): FolderComparison {
  const comparison = compareFolder(folder, files);
  const toWrite = new Set([...comparison.changed, ...comparison.missing]);
  for (const file of files) if (toWrite.has(file.path)) writeFileAtomic(join(folder, file.path), file.contents);
  for (const path of comparison.stale) rmSync(join(folder, path));
  removeEmptyFolders(folder);
  return comparison;
}
