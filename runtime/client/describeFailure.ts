/**
 * Turns a failure (what happened) into the `Error(status, message)` a script sees, by the
 * service's `failureReporting` (decision and sources in runtime/semantics.ts,
 * `DEFAULT_FAILURE_REPORTING`; table in docs/semantics.md, "Failures").
 */
import { engineMessages } from '../errors/engineMessages.js';
import type { StreamKind } from '../request/StreamRequest.js';
import { GENERIC_FAILURE_STATUS, HTTP_STREAM_NO_RESPONSE_STATUS, WEBSOCKET_FAILURE_STATUS, type FailureReporting } from '../semantics.js';
import type { TransportFailure } from '../transports/Transport.js';

export interface FailureContext {
  readonly kind: StreamKind;
  /** The status of the response head, once one arrived (SSE/RawStream Opened). */
  readonly responseStatus: number | undefined;
  readonly reporting: FailureReporting;
}

export interface FailureReport {
  readonly status: number;
  readonly message: string;
}

export function describeFailure(failure: TransportFailure, context: FailureContext): FailureReport {
  if (failure.type === 'answer') return { status: failure.status, message: failure.message };
  const generic = context.reporting === 'generic';
  if (failure.type === 'webSocketLost') {
    if (generic) return { status: GENERIC_FAILURE_STATUS, message: engineMessages.httpError('ConnectionClosed') };
    return {
      status: WEBSOCKET_FAILURE_STATUS,
      message: engineMessages.webSocketRecvFailed(failure.curlCode, failure.curlText, failure.curlErrBuf),
    };
  }
  const message = failure.message ?? engineMessages.httpError(failure.name);
  if (generic) return { status: GENERIC_FAILURE_STATUS, message };
  if (context.kind === 'WebSocket') return { status: WEBSOCKET_FAILURE_STATUS, message };
  return { status: context.responseStatus ?? HTTP_STREAM_NO_RESPONSE_STATUS, message };
}
