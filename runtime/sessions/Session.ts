/**
 * What a client type makes of a transport: opened, a message, ended or failed, in the terms
 * of the WebStreamClient events. One session implementation per client type
 * (openSseSession, openRawStreamSession, openWebSocketSession); the client state machine only
 * sees this interface.
 */
import type { ResponseHead, TransportFailure, TransportListener } from '../transports/Transport.js';

/**
 * The methods have the transport's names (TransportListener), so a session whose events are the
 * transport's reports one to one (WebSocket) hands its listener to the transport as is, with no
 * object in between (issue 14, idle heap).
 */
export interface SessionListener extends TransportListener {
  /** The stream opened (`Opened`) with this response head. */
  head(head: ResponseHead): void;
  /**
   * One message: its bytes, or the same bytes as a byte string (one char per byte, latin1), then
   * with `isAscii` true when every byte is below 0x80.
   */
  data(bytes: Uint8Array | string, isAscii?: boolean): void;
  /** A clean end. */
  end(): void;
  failure(failure: TransportFailure): void;
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
