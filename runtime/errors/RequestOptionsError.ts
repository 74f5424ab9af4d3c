/**
 * Thrown synchronously by `CreateWebStreamClient` when the client type or the request table is
 * invalid. `field` names the offending request field (e.g. `Headers.Host`), if any.
 */
import { WebStreamError, type WebStreamErrorCode } from './WebStreamError.js';

export class RequestOptionsError extends WebStreamError {
  override readonly name = 'RequestOptionsError';
  readonly field: string | undefined;

  constructor(code: WebStreamErrorCode, message: string, field?: string) {
    super(code, message);
    this.field = field;
  }
}
