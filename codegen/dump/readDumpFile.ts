/**
 * The I/O edge of the parser: reads a dump named on the command line — a `Full-API-Dump.json`
 * or a folder holding one, as in `../shared/api-dumps/<version>/` — and parses it. A file that
 * cannot be read becomes a `DumpError` (`DUMP_READ_FAILED`), never a raw Node error.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DumpError, ROOT_PATH } from './errors.js';
import { parseDump, type ParsedDump } from './parseDump.js';

export interface ReadDump extends ParsedDump {
  /** The file actually read (the folder's `Full-API-Dump.json` when a folder was named). */
  readonly file: string;
  readonly text: string;
}

export const DUMP_FILE_NAME = 'Full-API-Dump.json';

/** `path` itself, or `path/Full-API-Dump.json` when `path` is a folder. */
export function resolveDumpFile(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, DUMP_FILE_NAME) : path;
  } catch {
    return path;
  }
}

export function readDumpText(path: string): { file: string; text: string } {
  const file = resolveDumpFile(path);
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? (error as Error).message})`;
    throw new DumpError('DUMP_READ_FAILED', file, ROOT_PATH, problem, `a ${DUMP_FILE_NAME} file, or a folder that holds one (e.g. ../shared/api-dumps/0.734.0.7340915)`);
  }
}

export function readDumpFile(path: string): ReadDump {
  const { file, text } = readDumpText(path);
  return { file, text, ...parseDump(text, file) };
}
