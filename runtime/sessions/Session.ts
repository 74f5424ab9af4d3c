/**
 * What a client type makes of a transport: `opened`, `message`, `ended` or `failed`, in the terms
 * of the WebStreamClient events. One session implementation per client type
 * (openSseSession, openRawStreamSession, openWebSocketSession); the client state machine only
 * sees this interface.
 */
import type { ResponseHead, TransportFailure } from '../transports/Transport.js';

export interface SessionListener {
  opened(head: ResponseHead): void;
  /**
   * One message: its bytes, or the same bytes as a byte string (one char per byte, latin1), then
   * with `isAscii` true when every byte is below 0x80.
   */
  message(bytes: Uint8Array | string, isAscii?: boolean): void;
  ended(): void;
  failed(failure: TransportFailure): void;
}

export interface Session {
  send(data: Buffer): void;
  close(): void;
}

/** Session settings chosen per HttpService (see HttpServiceOptions). */
export interface SessionSettings {
  readonly sseMessageMode: 'block' | 'read';
  /** Check the SSE Content-Type before the status (`SSE_CONTENT_TYPE_FIRST`). */
  readonly sseContentTypeFirst: boolean;
  readonly maxReadBytes: number;
  readonly maxSseBlockBytes: number;
}
