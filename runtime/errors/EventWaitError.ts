/**
 * Rejection of `waitForEvent` (runtime/client/waitForEvent.ts): the awaited event did not come
 * because the time ran out, the client failed or closed first, or the wait was aborted. The
 * `code` says which; `status` and `errorMessage` carry the client's `Error(status, message)`
 * when it failed.
 */
import { WebStreamError, type WebStreamErrorCode } from './WebStreamError.js';

export type EventWaitFailure = 'timeout' | 'failed' | 'closed' | 'aborted';

const CODES: Readonly<Record<EventWaitFailure, WebStreamErrorCode>> = {
  timeout: 'WSC_ERR_WAIT_TIMEOUT',
  failed: 'WSC_ERR_WAIT_CLIENT_FAILED',
  closed: 'WSC_ERR_WAIT_CLIENT_CLOSED',
  aborted: 'WSC_ERR_WAIT_ABORTED',
};

export class EventWaitError extends WebStreamError {
  override readonly name = 'EventWaitError';
  /** The event that was awaited. */
  readonly event: string;
  readonly reason: EventWaitFailure;
  /** The status of the client's `Error` event (reason "failed"). */
  readonly status: number | undefined;
  /** The message of the client's `Error` event (reason "failed"). */
  readonly errorMessage: string | undefined;

  constructor(reason: EventWaitFailure, event: string, message: string, details: { status?: number; errorMessage?: string; cause?: unknown } = {}) {
    super(CODES[reason], message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = reason;
    this.event = event;
    this.status = details.status;
    this.errorMessage = details.errorMessage;
  }
}
