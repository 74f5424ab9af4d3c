/**
 * RawStream: an HTTP stream with no format guarantee ([roblox-docs]). `Opened` fires for any
 * final status, 4xx and 5xx included, and the body then arrives through `MessageReceived` (R4);
 * one message per read, at most `maxReadBytes` each (R3), bytes untouched.
 */
import type { StreamRequest } from '../request/StreamRequest.js';
import { openHttpStream } from '../transports/openHttpStream.js';
import type { TransportSettings } from '../transports/Transport.js';
import type { Session, SessionListener, SessionSettings } from './Session.js';
import { splitRead } from './splitRead.js';

export function openRawStreamSession(request: StreamRequest, settings: SessionSettings & TransportSettings, listener: SessionListener): Session {
  const transport = openHttpStream(request, settings, {
    head: (head) => listener.head(head),
    data: (chunk) => {
      for (const part of splitRead(chunk, settings.maxReadBytes)) listener.data(part);
    },
    end: () => listener.end(),
    failure: (failure) => listener.failure(failure),
  });
  return { send: () => undefined, close: () => transport.close() };
}
