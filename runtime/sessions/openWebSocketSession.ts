/**
 * WebSocket: the ws transport maps one-to-one onto the client events (R5, R6): the handshake
 * response opens, each message is one `MessageReceived`, a close frame ends, a dropped
 * connection or a refused handshake fails.
 */
import type { StreamRequest } from '../request/StreamRequest.js';
import { WEBSOCKET_OPENED_STATUS } from '../semantics.js';
import { openWebSocket } from '../transports/openWebSocket.js';
import type { ResponseHead, TransportFailure, TransportListener, TransportSettings } from '../transports/Transport.js';
import type { Session, SessionListener } from './Session.js';

export function openWebSocketSession(request: StreamRequest, settings: TransportSettings, listener: SessionListener): Session {
  return openWebSocket(request, settings, new WebSocketEvents(listener));
}

/** The transport's reports in the session's terms (one small object per client, issue 14). */
class WebSocketEvents implements TransportListener {
  readonly #listener: SessionListener;

  constructor(listener: SessionListener) {
    this.#listener = listener;
  }

  head(head: ResponseHead): void {
    this.#listener.opened(WEBSOCKET_OPENED_STATUS === 'handshake' ? head : { ...head, status: WEBSOCKET_OPENED_STATUS });
  }

  data(chunk: Buffer): void {
    this.#listener.message(chunk);
  }

  end(): void {
    this.#listener.ended();
  }

  failure(failure: TransportFailure): void {
    this.#listener.failed(failure);
  }
}
