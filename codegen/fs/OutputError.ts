/**
 * The typed error of writing output (`slice --out`, `generate`, `generate --all --out`,
 * `update`). Ordinary path mistakes — a folder where a file goes, a file where a folder goes, a
 * name too long for the file system, no permission, a full disk — are the user's to fix, so
 * each has a code and the fix; none is reported as a bug. When one of them is raised, nothing
 * of the output has changed (see `commitFiles.ts`, `writeFolder.ts`).
 */
import { CodegenError } from '../errors/CodegenError.js';

export type OutputErrorCode =
  /** The output file named is a folder (EISDIR). */
  | 'OUTPUT_IS_FOLDER'
  /** The output folder named, or a folder on the way to a file, is a file (ENOTDIR, EEXIST). */
  | 'OUTPUT_NOT_FOLDER'
  /** A file name or path is longer than the file system allows (ENAMETOOLONG). */
  | 'OUTPUT_NAME_TOO_LONG'
  /** No permission, or a read-only file system (EACCES, EPERM, EROFS). */
  | 'OUTPUT_PERMISSION'
  /** The disk or a quota is full (ENOSPC, EDQUOT). */
  | 'OUTPUT_NO_SPACE'
  /** The output folder is one the command must not write into (e.g. `generate --all --out generated`). */
  | 'OUTPUT_PROTECTED'
  /** Any other failure to write; every file was put back as it was. */
  | 'OUTPUT_WRITE_FAILED';

export class OutputError extends CodegenError {
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}

/** Turns a Node file-system error met while writing `path` into an `OutputError`. */
export function outputErrorOf(error: unknown, path: string, rolledBack = ' nothing was written'): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const done = `;${rolledBack}`;
  switch (code) {
    case 'EISDIR':
      return new OutputError(
        'OUTPUT_IS_FOLDER',
        `${path} is a folder, where a file is to be written${done}`,
        'name a file (e.g. --out slice.json), not a folder',
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new OutputError(
        'OUTPUT_NOT_FOLDER',
        `${path}: a part of this path is a file, where a folder is needed${done}`,
        'name a folder that does not exist yet or is a folder (e.g. --out /tmp/roblox-api), not a file',
      );
    case 'ENAMETOOLONG':
      return new OutputError(
        'OUTPUT_NAME_TOO_LONG',
        `${path}: a file name or the path is longer than the file system allows${done}`,
        'write to a shorter folder path; a name this long in a dump is unusual (a damaged or crafted dump?)',
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputError(
        'OUTPUT_PERMISSION',
        `${path}: no permission to write here (${code})${done}`,
        'write somewhere you may write, or fix the permissions',
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError('OUTPUT_NO_SPACE', `${path}: the disk is full (${code})${done}`, 'free some space and run the command again');
    default:
      return new OutputError(
        'OUTPUT_WRITE_FAILED',
        `${path}: writing failed (${code ?? (error as Error).message})${done}`,
        'fix the cause and run the command again',
      );
  }
}
