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
 *
 * Cost (issue 14): an open client is mostly ws's own objects, so this layer adds one small
 * object (`WebSocketTransport`, methods on the prototype) and one field on the socket. The socket
 * is private to its transport and nothing else listens to it, so rather than an EventEmitter
 * listener per event (a closure and a listener entry each, per client), the socket's `emit`
 * hands ws's events straight to the transport. The TCP socket's own error is read from the
 * socket (`errored`) when the connection drops, instead of from an `error` listener.
 */
import { Buffer } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
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

const OPENED = 1;
const FINISHED = 2;

/** The handshake response before the socket opened, when ws reported none (kept for safety). */
const NO_HANDSHAKE: ResponseHead = Object.freeze({ status: 101, statusText: '', rawHeaders: Object.freeze([]) });

export function openWebSocket(request: StreamRequest, settings: TransportSettings, listener: TransportListener): Transport {
  return new WebSocketTransport(request, settings, listener);
}

/** A ws socket that reports its events to one transport and to no one else. */
class TransportSocket extends WebSocket {
  readonly #transport: WebSocketTransport;

  constructor(url: URL, protocols: string[], options: ClientOptions, transport: WebSocketTransport) {
    super(url, protocols, options);
    this.#transport = transport;
  }

  /**
   * Every event ws raises on this socket goes to the transport. Returning true tells ws an event
   * was handled (ws aborts the handshake itself when `unexpected-response` is not); `ping` and
   * `pong` are answered by ws (autoPong) and need nothing here.
   */
  override emit(event: string | symbol, first?: unknown, second?: unknown): boolean {
    const transport = this.#transport;
    switch (event) {
      case 'message':
        transport.received(first as RawData);
        return true;
      case 'upgrade':
        transport.upgraded(first as IncomingMessage);
        return true;
      case 'open':
        transport.opened();
        return true;
      case 'unexpected-response':
        transport.refused(second as IncomingMessage);
        return true;
      case 'error':
        transport.errored(first as Error & { code?: string });
        return true;
      case 'close':
        transport.closed(first as number);
        return true;
      default:
        return false;
    }
  }
}

class WebSocketTransport implements Transport {
  readonly #socket: TransportSocket;
  readonly #settings: TransportSettings;
  readonly #listener: TransportListener;
  /** OPENED and FINISHED bits (one field rather than two, issue 14). */
  #flags = 0;
  /** The handshake response, from `upgrade` until it is reported at `open`. */
  #handshake: ResponseHead | undefined;
  /** The TCP socket under ws, from `upgrade` on: its `errored` tells a reset from a plain end. */
  #tcpSocket: Socket | undefined;

  constructor(request: StreamRequest, settings: TransportSettings, listener: TransportListener) {
    this.#settings = settings;
    this.#listener = listener;
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
    this.#socket = new TransportSocket(request.url, protocols, options, this);
  }

  // ---- Transport ------------------------------------------------------------------------

  send(data: Buffer): void {
    if (!this.#finished && this.#socket.readyState === WebSocket.OPEN) this.#socket.send(data, { binary: false });
  }

  close(): void {
    if (this.#finished) return;
    this.#flags |= FINISHED;
    // A clean close waits for the peer's close frame at most closeTimeout, then ws destroys the
    // socket; a handshake still in progress is aborted at once.
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.close(WEBSOCKET_CLOSE_CODE);
    else this.#socket.terminate();
  }

  // ---- ws's events (from TransportSocket.emit) -------------------------------------------

  upgraded(response: IncomingMessage): void {
    this.#handshake = { status: response.statusCode ?? 101, statusText: response.statusMessage ?? '', rawHeaders: response.rawHeaders };
    this.#tcpSocket = response.socket;
  }

  opened(): void {
    this.#flags |= OPENED;
    const head = this.#handshake ?? NO_HANDSHAKE;
    this.#handshake = undefined; // reported once; an open socket need not keep it (issue 14, idle heap)
    if (!this.#finished) this.#listener.head(head);
  }

  received(data: RawData): void {
    if (!this.#finished) this.#listener.data(Buffer.isBuffer(data) ? data : toBuffer(data));
  }

  refused(response: IncomingMessage): void {
    const status = response.statusCode ?? 0;
    response.resume();
    this.#fail({ type: 'answer', status, message: engineMessages.webSocketRejected(status, response.statusMessage ?? '') });
  }

  errored(error: Error & { code?: string }): void {
    if (!this.#opened) {
      this.#fail({ type: 'network', name: classifyTransportError(error), cause: error });
      return;
    }
    const curl = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? CURL_ERRORS.tooLarge : CURL_ERRORS.recvError;
    const detail =
      curl === CURL_ERRORS.tooLarge
        ? `message larger than the receive limit of ${this.#settings.maxWebSocketMessageBytes} bytes (maxWebSocketMessageBytes)`
        : error.message;
    this.#fail({ type: 'webSocketLost', curlCode: curl.code, curlText: curl.text, curlErrBuf: detail, cause: error });
  }

  closed(code: number): void {
    if (this.#finished) return;
    if (code !== ABNORMAL_CLOSURE) {
      this.#flags |= FINISHED;
      this.#listener.end();
      return;
    }
    // The last error of the TCP socket itself (ws does not surface it once open).
    const socketError = (this.#tcpSocket?.errored ?? undefined) as (Error & { code?: string }) | undefined;
    if (!this.#opened) {
      this.#fail({ type: 'network', name: 'ConnectionClosed', cause: socketError });
    } else if (socketError?.code === 'ECONNRESET') {
      const { code: curlCode, text } = CURL_ERRORS.recvError;
      this.#fail({ type: 'webSocketLost', curlCode, curlText: text, curlErrBuf: 'Recv failure: Connection was reset', cause: socketError });
    } else {
      const { code: curlCode, text } = CURL_ERRORS.ok;
      this.#fail({ type: 'webSocketLost', curlCode, curlText: text, curlErrBuf: '', cause: socketError });
    }
  }

  /** The socket opened (the handshake succeeded). */
  get #opened(): boolean {
    return (this.#flags & OPENED) !== 0;
  }

  /** Nothing more is reported: the end or a failure was, or close() was called. */
  get #finished(): boolean {
    return (this.#flags & FINISHED) !== 0;
  }

  #fail(failure: TransportFailure): void {
    if (this.#finished) return;
    this.#flags |= FINISHED;
    this.#socket.terminate();
    this.#listener.failure(failure);
  }
}

/** ws hands out Buffers (binaryType "nodebuffer"); the other forms are joined or wrapped. */
function toBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data as ArrayBuffer);
}
