/**
 * The typed error of the dump parser. Every failure to read a `Full-API-Dump.json` is a
 * `DumpError` with a stable `code`, the file, the JSON path of the offending value
 * (`Classes[12].Members[3].MemberType`) and what was expected there, so the CLI can print it on
 * two lines without a stack trace.
 */

import { CodegenError } from '../errors/CodegenError.js';

export type DumpErrorCode =
  /** The file could not be read (missing, a folder, no permission). */
  | 'DUMP_READ_FAILED'
  /** Not a regular file (a FIFO, a device such as /dev/zero, a socket): refused before reading. */
  | 'DUMP_NOT_A_FILE'
  /** Larger than the limit (`MAX_DUMP_BYTES`, 64 MiB; `--max-bytes` for downloads): refused before reading. */
  | 'DUMP_TOO_LARGE'
  /** Not UTF-8: UTF-16/UTF-32, or a byte sequence that is not UTF-8 (the offset is named). */
  | 'DUMP_ENCODING'
  /** The text is not JSON (plain text, a bad literal, a trailing comma, truncated, ...). */
  | 'DUMP_INVALID_JSON'
  /** A field the parser does not know is nested deeper than it keeps (`MAX_UNKNOWN_FIELD_DEPTH`). */
  | 'DUMP_TOO_DEEP'
  /** A name holds a NUL character or a lone UTF-16 surrogate. */
  | 'DUMP_BAD_NAME'
  /** A value has the wrong type or shape, or a required field is missing. */
  | 'DUMP_SCHEMA'
  | 'DUMP_DUPLICATE_CLASS'
  | 'DUMP_DUPLICATE_MEMBER'
  | 'DUMP_DUPLICATE_ENUM'
  | 'DUMP_DUPLICATE_ENUM_ITEM'
  | 'DUMP_UNKNOWN_SUPERCLASS'
  | 'DUMP_CYCLIC_SUPERCLASS';

/** The JSON path used for problems with the file as a whole. */
export const ROOT_PATH = '(root)';

export class DumpError extends CodegenError {
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    readonly code: DumpErrorCode,
    /** The file as the user named it. */
    file: string,
    /** JSON path of the offending value, e.g. `Classes[12].Members[3].MemberType`. */
    jsonPath: string,
    /** What is wrong, in a short clause: `unknown MemberType "Method"`. */
    readonly problem: string,
    /** What would be valid there (the fix): `one of "Property", "Function", "Event", "Callback"`. */
    fix: string,
  ) {
    super(jsonPath === ROOT_PATH ? `${file}: ${problem}` : `${file} at ${jsonPath}: ${problem}`, { file, jsonPath, fix });
  }
}
