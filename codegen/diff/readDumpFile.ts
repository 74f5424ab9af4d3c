/**
 * Reads and parses a dump named on the command line: a `Full-API-Dump.json` file, or a folder
 * holding one (as in `../shared/api-dumps/<version>/`). The only file reading of diff.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dump, DumpWarning } from '../dump/types.js';
import { parseDump } from '../dump/parseDump.js';
import { DumpError, ROOT_PATH } from '../dump/errors.js';
import { isVersion } from '../dump/versions.js';

export interface LoadedDump {
  readonly file: string;
  readonly dump: Dump;
  readonly warnings: readonly DumpWarning[];
  /** The version the folder is named after (`…/0.734.0.7340915/Full-API-Dump.json`), if any. */
  readonly versionFromPath?: string;
}

export function dumpFilePath(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, 'Full-API-Dump.json') : path;
  } catch {
    return path;
  }
}

export function readDumpFile(path: string): LoadedDump {
  const file = dumpFilePath(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DumpError(
      'DUMP_READ_FAILED',
      file,
      ROOT_PATH,
      missing ? 'no such file' : `the file cannot be read (${(error as Error).message})`,
      'a Full-API-Dump.json, or a folder that holds one (e.g. ../shared/api-dumps/0.734.0.7340915)',
    );
  }
  const { dump, warnings } = parseDump(text, file);
  const folder = basename(join(file, '..'));
  return { file, dump, warnings, ...(isVersion(folder) ? { versionFromPath: folder } : {}) };
}
