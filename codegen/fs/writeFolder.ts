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
import { mkdirSync, renameSync, rmSync, statSync, writeFile, writeFileSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
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

/** What building a new output folder has created so far: removed again on failure. */
interface Staging {
  /** The highest parent folder created on the way. */
  createdParent: string | undefined;
  /** The hidden folder beside the output folder that becomes it. */
  folder: string | undefined;
}

/** Creates the hidden folder a new output folder is built in, with the subfolders its files need. */
function openStaging(root: string, files: readonly FileToWrite[], staging: Staging): string {
  const parent = dirname(resolve(root));
  staging.createdParent = mkdirSync(parent, { recursive: true });
  // Not mkdtemp: its folders are owner-only (0700), and this one becomes the output folder.
  const folder = temporaryName(parent, 'tmp');
  mkdirSync(folder);
  staging.folder = folder;
  for (const subfolder of new Set(files.map((file) => dirname(join(folder, file.path))))) mkdirSync(subfolder, { recursive: true });
  return folder;
}

/** Removes what `openStaging` made, and returns what to throw for `error` (met at `path`). */
function abandonStaging(staging: Staging, error: unknown, path: string): unknown {
  if (staging.folder !== undefined) rmSync(staging.folder, { recursive: true, force: true });
  if (staging.createdParent !== undefined) rmSync(staging.createdParent, { recursive: true, force: true });
  return error instanceof RenderFailure ? error.failure : outputErrorOf(error, path);
}

function writeFresh(root: string, files: readonly FileToWrite[]): void {
  const staging: Staging = { createdParent: undefined, folder: undefined };
  let current = root;
  try {
    const folder = openStaging(root, files, staging);
    for (const file of files) {
      current = join(root, file.path);
      writeFileSync(join(folder, file.path), textOf(file), { flag: 'wx' });
    }
    current = root;
    renameSync(folder, root);
  } catch (error) {
    throw abandonStaging(staging, error, current);
  }
}

/** Files handed to the thread pool and not yet written, at most: a few pages' worth of memory. */
const WRITES_IN_FLIGHT = 16;

/**
 * `writeFresh` for many files whose texts are made on demand: the main thread makes the next
 * text while libuv's thread pool writes the previous ones (open, write, close), so on a
 * multi-core machine the writing mostly overlaps the rendering instead of following it. The
 * event loop gets a turn after each file so that each write moves on.
 */
async function writeFreshOverlapped(root: string, files: readonly FileToWrite[]): Promise<void> {
  const staging: Staging = { createdParent: undefined, folder: undefined };
  let current = root;
  const inFlight = new Set<Promise<void>>();
  let failed: { readonly error: NodeJS.ErrnoException; readonly path: string } | undefined;
  try {
    const folder = openStaging(root, files, staging);
    for (const file of files) {
      current = join(root, file.path);
      const target = current;
      const text = textOf(file);
      const write = new Promise<void>((settle) => {
        writeFile(join(folder, file.path), text, { flag: 'wx' }, (error) => {
          if (error !== null && failed === undefined) failed = { error, path: target };
          settle();
        });
      });
      inFlight.add(write);
      void write.then(() => inFlight.delete(write));
      await (inFlight.size >= WRITES_IN_FLIGHT ? Promise.race(inFlight) : setImmediate());
      if (failed !== undefined) break;
    }
    await Promise.all(inFlight);
    if (failed !== undefined) throw failed.error;
    current = root;
    renameSync(folder, root);
  } catch (error) {
    await Promise.all(inFlight);
    throw abandonStaging(staging, error, failed?.path ?? current);
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
  return writeIntoExisting(root, files, remove, options);
}

/**
 * `writeFolder` for a large output (whole-API mode): a new folder is written with the writes
 * overlapping the making of the texts (`writeFreshOverlapped`); an existing one as `writeFolder` does.
 */
export async function writeFolderOverlapped(
  root: string,
  files: readonly FileToWrite[],
  remove: readonly string[] = [],
  options: WriteFolderOptions = {},
): Promise<WriteFolderResult> {
  checkOutputPaths(
    root,
    files.map((file) => file.path),
  );
  if (statSync(root, { throwIfNoEntry: false }) === undefined) {
    await writeFreshOverlapped(root, files);
    return { unchanged: 0 };
  }
  return writeIntoExisting(root, files, remove, options);
}

function writeIntoExisting(root: string, files: readonly FileToWrite[], remove: readonly string[], options: WriteFolderOptions): WriteFolderResult {
  const count = { unchanged: 0 };
  const failure = outputFailure(root);
  if (files.length + remove.length > 0) {
    commitFiles(root, changesOf(root, files, remove, options, count), NODE_COMMIT_FS, (cause, restored) =>
      cause instanceof RenderFailure ? (cause.failure as Error) : failure(cause, restored),
    );
  }
  return count;
}
