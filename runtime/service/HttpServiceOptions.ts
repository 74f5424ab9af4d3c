/**
 * Options of `createHttpService`, their defaults (the constants in runtime/semantics.ts) and
 * their validation. Everything a test or a user may want to vary per service lives here.
 */
import { UsageError } from '../errors/UsageError.js';
import type { SessionSettings } from '../sessions/Session.js';
import type { TransportSettings } from '../transports/Transport.js';
import type { HandlerErrorReporter } from '../signals/createSignal.js';
import { reportHandlerErrorAsWarning } from '../signals/reportHandlerErrorAsWarning.js';
import {
  CLOSE_REPORTS_ABORTED,
  DEFAULT_FAILURE_REPORTING,
  DEFAULT_INACTIVITY_TIMEOUT_MS,
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_LIVE_CLIENTS,
  DEFAULT_MAX_READ_BYTES,
  DEFAULT_MAX_RESPONSE_HEADER_BYTES,
  DEFAULT_MAX_WEBSOCKET_MESSAGE_BYTES,
  DEFAULT_MAX_SSE_BLOCK_BYTES,
  DEFAULT_MESSAGE_STRINGS,
  DEFAULT_SIGNAL_BEHAVIOR,
  DEFAULT_SSE_MESSAGE_MODE,
  DEFAULT_UNDICI_BODY_TIMEOUT_MS,
  DEFAULT_UNDICI_HEADERS_TIMEOUT_MS,
  DEFAULT_URL_CREDENTIALS,
  DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS,
  SSE_CONTENT_TYPE_FIRST,
  type FailureReporting,
  type MessageStrings,
  type SignalBehavior,
  type SseMessageMode,
  type UrlCredentials,
} from '../semantics.js';

export interface HttpServiceOptions {
  /** Live (Connecting or Open) clients allowed at once. Default 6 (documented; a global 4 is also reported). */
  readonly maxLiveClients?: number;
  /** Longest life of one connection in ms, `Infinity` for none. Default 30 min (R11). */
  readonly lifetimeMs?: number;
  /**
   * SSE/RawStream: ms without a received byte after Opened before the stream fails with
   * `HttpError: InactivityTimeout`; `Infinity` for none. Default 20 000. Not for WebSocket.
   */
  readonly inactivityTimeoutMs?: number;
  /** SSE delivery: "read" (per read, default) or "block" (one message per event block). */
  readonly sseMessageMode?: SseMessageMode;
  /** Check an SSE response's Content-Type before its status (default true). */
  readonly sseContentTypeFirst?: boolean;
  /** "engine" (statuses -1/400/the response's, default) or "generic" (status 0) for network failures. */
  readonly failureReporting?: FailureReporting;
  /** `Close()` on SSE/RawStream fires `Error(…, "HttpError: Aborted")` before Closed (default false). */
  readonly closeReportsAborted?: boolean;
  /** Credentials in the Url: "basic-auth" (default), "drop" or "refuse". */
  readonly urlCredentials?: UrlCredentials;
  /** ms to wait for the peer's close frame after a WebSocket Close() before destroying the socket. Default 1000. */
  readonly webSocketCloseTimeoutMs?: number;
  /** Largest WebSocket message received, bytes. Default 100 MiB. */
  readonly maxWebSocketMessageBytes?: number;
  /** Largest response head (all header lines), bytes. Default 300 KiB. */
  readonly maxResponseHeaderBytes?: number;
  /** Largest message made from one read (RawStream, SSE "read" mode). Default 16384 (R2). */
  readonly maxReadBytes?: number;
  /** Largest incomplete SSE event block before the client fails. Default 16 MiB. */
  readonly maxSseBlockBytes?: number;
  /** "Deferred" (default) or "Immediate" handler calls. */
  readonly signalBehavior?: SignalBehavior;
  /** "utf8" (text, default) or "bytes" (latin1 byte strings, one char per byte, as Luau sees them). */
  readonly messageStrings?: MessageStrings;
  /** Called when a signal handler throws. Default: `process.emitWarning`. */
  readonly onHandlerError?: HandlerErrorReporter;
  /** undici's idle time between body chunks, ms; 0 (default) turns it off. */
  readonly undiciBodyTimeoutMs?: number;
  /** undici's wait for response headers, ms; 0 (default) turns it off. */
  readonly undiciHeadersTimeoutMs?: number;
}

export type ResolvedHttpServiceOptions = Required<HttpServiceOptions>;

/** The part of the options that sessions and transports read. */
export function sessionSettingsOf(options: ResolvedHttpServiceOptions): SessionSettings & TransportSettings {
  return {
    sseMessageMode: options.sseMessageMode,
    sseContentTypeFirst: options.sseContentTypeFirst,
    maxReadBytes: options.maxReadBytes,
    maxSseBlockBytes: options.maxSseBlockBytes,
    undiciBodyTimeoutMs: options.undiciBodyTimeoutMs,
    undiciHeadersTimeoutMs: options.undiciHeadersTimeoutMs,
    inactivityTimeoutMs: options.inactivityTimeoutMs,
    maxResponseHeaderBytes: options.maxResponseHeaderBytes,
    maxWebSocketMessageBytes: options.maxWebSocketMessageBytes,
    webSocketCloseTimeoutMs: options.webSocketCloseTimeoutMs,
  };
}

