/**
 * The one error type of the emitters. Each error has a stable `code`, names the input file and
 * the JSON path it is about, and says how to fix it; the CLI prints `message` as it is.
 */

import { CodegenError } from '../../errors/CodegenError.js';

export type EmitErrorCode =
  /** A type override names a class, member or parameter the dump does not have. */
  | 'EMIT_OVERRIDE_TARGET_MISSING'
  /** A type override was written for a dump type that has since changed. */
  | 'EMIT_OVERRIDE_STALE'
  /** A type name the type mapping does not know (a new primitive or group in a newer dump). */
  | 'EMIT_UNKNOWN_TYPE'
  /** Two dump entities would be declared under the same TypeScript name. */
  | 'EMIT_NAME_COLLISION'
  /** A class names a superclass the dump does not contain. */
  | 'EMIT_MISSING_SUPERCLASS'
  /** A dump name cannot be written where TypeScript needs an identifier. */
  | 'EMIT_INVALID_NAME';

export class EmitError extends CodegenError {
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    readonly code: EmitErrorCode,
    /** The input file the problem is in, e.g. `api-dump/Full-API-Dump.json`. */
    file: string,
    /** JSON path inside that file, e.g. `Classes[3].Members[1].Parameters[1]`. */
    jsonPath: string,
    detail: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(`${file}: ${jsonPath}: ${detail}\n  Fix: ${fix}`, { file, jsonPath, fix });
  }
}
