/**
 * The WebSocket transport over `ws`: one `MessageReceived`-sized data call per message (R6),
 * text or binary, every byte kept (R5). The handshake response (status and raw headers, from
 * ws's `upgrade` event) is reported when the socket opens.
 *
 * Choices (runtime/semantics.ts): no permessage-deflate, no redirects, automatic pong (R17),
 * `Close()` sends close code 1000 and waits at most `webSocketCloseTimeoutMs` for the peer's
 * close frame before the socket is destroyed (ws would wait 30 s and keep the process alive).
 * A `Sec-WebSocket-Protocol` request header becomes ws's subprotocol list, so ws accepts the
 * server's choice. The `Timeout` request option is enforced by the client (as for the HTTP
 * types), not by ws's handshakeTimeout.
 *
 * A connection lost while open is described the way the engine (libcurl) reports it: a reset
 * is curl error 56 with "Recv failure: Connection was reset" (the Windows text seen in Studio
 * output), a connection that just ends without a close frame is error 0 "No error"; a message
 * over the receive limit is curl's CURLE_TOO_LARGE (100); other receive errors are 56 with ws's
 * own description in the error buffer.
 */
import type { Socket } from 'node:net';
import { WebSocket, type ClientOptions, type RawData } from 'ws';
import { engineMessages } from '../errors/engineMessages.js';
import type { StreamRequest } from '../request/StreamRequest.js';
import { FOLLOW_REDIRECTS, WEBSOCKET_CLOSE_CODE, WEBSOCKET_PER_MESSAGE_DEFLATE } from '../semantics.js';
import { classifyTransportError } from './classifyTransportError.js';
import type { ResponseHead, Transport, TransportFailure, TransportListener, TransportSettings } from './Transport.js';

/** ws reports 1006 when the connection dropped without a close frame. */
const ABNORMAL_CLOSURE = 1006;

/** libcurl's error codes and texts used in "Failed ws recv" messages. */
const CURL_ERRORS = {
  ok: { code: 0, text: 'No error' },
  recvError: { code: 56, text: 'Failure when receiving data from the peer' },
  tooLarge: { code: 100, text: 'A value or data field grew larger than allowed' },
} as const;

export function openWebSocket(request: StreamRequest, settings: TransportSettings, listener: TransportListener): Transport {
  const protocols: string[] = [];
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() === 'sec-websocket-protocol')
      protocols.push(
        ...value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      );
    else headers[name] = value;
  }

  // `closeTimeout` exists in ws 8.23 but not yet in @types/ws; ws passes `maxHeaderSize` to http.request.
  const options: ClientOptions & { closeTimeout: number; maxHeaderSize: number } = {
    headers,
    perMessageDeflate: WEBSOCKET_PER_MESSAGE_DEFLATE,
    followRedirects: FOLLOW_REDIRECTS,
    autoPong: true,
    closeTimeout: settings.webSocketCloseTimeoutMs,
    maxPayload: settings.maxWebSocketMessageBytes,
    maxHeaderSize: settings.maxResponseHeaderBytes,
  };
  const socket = new WebSocket(request.url, protocols, options);
  let handshake: ResponseHead | undefined;
  let opened = false;
  let finished = false;
  /** The last error of the TCP socket itself (ws does not surface it once open). */
  let socketError: (Error & { code?: string }) | undefined;

  const fail = (failure: TransportFailure): void => {
    if (finished) return;
    finished = true;
    socket.terminate();
    listener.failure(failure);
  };

  socket.on('upgrade', (response) => {
    handshake = { status: response.statusCode ?? 101, statusText: response.statusMessage ?? '', rawHeaders: response.rawHeaders };
    (response.socket as Socket).on('error', (error) => (socketError = error));
  });
  socket.on('open', () => {
    opened = true;
    const head = handshake ?? { status: 101, statusText: '', rawHeaders: [] };
    handshake = undefined; // reported once; an open socket need not keep it (issue 14, idle heap)
    if (!finished) listener.head(head);
  });
  socket.on('message', (data, _isBinary) => {
    if (!finished) listener.data(toBuffer(data));
  });
  socket.on('unexpected-response', (_request, response) => {
    const status = response.statusCode ?? 0;
    response.resume();
    fail({ type: 'answer', status, message: engineMessages.webSocketRejected(status, response.statusMessage ?? '') });
  });
  socket.on('error', (error: Error & { code?: string }) => {
    if (!opened) {
      fail({ type: 'network', name: classifyTransportError(error), cause: error });
      return;
    }
    const curl = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? CURL_ERRORS.tooLarge : CURL_ERRORS.recvError;
    const detail =
      curl === CURL_ERRORS.tooLarge
        ? `message larger than the receive limit of ${settings.maxWebSocketMessageBytes} bytes (maxWebSocketMessageBytes)`
        : error.message;
    fail({ type: 'webSocketLost', curlCode: curl.code, curlText: curl.text, curlErrBuf: detail, cause: error });
  });
  socket.on('close', (code) => {
    if (finished) return;
    if (code !== ABNORMAL_CLOSURE) {
      finished = true;
      listener.end();
    } else if (!opened) {
      fail({ type: 'network', name: 'ConnectionClosed', cause: socketError });
    } else if (socketError?.code === 'ECONNRESET') {
      const { code: curlCode, text } = CURL_ERRORS.recvError;
      fail({ type: 'webSocketLost', curlCode, curlText: text, curlErrBuf: 'Recv failure: Connection was reset', cause: socketError });
    } else {
      const { code: curlCode, text } = CURL_ERRORS.ok;
      fail({ type: 'webSocketLost', curlCode, curlText: text, curlErrBuf: '', cause: socketError });
    }
  });

  return {
    send: (data) => {
      if (!finished && socket.readyState === WebSocket.OPEN) socket.send(data, { binary: false });
    },
    close: () => {
      if (finished) return;
      finished = true;
      // A clean close waits for the peer's close frame at most closeTimeout, then ws destroys the
      // socket; a handshake still in progress is aborted at once.
      if (socket.readyState === WebSocket.OPEN) socket.close(WEBSOCKET_CLOSE_CODE);
      else socket.terminate();
    },
  };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
