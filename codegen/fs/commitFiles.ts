/**
 * Puts a set of file changes into a folder all together or not at all. Every new text is first
 * written to a temporary file beside its target; only when all of them are written are they
 * renamed over their targets (the old files set aside as backups). If anything fails on the way
 * the targets are restored from the backups, new files and folders are removed, and the folder
 * is exactly as before. Temporary files are created exclusively under unpredictable names, so
 * nothing planted beside a target is followed. The file-system calls are injectable so tests can
 * make one of them fail. Used by `update`, `generate` and `generate --all`.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { OutputError, outputErrorOf } from './OutputError.js';
import { temporaryName } from './writeFileAtomic.js';

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
  isDirectory(path: string): boolean;
}

export const NODE_COMMIT_FS: CommitFs = {
  exists: (path) => existsSync(path),
  mkdir: (path) => mkdirSync(path),
  writeFile: (path, contents) => writeFileSync(path, contents, { flag: 'wx' }),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  removeEmptyDir: (path) => rmdirSync(path),
  isEmptyDir: (path) => readdirSync(path).length === 0,
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
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

const sidePath = (target: string, suffix: string): string => temporaryName(dirname(target), suffix);

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

/** Builds the error thrown when the commit failed and was rolled back (or could not be). */
export type CommitFailure = (cause: unknown, restored: string) => Error;

/** The default `CommitFailure`: the cause as an `OutputError` saying what was restored. */
export const outputFailure =
  (root: string): CommitFailure =>
  (cause, restored) => {
    const path = (cause as { path?: unknown }).path;
    const typed = outputErrorOf(cause, typeof path === 'string' ? path : root, ` ${restored}`);
    return typed.code === 'OUTPUT_WRITE_FAILED'
      ? new OutputError('OUTPUT_WRITE_FAILED', `writing into ${root} failed (${(cause as Error).message}); ${restored}`, typed.fix)
      : typed;
  };

/**
 * `changes` may be a lazy sequence (whole-API mode renders each page as it is staged): it is
 * read once, and only the paths are kept, so the texts need not all be in memory at once.
 */
export function commitFiles(root: string, changes: Iterable<FileChange>, fs: CommitFs = NODE_COMMIT_FS, failure: CommitFailure = outputFailure(root)): void {
  const journal: Journal = { createdDirs: [], temps: new Set(), backups: new Map(), placed: [] };
  const staged = new Map<string, string>();
  const targets: string[] = [];
  const deletions: string[] = [];
  const target = (change: FileChange): string => join(root, ...posix.normalize(change.path).split('/'));
  try {
    for (const change of changes) {
      const file = target(change);
      // A folder where a file goes is the user's mistake (EISDIR), not something to set aside.
      if (fs.isDirectory(file)) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR', path: file });
      targets.push(file);
      if (change.contents === null) {
        deletions.push(file);
        continue;
      }
      ensureDir(fs, dirname(file), journal);
      const temp = sidePath(file, 'update-new');
      journal.temps.add(temp);
      fs.writeFile(temp, change.contents);
      staged.set(file, temp);
    }
    for (const file of targets) {
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
    throw failure(error, restored);
  }
  for (const backup of journal.backups.values()) {
    try {
      fs.remove(backup);
    } catch {
      // Every target already holds its new text; a backup left behind does not change the result.
    }
  }
  for (const file of deletions) pruneEmptyParents(fs, root, file);
}
