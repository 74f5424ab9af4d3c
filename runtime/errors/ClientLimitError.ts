/**
 * Thrown by `CreateWebStreamClient` when the live-client limit is reached (R9: the 7th client
 * raises an error rather than firing an `Error` event).
 */
import { WebStreamError } from './WebStreamError.js';

export class ClientLimitError extends WebStreamError {
  override readonly name = 'ClientLimitError';
  /** The limit that was hit (6 unless the HttpService was configured otherwise). */
  readonly limit: number;

  constructor(message: string, limit: number) {
    super('WSC_ERR_TOO_MANY_CLIENTS', message);
    this.limit = limit;
  }
}
