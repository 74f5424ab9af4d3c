/**
 * Reported by the SSE framer (never thrown) when one event block grows past the configured
 * maximum without its terminating blank line. The client turns it into `Error` then `Closed`.
 */
import { WebStreamError } from './WebStreamError.js';

export class SseBlockTooLargeError extends WebStreamError {
  override readonly name = 'SseBlockTooLargeError';
  readonly maxBlockBytes: number;

  constructor(maxBlockBytes: number) {
    super(
      'WSC_ERR_SSE_BLOCK_TOO_LARGE',
      `SSE event block exceeded ${maxBlockBytes} bytes without a terminating blank line; ` +
        'send a blank line after each event or raise maxSseBlockBytes in createHttpService()',
    );
    this.maxBlockBytes = maxBlockBytes;
  }
}
