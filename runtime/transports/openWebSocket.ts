/**
 * The WebSocket transport over `ws`: one `MessageReceived`-sized data call per message (R6),
 * text or binary, every byte kept (R5). The handshake response (status and raw headers, from
 * ws's `upgrade` event) is reported when the socket opens.
 *
 * Choices (runtime/semantics.ts): no permessage-deflate, no redirects, automatic pong (R17),
 * `Close()` sends close code 1000. A `Sec-WebSocket-Protocol` request header becomes ws's
 * subprotocol list, so ws accepts the server's choice. The `Timeout` request option is enforced
 * by the client (as for the HTTP types), not by ws's handshakeTimeout.
 */
import { WebSocket, type RawData } from 'ws';
import { engineMessages } from '../errors/engineMessages.js';
import type { StreamRequest } from '../request/StreamRequest.js';
import {
  FOLLOW_REDIRECTS,
  NETWORK_FAILURE_STATUS,
  WEBSOCKET_CLOSE_CODE,
  WEBSOCKET_PER_MESSAGE_DEFLATE,
} from '../semantics.js';
import { classifyTransportError } from './classifyTransportError.js';
import type { ResponseHead, Transport, TransportListener } from './Transport.js';

/** ws reports 1006 when the connection dropped without a close frame. */
const ABNORMAL_CLOSURE = 1006;

export function openWebSocket(request: StreamRequest, listener: TransportListener): Transport {
  const protocols: string[] = [];
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() === 'sec-websocket-protocol') protocols.push(...value.split(',').map((part) => part.trim()).filter(Boolean));
    else headers[name] = value;
  }

  const socket = new WebSocket(request.url, protocols, {
    headers,
    perMessageDeflate: WEBSOCKET_PER_MESSAGE_DEFLATE,
    followRedirects: FOLLOW_REDIRECTS,
    autoPong: true,
  });
  let handshake: ResponseHead | undefined;
  let finished = false;

  const fail = (status: number, message: string, cause?: unknown): void => {
    if (finished) return;
    finished = true;
    socket.terminate();
    listener.failure({ status, message, cause });
  };

  socket.on('upgrade', (response) => {
    handshake = { status: response.statusCode ?? 101, statusText: response.statusMessage ?? '', rawHeaders: response.rawHeaders };
  });
  socket.on('open', () => {
    if (!finished) listener.head(handshake ?? { status: 101, statusText: '', rawHeaders: [] });
  });
  socket.on('message', (data, _isBinary) => {
    if (!finished) listener.data(toBuffer(data));
  });
  socket.on('unexpected-response', (_request, response) => {
    const status = response.statusCode ?? NETWORK_FAILURE_STATUS;
    fail(status, engineMessages.webSocketRejected(status, response.statusMessage ?? ''));
  });
  socket.on('error', (error) => {
    fail(NETWORK_FAILURE_STATUS, engineMessages.httpError(classifyTransportError(error)), error);
  });
  socket.on('close', (code) => {
    if (finished) return;
    if (code === ABNORMAL_CLOSURE) {
      fail(NETWORK_FAILURE_STATUS, engineMessages.httpError('ConnectionClosed'));
      return;
    }
    finished = true;
    listener.end();
  });

  return {
    send: (data) => {
      if (!finished && socket.readyState === WebSocket.OPEN) socket.send(data, { binary: false });
    },
    close: () => {
      if (finished) return;
      finished = true;
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
