/**
 * Options of `createHttpService`, their defaults (the constants in runtime/semantics.ts) and
 * their validation. Everything a test or a user may want to vary per service lives here.
 */
import { UsageError } from '../errors/UsageError.js';
import type { HandlerErrorReporter } from '../signals/createSignal.js';
import { reportHandlerErrorAsWarning } from '../signals/reportHandlerErrorAsWarning.js';
import {
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_LIVE_CLIENTS,
  DEFAULT_MAX_READ_BYTES,
  DEFAULT_MAX_SSE_BLOCK_BYTES,
  DEFAULT_MESSAGE_STRINGS,
  DEFAULT_SIGNAL_BEHAVIOR,
  DEFAULT_SSE_MESSAGE_MODE,
  DEFAULT_UNDICI_BODY_TIMEOUT_MS,
  DEFAULT_UNDICI_HEADERS_TIMEOUT_MS,
  type MessageStrings,
  type SignalBehavior,
  type SseMessageMode,
} from '../semantics.js';

export interface HttpServiceOptions {
  /** Live (Connecting or Open) clients allowed at once. Default 6 (R9). */
  readonly maxLiveClients?: number;
  /** Longest life of one connection in ms, `Infinity` for none. Default 30 min (R11). */
  readonly lifetimeMs?: number;
  /** SSE delivery: "block" (one message per event block, default) or "read" (per read). */
  readonly sseMessageMode?: SseMessageMode;
  /** Largest message made from one read (RawStream, SSE "read" mode). Default 16384 (R2). */
  readonly maxReadBytes?: number;
  /** Largest incomplete SSE event block before the client fails. Default 16 MiB. */
  readonly maxSseBlockBytes?: number;
  /** "Deferred" (default) or "Immediate" handler calls. */
  readonly signalBehavior?: SignalBehavior;
  /** "bytes" (latin1 byte strings, default) or "utf8". */
  readonly messageStrings?: MessageStrings;
  /** Called when a signal handler throws. Default: `process.emitWarning`. */
  readonly onHandlerError?: HandlerErrorReporter;
  /** undici's idle time between body chunks, ms; 0 (default) turns it off. */
  readonly undiciBodyTimeoutMs?: number;
  /** undici's wait for response headers, ms; 0 (default) turns it off. */
  readonly undiciHeadersTimeoutMs?: number;
}

export type ResolvedHttpServiceOptions = Required<HttpServiceOptions>;

export function resolveHttpServiceOptions(options: HttpServiceOptions = {}): ResolvedHttpServiceOptions {
  const resolved: ResolvedHttpServiceOptions = {
    maxLiveClients: options.maxLiveClients ?? DEFAULT_MAX_LIVE_CLIENTS,
    lifetimeMs: options.lifetimeMs ?? DEFAULT_LIFETIME_MS,
    sseMessageMode: options.sseMessageMode ?? DEFAULT_SSE_MESSAGE_MODE,
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
  requireOneOf('sseMessageMode', resolved.sseMessageMode, ['block', 'read']);
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

function requireOneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(name, `must be one of ${allowed.map((item) => `"${item}"`).join(', ')}, got ${JSON.stringify(value)}`);
  }
}

function fail(name: string, problem: string): never {
  throw new UsageError('WSC_ERR_INVALID_SERVICE_OPTION', `createHttpService option ${name} ${problem}`);
}
