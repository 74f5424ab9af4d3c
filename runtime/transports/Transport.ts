/**
 * The contract between a transport (undici for SSE/RawStream, ws for WebSocket) and the session
 * above it: a transport reports the response head, raw data, a clean end, or one failure, and
 * after `close()` (or after reporting an end or a failure) it reports nothing more.
 */
import type { HttpErrorName } from '../errors/engineMessages.js';

/** The response head: status line parts and the raw header list (name, value, name, value, …). */
export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  /** Latin1 strings, original case and order, duplicates kept. */
  readonly rawHeaders: readonly string[];
}

/**
 * One failure, described by what happened rather than by the status it is reported with (the
 * client picks the status and text: runtime/client/describeFailure.ts).
 * - `answer`: the server answered in a way the client type refuses (an SSE response of another
 *   Content-Type, a refused WebSocket handshake); reported with the HTTP status and this text.
 * - `network`: no usable answer, or a timer ran out; reported as `HttpError: <name>` unless a
 *   `message` is given (a Node-side guard).
 * - `webSocketLost`: an open WebSocket lost its connection; reported in the engine's
 *   "Failed ws recv" form with a curl error code, its text and curl's error buffer.
 */
export type TransportFailure =
  | { readonly type: 'answer'; readonly status: number; readonly message: string; readonly cause?: unknown }
  | { readonly type: 'network'; readonly name: HttpErrorName; readonly message?: string; readonly cause?: unknown }
  | {
      readonly type: 'webSocketLost';
      readonly curlCode: number;
      readonly curlText: string;
      readonly curlErrBuf: string;
      readonly cause?: unknown;
    };

export interface TransportListener {
  /** HTTP: the final response head. WebSocket: the handshake response, once the socket is open. */
  head(head: ResponseHead): void;
  /** HTTP: one body chunk as read. WebSocket: one whole message. */
  data(chunk: Buffer): void;
  end(): void;
  failure(failure: TransportFailure): void;
}

export interface Transport {
  /** WebSocket: send one text frame. HTTP transports ignore it. */
  send(data: Buffer): void;
  /** Stop at once and release the socket; no listener call follows. */
  close(): void;
}

/** Settings shared by all transports of one HttpService (see HttpServiceOptions). */
export interface TransportSettings {
  readonly undiciBodyTimeoutMs: number;
  readonly undiciHeadersTimeoutMs: number;
  /** SSE/RawStream: silence after the response head that ends the stream; Infinity for none. */
  readonly inactivityTimeoutMs: number;
  readonly maxResponseHeaderBytes: number;
  readonly maxWebSocketMessageBytes: number;
  readonly webSocketCloseTimeoutMs: number;
}
