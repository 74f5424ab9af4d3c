/**
 * The I/O end of `generate`: compares emitted files with an output folder, and brings the
 * folder in line all or nothing (`writeFolder`) — changed and new files written, files no
 * emitter produced removed, emptied folders removed. Unchanged files are not touched, so their
 * modification times stay. Dot-files (e.g. `.gitkeep`) are left alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { holdsSameText } from '../fs/writeFileAtomic.js';
import { writeFolder } from '../fs/writeFolder.js';
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
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return [];
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
    else if (!holdsSameText(target, file.contents)) changed.push(file.path);
    else unchanged.push(file.path);
  }
  const stale = listFiles(folder).filter((path) => !emitted.has(path));
  return { changed, missing, stale, unchanged };
}

/** Makes `folder` hold exactly `files`; returns what it did. Throws `OutputError`, leaving the folder as it was. */
export function syncFolder(folder: string, files: readonly EmittedFile[]): FolderComparison {
  const comparison = compareFolder(folder, files);
  const toWrite = new Set([...comparison.changed, ...comparison.missing]);
  writeFolder(
    folder,
    files.filter((file) => toWrite.has(file.path)),
    comparison.stale,
  );
  return comparison;
}
