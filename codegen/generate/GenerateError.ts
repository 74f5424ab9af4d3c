/** Typed errors of the `generate` pipeline, with stable codes and the fix. */

import { CodegenError } from '../errors/CodegenError.js';

export type GenerateErrorCode =
  /** A file `generate` reads is missing or unreadable. */
  | 'GENERATE_INPUT_MISSING'
  /** An emitter returned a path that is absolute, climbs out of the output folder or is not normalised. */
  | 'GENERATE_BAD_PATH'
  /** Two emitters (or one, twice) returned the same path. */
  | 'GENERATE_DUPLICATE_PATH'
  /** `generate --check`: the files on disk differ from what the input gives. */
  | 'GENERATE_OUT_OF_DATE'
  /** The workspace root package.json, read for the typings package's manifest, lacks a field. */
  | 'GENERATE_PROJECT_MANIFEST';

export class GenerateError extends CodegenError {
  constructor(
    readonly code: GenerateErrorCode,
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}
