/**
 * Typed errors of the history log: each names the file, the JSON path when there is one, and
 * what to do about it. Codes are stable (tests and the CLI printer rely on them).
 */

import { CodegenError } from '../errors/CodegenError.js';

export type HistoryErrorCode =
  | 'HISTORY_INVALID' // history.json does not match its schema
  | 'HISTORY_SEED_INVALID' // history-seed.json does not match its schema
  | 'HISTORY_BUILDS_INVALID' // builds.json does not match Roblox's build-list shape
  | 'HISTORY_JSON_SYNTAX' // a file is not JSON
  | 'HISTORY_READ_FAILED' // a file cannot be read
  | 'HISTORY_VERSION_FORMAT' // a version is not a.b.c.d
  | 'HISTORY_VERSION_ORDER' // a version older than the latest recorded one
  | 'HISTORY_VERSION_CONFLICT' // a recorded version with different content
  | 'HISTORY_WOULD_DROP_BUILDS' // `history seed` would discard recorded dump builds
  | 'HISTORY_UNKNOWN_ENTITY'; // `history show` of something the log does not know

export class HistoryError extends CodegenError {
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    readonly code: HistoryErrorCode,
    /** The file concerned, as given by the caller. */
    file: string,
    /** JSON path inside the file (e.g. `builds[3].changes[0].action`), or '' for the whole file. */
    jsonPath: string,
    detail: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(`${file}${jsonPath === '' ? '' : ` at ${jsonPath}`}: ${detail}. ${fix}`, { file, jsonPath, fix });
  }
}
