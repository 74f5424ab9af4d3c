/**
 * The contract between a transport (undici for SSE/RawStream, ws for WebSocket) and the session
 * above it: a transport reports the response head, raw data, a clean end, or one failure, and
 * after `close()` (or after reporting an end or a failure) it reports nothing more.
 */

/** The response head: status line parts and the raw header list (name, value, name, value, …). */
export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  /** Latin1 strings, original case and order, duplicates kept. */
  readonly rawHeaders: readonly string[];
}

export interface TransportFailure {
  /** HTTP status when the failure is an HTTP answer, else `NETWORK_FAILURE_STATUS`. */
  readonly status: number;
  readonly message: string;
  readonly cause?: unknown;
}

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

/** Settings shared by all transports of one HttpService. */
export interface TransportSettings {
  readonly undiciBodyTimeoutMs: number;
  readonly undiciHeadersTimeoutMs: number;
}
