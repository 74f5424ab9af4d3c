/**
 * Typed errors of `rbx-webstream update`, with stable codes and the fix. Errors of the steps
 * the update reuses (DumpError, DocsError, HistoryError, GenerateError) keep their own codes.
 */

import { CodegenError } from '../errors/CodegenError.js';

export type UpdateErrorCode =
  /** The server answered with an HTTP status that is not success (4xx at once, 5xx after the last retry). */
  | 'UPDATE_HTTP_STATUS'
  /** The request failed below HTTP (refused, reset, timed out, name not found) on every attempt. */
  | 'UPDATE_NETWORK'
  /** A download did not complete within its deadline (`--deadline`; a server dribbling bytes). */
  | 'UPDATE_DEADLINE'
  /** A response is larger than the cap (`--max-bytes`, 64 MiB by default). */
  | 'UPDATE_TOO_LARGE'
  /** The client-version endpoint answered something that is not `{version, clientVersionUpload}`. */
  | 'UPDATE_VERSION_RESPONSE'
  /** The command line asks for something impossible (e.g. `--dump` without `--build`). */
  | 'UPDATE_OPTIONS'
  /** The working tree is not one `update` can work on (no api-dump/history.json, ...). */
  | 'UPDATE_ROOT'
  /** Moving the staged files into place failed; every file was put back as it was. */
  | 'UPDATE_COMMIT_FAILED';

export class UpdateError extends CodegenError {
  constructor(
    readonly code: UpdateErrorCode,
    message: string,
    /** What to do about it. */
    fix: string,
  ) {
    super(message, { fix });
  }
}
