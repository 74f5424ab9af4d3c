/**
 * Puts a set of file changes into a folder all together or not at all. Every new text is first
 * written to a temporary file beside its target; only when all of them are written are they
 * renamed over their targets (the old files set aside as backups). If anything fails on the way
 * the targets are restored from the backups, new files and folders are removed, and the folder
 * is exactly as before. The file-system calls are injectable so tests can make one of them fail.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { UpdateError } from './UpdateError.js';

export interface FileChange {
  /** Relative to the root, forward slashes, e.g. `generated/node/index.d.ts`. */
  readonly path: string;
  /** The new contents, or null to delete the file. */
  readonly contents: string | null;
}

/** The file-system calls `commitFiles` makes. */
export interface CommitFs {
  exists(path: string): boolean;
  mkdir(path: string): void;
  writeFile(path: string, contents: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  removeEmptyDir(path: string): void;
  isEmptyDir(path: string): boolean;
}

export const NODE_COMMIT_FS: CommitFs = {
  exists: (path) => existsSync(path),
  mkdir: (path) => mkdirSync(path),
  writeFile: (path, contents) => writeFileSync(path, contents),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  removeEmptyDir: (path) => rmdirSync(path),
  isEmptyDir: (path) => readdirSync(path).length === 0,
};

interface Journal {
  /** Folders this commit created, outermost first. */
  readonly createdDirs: string[];
  /** Staged temp files not yet renamed into place. */
  readonly temps: Set<string>;
  /** target → its backup, for targets that existed. */
  readonly backups: Map<string, string>;
  /** Targets that now hold the new text (or were removed, for deletions). */
  readonly placed: string[];
}

function ensureDir(fs: CommitFs, dir: string, journal: Journal): void {
  if (fs.exists(dir)) return;
  ensureDir(fs, dirname(dir), journal);
  fs.mkdir(dir);
  journal.createdDirs.push(dir);
}

const sidePath = (target: string, suffix: string): string => join(dirname(target), `.${basename(target)}.${process.pid}.${suffix}`);

function rollBack(fs: CommitFs, journal: Journal): string[] {
  const problems: string[] = [];
  const attempt = (what: string, action: () => void): void => {
    try {
      action();
    } catch (error) {
      problems.push(`${what}: ${(error as Error).message}`);
    }
  };
  for (const target of [...journal.placed].reverse()) {
    const backup = journal.backups.get(target);
    if (fs.exists(target)) attempt(`remove ${target}`, () => fs.remove(target));
    if (backup !== undefined) attempt(`restore ${target}`, () => fs.rename(backup, target));
    journal.backups.delete(target);
  }
  for (const [target, backup] of journal.backups) attempt(`restore ${target}`, () => fs.rename(backup, target));
  for (const temp of journal.temps) attempt(`remove ${temp}`, () => fs.remove(temp));
  for (const dir of [...journal.createdDirs].reverse()) {
    if (fs.exists(dir) && fs.isEmptyDir(dir)) attempt(`remove ${dir}`, () => fs.removeEmptyDir(dir));
  }
  return problems;
}

/** Removes folders under `root` that the deletions left empty (not `root` itself). */
function pruneEmptyParents(fs: CommitFs, root: string, file: string): void {
  for (let dir = dirname(file); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    if (!fs.exists(dir) || !fs.isEmptyDir(dir)) return;
    fs.removeEmptyDir(dir);
  }
}

export function commitFiles(root: string, changes: readonly FileChange[], fs: CommitFs = NODE_COMMIT_FS): void {
  const journal: Journal = { createdDirs: [], temps: new Set(), backups: new Map(), placed: [] };
  const staged = new Map<string, string>();
  const target = (change: FileChange): string => join(root, ...posix.normalize(change.path).split('/'));
  try {
    for (const change of changes) {
      if (change.contents === null) continue;
      const file = target(change);
      ensureDir(fs, dirname(file), journal);
      const temp = sidePath(file, 'update-new');
      journal.temps.add(temp);
      fs.writeFile(temp, change.contents);
      staged.set(file, temp);
    }
    for (const change of changes) {
      const file = target(change);
      if (fs.exists(file)) {
        const backup = sidePath(file, 'update-old');
        fs.rename(file, backup);
        journal.backups.set(file, backup);
      }
      const temp = staged.get(file);
      if (temp !== undefined) {
        fs.rename(temp, file);
        journal.temps.delete(temp);
      }
      journal.placed.push(file);
    }
  } catch (error) {
    const problems = rollBack(fs, journal);
    const restored = problems.length === 0 ? 'every file is as it was' : `restoring also failed (${problems.join('; ')})`;
    throw new UpdateError('UPDATE_COMMIT_FAILED', `writing the update into ${root} failed (${(error as Error).message}); ${restored}`, 'fix the cause (disk space, permissions) and run update again');
  }
  for (const backup of journal.backups.values()) {
    try {
      fs.remove(backup);
    } catch {
      // Every target already holds its new text; a backup left behind does not change the result.
    }
  }
  for (const change of changes) if (change.contents === null) pruneEmptyParents(fs, root, target(change));
}
