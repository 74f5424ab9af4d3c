/**
 * A validated, normalised request: what `validateRequestOptions` produces from the script's
 * request table and what the transports consume.
 */
import type { RequestMethod } from './requestPolicy.js';

export type StreamKind = 'SSE' | 'RawStream' | 'WebSocket';

export interface StreamRequest {
  readonly kind: StreamKind;
  readonly url: URL;
  readonly method: RequestMethod;
  /** Header name/value pairs in sending order, names in the script's case. */
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
  readonly body: Buffer | undefined;
  /** Time allowed until the response head (or WebSocket handshake), from `Timeout`. */
  readonly timeoutMs: number | undefined;
}
