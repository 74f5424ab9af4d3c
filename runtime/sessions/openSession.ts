/** Picks the session implementation for a request's client type. */
import type { StreamRequest } from '../request/StreamRequest.js';
import type { TransportSettings } from '../transports/Transport.js';
import { openRawStreamSession } from './openRawStreamSession.js';
import { openSseSession } from './openSseSession.js';
import { openWebSocketSession } from './openWebSocketSession.js';
import type { Session, SessionListener, SessionSettings } from './Session.js';

export function openSession(request: StreamRequest, settings: SessionSettings & TransportSettings, listener: SessionListener): Session {
  switch (request.kind) {
    case 'SSE':
      return openSseSession(request, settings, listener);
    case 'RawStream':
      return openRawStreamSession(request, settings, listener);
    case 'WebSocket':
      return openWebSocketSession(request, settings, listener);
    default: {
      const unknownKind: never = request.kind;
      throw new Error(`No session for client type ${String(unknownKind)}`);
    }
  }
}
