/**
 * WebSocket: the ws transport maps one-to-one onto the client events (R5, R6): the handshake
 * response opens, each message is one `MessageReceived`, a close frame ends, a dropped
 * connection or a refused handshake fails. So the session's listener is the transport's listener
 * itself, unless Opened is to report a fixed status instead of the handshake's
 * (`WEBSOCKET_OPENED_STATUS`).
 */
import type { StreamRequest } from '../request/StreamRequest.js';
import { WEBSOCKET_OPENED_STATUS } from '../semantics.js';
import { openWebSocket } from '../transports/openWebSocket.js';
import type { TransportListener, TransportSettings } from '../transports/Transport.js';
import type { Session, SessionListener } from './Session.js';

export function openWebSocketSession(request: StreamRequest, settings: TransportSettings, listener: SessionListener): Session {
  return openWebSocket(request, settings, WEBSOCKET_OPENED_STATUS === 'handshake' ? listener : withOpenedStatus(listener, WEBSOCKET_OPENED_STATUS));
}

/** Passes everything on, with `status` in place of the handshake's status in the opening head. */
function withOpenedStatus(listener: SessionListener, status: number): TransportListener {
  return {
    head: (head) => listener.head({ ...head, status }),
    data: (chunk) => listener.data(chunk),
    end: () => listener.end(),
    failure: (failure) => listener.failure(failure),
  };
}
