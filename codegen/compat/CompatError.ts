/** Typed errors of `rbx-webstream compat`, with stable codes. */
import { CodegenError } from '../errors/CodegenError.js';

export type CompatErrorCode =
  /** A path given to `compat` does not exist. */
  | 'COMPAT_PATH_MISSING'
  /** No TypeScript or Luau source under the given paths. */
  | 'COMPAT_NO_SOURCES'
  /** Luau sources were given but luau-lsp or Roblox's definitions for it cannot be found. */
  | 'COMPAT_LUAU_LSP_MISSING'
  /** luau-lsp ran but did not check the files (it crashed, or could not load the definitions). */
  | 'COMPAT_LUAU_LSP_FAILED'
  /** The check found uses newer than the target (exit 1, like a failed `generate --check`). */
  | 'COMPAT_NEWER_USES';

export class CompatError extends CodegenError {
  constructor(
    readonly code: CompatErrorCode,
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}
