/**
 * The I/O edge of the parser, shared by every command that reads a dump named on the command
 * line — a `Full-API-Dump.json`, or a folder holding one (as in `../shared/api-dumps/<version>/`).
 *
 * The file is checked before a byte is read: it must be a regular file (not a FIFO, which would
 * block with no writer, nor a device such as /dev/zero, which never ends) no larger than
 * {@link MAX_DUMP_BYTES}. The file is opened non-blocking and checked again on the open handle,
 * so a file swapped for a FIFO between the two checks cannot block either. Bytes become text in
 * `decodeDumpText` (a UTF-8 BOM is accepted; other encodings and invalid UTF-8 are refused).
 * Every failure is a `DumpError`, never a raw Node error.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { isVersion } from './versions.js';
import { decodeDumpText } from './decodeDumpText.js';
import { DumpError, ROOT_PATH } from './errors.js';
import { parseDump, type ParsedDump } from './parseDump.js';

export const DUMP_FILE_NAME = 'Full-API-Dump.json';

/**
 * The largest dump file read: 64 MiB, about 15 times the largest real dump (0.564's 4.2 MB).
 * Documented in docs/errors.md (`DUMP_TOO_LARGE`).
 */
export const MAX_DUMP_BYTES = 64 * 1024 * 1024;

export interface ReadDump extends ParsedDump {
  /** The file actually read (the folder's `Full-API-Dump.json` when a folder was named). */
  readonly file: string;
  readonly text: string;
  /** The version the folder is named after (`…/0.734.0.7340915/Full-API-Dump.json`), if any. */
  readonly versionFromPath?: string;
}

export interface ReadDumpOptions {
  /** Refuse files larger than this many bytes (default {@link MAX_DUMP_BYTES}). */
  readonly maxBytes?: number;
}

const EXPECTED_FILE = `a ${DUMP_FILE_NAME} file, or a folder that holds one (e.g. ../shared/api-dumps/0.734.0.7340915)`;

/** `path` itself, or `path/Full-API-Dump.json` when `path` is a folder. */
export function resolveDumpFile(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, DUMP_FILE_NAME) : path;
  } catch {
    return path;
  }
}

function readFailed(file: string, error: unknown): DumpError {
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'ENAMETOOLONG'
          ? 'the path is too long'
          : `cannot be read (${code ?? (error as Error).message})`;
  return new DumpError('DUMP_READ_FAILED', file, ROOT_PATH, problem, EXPECTED_FILE);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return `a folder without a ${DUMP_FILE_NAME}`;
  return 'not a regular file';
}

/** Throws unless `stats` describe a regular file of at most `maxBytes`. */
function checkFile(file: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new DumpError('DUMP_NOT_A_FILE', file, ROOT_PATH, `is ${kindOf(stats)}, not a regular file; it is not read`, EXPECTED_FILE);
  if (stats.size > maxBytes) throw tooLarge(file, stats.size, maxBytes);
}

function tooLarge(file: string, size: number, maxBytes: number): DumpError {
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
  return new DumpError(
    'DUMP_TOO_LARGE',
    file,
    ROOT_PATH,
    `is ${mib(size)} or more, over the ${mib(maxBytes)} a dump may have; it is not read`,
    'a real Full-API-Dump.json (under 5 MB today); the limit is MAX_DUMP_BYTES in codegen/dump/readDumpFile.ts',
  );
}

/** Reads the bytes of a dump file after checking what it is. Throws `DumpError`. */
export function readDumpBytes(path: string, options: ReadDumpOptions = {}): { file: string; bytes: Buffer } {
  const maxBytes = options.maxBytes ?? MAX_DUMP_BYTES;
  const file = resolveDumpFile(path);
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw readFailed(file, error);
  }
  checkFile(file, stats, maxBytes);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw readFailed(file, error);
  }
  try {
    const opened = fstatSync(fd);
    checkFile(file, opened, maxBytes);
    // One byte more than allowed, to notice a file that grew after the check.
    const bytes = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > maxBytes) throw tooLarge(file, length, maxBytes);
    return { file, bytes: bytes.subarray(0, length) };
  } catch (error) {
    if (error instanceof DumpError) throw error;
    throw readFailed(file, error);
  } finally {
    closeSync(fd);
  }
}

/** Reads a dump file as text (checked as in {@link readDumpBytes}, decoded as UTF-8). Throws `DumpError`. */
export function readDumpText(path: string, options: ReadDumpOptions = {}): { file: string; text: string } {
  const { file, bytes } = readDumpBytes(path, options);
  return { file, text: decodeDumpText(bytes, file) };
}

/** Reads and parses a dump named on the command line. Throws `DumpError`. */
export function readDumpFile(path: string, options: ReadDumpOptions = {}): ReadDump {
  const { file, text } = readDumpText(path, options);
  const folder = basename(join(file, '..'));
  return { file, text, ...parseDump(text, file), ...(isVersion(folder) ? { versionFromPath: folder } : {}) };
}