export function resolveHttpServiceOptions(options: HttpServiceOptions = {}): ResolvedHttpServiceOptions {
  const resolved: ResolvedHttpServiceOptions = {
    maxLiveClients: options.maxLiveClients ?? DEFAULT_MAX_LIVE_CLIENTS,
    lifetimeMs: options.lifetimeMs ?? DEFAULT_LIFETIME_MS,
    inactivityTimeoutMs: options.inactivityTimeoutMs ?? DEFAULT_INACTIVITY_TIMEOUT_MS,
    sseMessageMode: options.sseMessageMode ?? DEFAULT_SSE_MESSAGE_MODE,
    sseContentTypeFirst: options.sseContentTypeFirst ?? SSE_CONTENT_TYPE_FIRST,
    failureReporting: options.failureReporting ?? DEFAULT_FAILURE_REPORTING,
    closeReportsAborted: options.closeReportsAborted ?? CLOSE_REPORTS_ABORTED,
    urlCredentials: options.urlCredentials ?? DEFAULT_URL_CREDENTIALS,
    webSocketCloseTimeoutMs: options.webSocketCloseTimeoutMs ?? DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS,
    maxWebSocketMessageBytes: options.maxWebSocketMessageBytes ?? DEFAULT_MAX_WEBSOCKET_MESSAGE_BYTES,
    maxResponseHeaderBytes: options.maxResponseHeaderBytes ?? DEFAULT_MAX_RESPONSE_HEADER_BYTES,
    maxReadBytes: options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES,
    maxSseBlockBytes: options.maxSseBlockBytes ?? DEFAULT_MAX_SSE_BLOCK_BYTES,
    signalBehavior: options.signalBehavior ?? DEFAULT_SIGNAL_BEHAVIOR,
    messageStrings: options.messageStrings ?? DEFAULT_MESSAGE_STRINGS,
    onHandlerError: options.onHandlerError ?? reportHandlerErrorAsWarning,
    undiciBodyTimeoutMs: options.undiciBodyTimeoutMs ?? DEFAULT_UNDICI_BODY_TIMEOUT_MS,
    undiciHeadersTimeoutMs: options.undiciHeadersTimeoutMs ?? DEFAULT_UNDICI_HEADERS_TIMEOUT_MS,
  };
  requireInteger('maxLiveClients', resolved.maxLiveClients, 1);
  if (resolved.lifetimeMs !== Number.POSITIVE_INFINITY) requireInteger('lifetimeMs', resolved.lifetimeMs, 1, 'or Infinity');
  if (resolved.inactivityTimeoutMs !== Number.POSITIVE_INFINITY) {
    requireInteger('inactivityTimeoutMs', resolved.inactivityTimeoutMs, 1, 'or Infinity');
  }
  requireOneOf('sseMessageMode', resolved.sseMessageMode, ['block', 'read']);
  requireBoolean('sseContentTypeFirst', resolved.sseContentTypeFirst);
  requireOneOf('failureReporting', resolved.failureReporting, ['engine', 'generic']);
  requireBoolean('closeReportsAborted', resolved.closeReportsAborted);
  requireOneOf('urlCredentials', resolved.urlCredentials, ['basic-auth', 'drop', 'refuse']);
  requireInteger('webSocketCloseTimeoutMs', resolved.webSocketCloseTimeoutMs, 1);
  requireInteger('maxWebSocketMessageBytes', resolved.maxWebSocketMessageBytes, 1);
  requireInteger('maxResponseHeaderBytes', resolved.maxResponseHeaderBytes, 1024);
  requireInteger('maxReadBytes', resolved.maxReadBytes, 1);
  requireInteger('maxSseBlockBytes', resolved.maxSseBlockBytes, 1);
  requireOneOf('signalBehavior', resolved.signalBehavior, ['Deferred', 'Immediate']);
  requireOneOf('messageStrings', resolved.messageStrings, ['bytes', 'utf8']);
  if (typeof resolved.onHandlerError !== 'function') fail('onHandlerError', 'must be a function');
  requireInteger('undiciBodyTimeoutMs', resolved.undiciBodyTimeoutMs, 0);
  requireInteger('undiciHeadersTimeoutMs', resolved.undiciHeadersTimeoutMs, 0);
  return Object.freeze(resolved);
}

function requireInteger(name: string, value: unknown, minimum: number, extra = ''): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    fail(name, `must be an integer >= ${minimum}${extra ? ` ${extra}` : ''}, got ${String(value)}`);
  }
}

function requireBoolean(name: string, value: unknown): void {
  if (typeof value !== 'boolean') fail(name, `must be true or false, got ${JSON.stringify(value)}`);
}

function requireOneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(name, `must be one of ${allowed.map((item) => `"${item}"`).join(', ')}, got ${JSON.stringify(value)}`);
  }
}

function fail(name: string, problem: string): never {
  throw new UsageError('WSC_ERR_INVALID_SERVICE_OPTION', `createHttpService option ${name} ${problem}`);
}
