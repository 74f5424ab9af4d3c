/**
 * WebSocket: the ws transport maps one-to-one onto the client events (R5, R6): the handshake
 * response opens, each message is one `MessageReceived`, a close frame ends, a dropped
 * connection or a refused handshake fails.
 */
import type { StreamRequest } from '../request/StreamRequest.js';
import { WEBSOCKET_OPENED_STATUS } from '../semantics.js';
import { openWebSocket } from '../transports/openWebSocket.js';
import type { TransportSettings } from '../transports/Transport.js';
import type { Session, SessionListener } from './Session.js';

export function openWebSocketSession(request: StreamRequest, settings: TransportSettings, listener: SessionListener): Session {
  return openWebSocket(request, settings, {
    head: (head) => listener.opened(WEBSOCKET_OPENED_STATUS === 'handshake' ? head : { ...head, status: WEBSOCKET_OPENED_STATUS }),
    data: (chunk) => listener.message(chunk),
    end: () => listener.ended(),
    failure: (failure) => listener.failed(failure),
  });
}
