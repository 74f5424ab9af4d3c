/**
 * Typed errors of diff and patch. Each has a stable `code` and a message that says what was
 * expected, what was found and how to fix it.
 */

import { CodegenError } from '../errors/CodegenError.js';

/** The two dumps cannot be compared with the change vocabulary. */
export class DiffError extends CodegenError {
  constructor(
    readonly code: 'DIFF_FORMAT_VERSION' | 'DIFF_TOP_LEVEL' | 'DIFF_INCOMPLETE',
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}

const PATCH_FIX = 'recreate it with `rbx-webstream diff <old> <new>` from the dump you patch';

/** A change of a diff does not apply to the dump it is patched onto. */
export class PatchError extends CodegenError {
  readonly code = 'PATCH_CONFLICT';
  constructor(
    /** Index of the offending change in the diff. */
    readonly changeIndex: number,
    /** The entity the change names, e.g. `Function WebStreamClient.Send`. */
    readonly entity: string,
    detail: string,
  ) {
    super(`Change #${changeIndex} (${entity}) does not apply: ${detail}. ` + `The diff was probably made against a different dump; ${PATCH_FIX}.`, {
      fix: PATCH_FIX,
    });
  }
}
