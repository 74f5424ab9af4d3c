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
 * `writeFolderOverlapped` does the same for a large output with the file-system work on a writer
 * thread (`writerThread.ts`), while the main thread makes the next text.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { commitFiles, NODE_COMMIT_FS, outputFailure, type FileChange } from './commitFiles.js';
import { OutputError, outputErrorOf } from './OutputError.js';
import { holdsSameText, temporaryName } from './writeFileAtomic.js';
import { WriterThread } from './writerThread.js';
import type { WriterReport } from './writerThreadProtocol.js';

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

/** The path a failed write names: the file's place in the output folder, not in the staging folder. */
function failedWrite(root: string, files: readonly FileToWrite[], report: WriterReport & { kind: 'failed' }): { error: Error; path: string } {
  const path = join(root, files[report.index]!.path);
  return { error: Object.assign(new Error(report.message), { code: report.code, path }), path };
}

/**
 * `writeFresh` on the writer thread: the main thread makes each text and hands it over, and the
 * writer creates the files while the next text is made. A failed write stops the run; the
 * staging folder is removed once the writer has finished what it was given.
 */
function writeFreshOnThread(root: string, files: readonly FileToWrite[], writer: WriterThread): void {
  const staging: Staging = { createdParent: undefined, folder: undefined };
  let current = root;
  try {
    const folder = openStaging(root, files, staging);
    for (const [index, file] of files.entries()) {
      current = join(root, file.path);
      writer.write(index, join(folder, file.path), textOf(file));
      if (writer.failed) break;
    }
    const failure = writer.finish().find((report) => report.kind === 'failed');
    if (failure !== undefined) {
      const { error, path } = failedWrite(root, files, failure);
      current = path;
      throw error;
    }
    current = root;
    renameSync(folder, root);
  } catch (error) {
    try {
      writer.finish(); // the staging folder goes only once nothing more is written into it
    } catch {
      // The writer stalled; `close` stops it.
    }
    throw abandonStaging(staging, error, current);
  }
}

/**
 * `changesOf` with `skipUnchanged` on the writer thread: the writer compares each file on disk
 * with its new text while the main thread makes the next, and hands back the texts that differ,
 * which become changes as they arrive (so few are held at once).
 */
function* changesComparedOnThread(
  root: string,
  files: readonly FileToWrite[],
  remove: readonly string[],
  count: { unchanged: number },
  writer: WriterThread,
): Generator<FileChange> {
  let differing = 0;
  function* changed(reports: readonly WriterReport[]): Generator<FileChange> {
    for (const report of reports) {
      if (report.kind !== 'differs') continue;
      differing++;
      yield { path: files[report.index]!.path, contents: report.text };
    }
  }
  for (const [index, file] of files.entries()) {
    writer.compare(index, join(root, file.path), textOf(file));
    yield* changed(writer.reports());
  }
  yield* changed(writer.finish());
  count.unchanged = files.length - differing;
  for (const path of remove) yield { path, contents: null };
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

/** From how many files on `writeFolderOverlapped` hands the file-system work to a writer thread: starting one costs ~40 ms of a core. */
export const WRITER_THREAD_FROM = 200;

export interface WriteFolderOverlappedOptions extends WriteFolderOptions {
  /**
   * Use a writer thread: `auto` (the default) from {@link WRITER_THREAD_FROM} files on; `always`
   * (tests); `never`; or one the caller started early, so that it is up when the first text is
   * ready (the caller closes it).
   */
  readonly writerThread?: 'auto' | 'always' | 'never' | WriterThread;
}

/**
 * `writeFolder` for a large output (whole-API mode): the texts are made on the main thread while
 * a writer thread (`writerThread.ts`) creates the files of a new folder, or compares the files of
 * an existing one with `skipUnchanged`; changed files are then committed as `writeFolder` does.
 */
export async function writeFolderOverlapped(
  root: string,
  files: readonly FileToWrite[],
  remove: readonly string[] = [],
  options: WriteFolderOverlappedOptions = {},
): Promise<WriteFolderResult> {
  const mode = options.writerThread ?? 'auto';
  const given = typeof mode === 'object' ? mode : undefined;
  if (mode === 'never' || (mode === 'auto' && files.length < WRITER_THREAD_FROM)) return writeFolder(root, files, remove, options);
  checkOutputPaths(
    root,
    files.map((file) => file.path),
  );
  const fresh = statSync(root, { throwIfNoEntry: false }) === undefined;
  if (!fresh && options.skipUnchanged !== true) return writeIntoExisting(root, files, remove, options);
  const writer = given ?? new WriterThread();
  try {
    if (fresh) {
      writeFreshOnThread(root, files, writer);
      return { unchanged: 0 };
    }
    const count = { unchanged: 0 };
    commitChanges(root, changesComparedOnThread(root, files, remove, count, writer));
    return count;
  } finally {
    if (given === undefined) writer.close();
  }
}

/** Commits `changes` into `root`; an error of a text is passed on as it is, once the folder is restored. */
function commitChanges(root: string, changes: Iterable<FileChange>): void {
  const failure = outputFailure(root);
  commitFiles(root, changes, NODE_COMMIT_FS, (cause, restored) => (cause instanceof RenderFailure ? (cause.failure as Error) : failure(cause, restored)));
}

function writeIntoExisting(root: string, files: readonly FileToWrite[], remove: readonly string[], options: WriteFolderOptions): WriteFolderResult {
  const count = { unchanged: 0 };
  if (files.length + remove.length > 0) commitChanges(root, changesOf(root, files, remove, options, count));
  return count;
}
