/**
 * Brings an output folder in line with a set of files, all or nothing, touching only what
 * changed. The caller says which files to write and which to remove; with `skipUnchanged`, files
 * already holding their exact text are left alone (see `holdsSameText`). A file's text may be a
 * function that makes it: it is called when that file is written and the text dropped right
 * after, so a large output (whole-API mode's ~1,500 pages, ~16 MB) is never all in memory at
 * once. Every path is checked before the first write; then
 *
 * - a folder that does not exist yet is built as a hidden temporary folder beside it and renamed
 *   into place in one step (the fast path of a first run: one rename instead of one per file);
 * - an existing folder gets the changes through `commitFiles` (staged beside their targets,
 *   renamed in, rolled back on any failure).
 *
 * Either way a failure leaves the folder as it was, and it is an `OutputError` with the fix.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { commitFiles, NODE_COMMIT_FS, outputFailure, type FileChange } from './commitFiles.js';
import { OutputError, outputErrorOf } from './OutputError.js';
import { holdsSameText, temporaryName } from './writeFileAtomic.js';

export interface FileToWrite {
  /** Relative to the root folder, with forward slashes. */
  readonly path: string;
  /** The text, or a function making it when the file is written. */
  readonly contents: string | (() => string);
}

export interface WriteFolderOptions {
  /** Leave files that already hold exactly their new text untouched (compared once rendered). */
  readonly skipUnchanged?: boolean;
}

export interface WriteFolderResult {
  /** Files left untouched because they already held their text (with `skipUnchanged`). */
  readonly unchanged: number;
}

/** An error of a function making a file's text: it is the generator's, not the file system's, and is rethrown as it is once the folder is restored. */
class RenderFailure extends Error {
  constructor(readonly failure: unknown) {
    super('rendering failed');
  }
}

function textOf(file: FileToWrite): string {
  if (typeof file.contents === 'string') return file.contents;
  try {
    return file.contents();
  } catch (error) {
    throw new RenderFailure(error);
  }
}

/** Longest file name (one path segment) Linux, macOS and Windows file systems all accept, in bytes. */
const NAME_MAX = 255;
/** Longest path Linux accepts, in bytes (PATH_MAX less the terminating NUL). */
const PATH_MAX = 4095;

/** Throws `OutputError` unless `root` is a folder or absent, and every path fits the file system. */
export function checkOutputPaths(root: string, paths: readonly string[]): void {
  const stats = statSync(root, { throwIfNoEntry: false });
  if (stats !== undefined && !stats.isDirectory()) {
    throw new OutputError(
      'OUTPUT_NOT_FOLDER',
      `${root} is a file, where the output folder is to be written; nothing was written`,
      'name a folder that does not exist yet or is a folder (e.g. --out /tmp/roblox-api)',
    );
  }
  const absoluteRoot = resolve(root);
  for (const path of paths) {
    const tooLong = path.split('/').find((segment) => Buffer.byteLength(segment) > NAME_MAX);
    if (tooLong !== undefined || Buffer.byteLength(join(absoluteRoot, path)) > PATH_MAX) {
      const what =
        tooLong === undefined
          ? `the path is over ${PATH_MAX} bytes`
          : `the file name is ${Buffer.byteLength(tooLong)} bytes, over the ${NAME_MAX} file systems allow`;
      throw new OutputError(
        'OUTPUT_NAME_TOO_LONG',
        `${join(root, path)}: ${what}; nothing was written`,
        'a name this long comes from the dump (a damaged or crafted dump?); or write to a shorter folder path',
      );
    }
  }
}

function writeFresh(root: string, files: readonly FileToWrite[]): void {
  const parent = dirname(resolve(root));
  let createdParent: string | undefined;
  let temporary: string | undefined;
  let current = root;
  try {
    createdParent = mkdirSync(parent, { recursive: true });
    // Not mkdtemp: its folders are owner-only (0700), and this one becomes the output folder.
    const name = temporaryName(parent, 'tmp');
    mkdirSync(name);
    temporary = name;
    for (const folder of new Set(files.map((file) => dirname(join(temporary!, file.path))))) mkdirSync(folder, { recursive: true });
    for (const file of files) {
      current = join(root, file.path);
      writeFileSync(join(temporary, file.path), textOf(file), { flag: 'wx' });
    }
    current = root;
    renameSync(temporary, root);
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
    if (createdParent !== undefined) rmSync(createdParent, { recursive: true, force: true });
    if (error instanceof RenderFailure) throw error.failure;
    throw outputErrorOf(error, current);
  }
}

/** The changes `commitFiles` stages, each text made only when its turn comes. */
function* changesOf(
  root: string,
  files: readonly FileToWrite[],
  remove: readonly string[],
  options: WriteFolderOptions,
  count: { unchanged: number },
): Generator<FileChange> {
  for (const file of files) {
    const contents = textOf(file);
    if (options.skipUnchanged === true && holdsSameText(join(root, file.path), contents)) count.unchanged += 1;
    else yield { path: file.path, contents };
  }
  for (const path of remove) yield { path, contents: null };
}

/**
 * Writes `files` into `root` and removes `remove` (relative paths), all or nothing. Files not
 * named are left alone. Throws `OutputError`.
 */
export function writeFolder(root: string, files: readonly FileToWrite[], remove: readonly string[] = [], options: WriteFolderOptions = {}): WriteFolderResult {
  checkOutputPaths(
    root,
    files.map((file) => file.path),
  );
  if (statSync(root, { throwIfNoEntry: false }) === undefined) {
    writeFresh(root, files);
    return { unchanged: 0 };
  }
  const count = { unchanged: 0 };
  const failure = outputFailure(root);
  if (files.length + remove.length > 0) {
    commitFiles(root, changesOf(root, files, remove, options, count), NODE_COMMIT_FS, (cause, restored) =>
      cause instanceof RenderFailure ? (cause.failure as Error) : failure(cause, restored),
    );
  }
  return count;
}
