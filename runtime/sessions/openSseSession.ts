/**
 * SSE: an HTTP stream whose response must have Content-Type text/event-stream and a 2xx status;
 * anything else fails the client (Error with the status, then Closed) without Opened.
 *
 * The Content-Type is checked first (`SSE_CONTENT_TYPE_FIRST`): the engine reports
 * "Invalid Content-Type header for SSE client" also for a 4xx/5xx reply with a JSON body
 * (second-hand evidence, docs/semantics.md). A non-2xx reply that does say text/event-stream
 * still fails, with our own text naming the status.
 *
 * Messages ([R1]/[R2], `sseMessageMode`): "read" delivers each read as is (at most
 * `maxReadBytes`); "block" delivers each event block's raw bytes through the pure parser.
 * No reconnect (R16).
 */
import { engineMessages } from '../errors/engineMessages.js';
import type { StreamRequest } from '../request/StreamRequest.js';
import { createEventStreamParser } from '../sse/createEventStreamParser.js';
import { openHttpStream } from '../transports/openHttpStream.js';
import type { ResponseHead, TransportSettings } from '../transports/Transport.js';
import { findHeader, isEventStreamContentType } from './isEventStreamContentType.js';
import type { Session, SessionListener, SessionSettings } from './Session.js';
import { splitRead } from './splitRead.js';

export function openSseSession(request: StreamRequest, settings: SessionSettings & TransportSettings, listener: SessionListener): Session {
  let failedEarly = false;
  const parser = createEventStreamParser(
    {
      // Blocks as byte strings: the parser decodes each read once and slices it per block.
      onBlockText: (raw, isAscii) => listener.data(raw, isAscii),
      onError: (error) => {
        transport.close();
        listener.failure({ type: 'network', name: 'Unknown', message: error.message, cause: error });
      },
    },
    { maxBlockBytes: settings.maxSseBlockBytes },
  );

  const transport = openHttpStream(request, settings, {
    head: (head) => {
      const problem = checkSseResponse(head, settings.sseContentTypeFirst);
      if (problem !== undefined) {
        failedEarly = true;
        transport.close();
        listener.failure({ type: 'answer', status: head.status, message: problem });
        return;
      }
      listener.head(head);
    },
    data: (chunk) => {
      if (failedEarly) return;
      if (settings.sseMessageMode === 'read') {
        for (const part of splitRead(chunk, settings.maxReadBytes)) listener.data(part);
      } else {
        parser.feed(chunk);
      }
    },
    end: () => {
      parser.end();
      listener.end();
    },
    failure: (failure) => listener.failure(failure),
  });

  return { send: () => undefined, close: () => transport.close() };
}

/** The text of the failure an SSE response head causes, or undefined when it opens the stream. */
function checkSseResponse(head: ResponseHead, contentTypeFirst: boolean): string | undefined {
  const contentType = findHeader(head.rawHeaders, 'content-type');
  const badType = isEventStreamContentType(contentType) ? undefined : engineMessages.sseInvalidContentType();
  const badStatus = head.status >= 200 && head.status <= 299 ? undefined : engineMessages.sseBadStatus(head.status, head.statusText);
  return contentTypeFirst ? (badType ?? badStatus) : (badStatus ?? badType);
}
