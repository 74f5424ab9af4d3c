/** Typed errors of pinning the slice to an older engine build (`--api-version`), with stable codes. */
import { CodegenError } from '../errors/CodegenError.js';

export type PinErrorCode =
  /** `--api-version` is not a version (`0.686`, `686` or `0.686.0.6860866`). */
  | 'PIN_BAD_VERSION'
  /** Pinning needs the history log, and there is none. */
  | 'PIN_NO_HISTORY'
  /** The requested build is older than every build the history knows. */
  | 'PIN_UNKNOWN_BUILD'
  /** A class of the slice did not exist yet at the requested build, so there is no slice to describe. */
  | 'PIN_BEFORE_SLICE'
  /** After pinning, a member still names a class or enum that did not exist at that build. */
  | 'PIN_DANGLING_TYPE';

export class PinError extends CodegenError {
  constructor(
    readonly code: PinErrorCode,
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}
