/**
 * Thrown for JavaScript-side misuse that has no Luau equivalent: a non-function handler, a
 * string that is not a byte string, a `Send` that is not UTF-8, a bad `createHttpService` option.
 */
import { WebStreamError } from './WebStreamError.js';

export class UsageError extends WebStreamError {
  override readonly name = 'UsageError';
}
