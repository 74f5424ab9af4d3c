/**
 * The network edge of `update`: one GET with retries (see `retryPolicy.ts`), the body as bytes
 * and text, progress as bytes arrive. Built on undici with an agent the caller owns and closes,
 * so no socket outlives the command. Besides the agent's idle timeouts, each attempt has an
 * overall deadline (a server that dribbles a byte now and then never trips an idle timeout) and
 * a size cap (checked against Content-Length before the body is read, and counted as it
 * arrives). Every failure ends as an `UpdateError` naming the URL (its password redacted), what
 * was fetched, the last failure and the number of attempts.
 */
import { Agent, interceptors, request, type Dispatcher } from 'undici';
import { redactUrl } from './redactUrl.js';
import { UpdateError } from './UpdateError.js';
import { backoffDelay, describeFailure, isTransient, parseRetryAfter, type AttemptFailure, type RetryPolicy } from './retryPolicy.js';

export { DEFAULT_MAX_RESPONSE_BYTES } from './responseLimit.js';

/** Default deadline of one attempt, from the idle timeout: four times it (two minutes at the default 30 s). */
export const deadlineFor = (timeoutMs: number): number => 4 * timeoutMs;

export interface HttpGetOptions {
  readonly dispatcher: Dispatcher;
  readonly retry: RetryPolicy;
  /** Give up on an attempt whose response has not fully arrived after this long. */
  readonly deadlineMs: number;
  /** Give up on a response larger than this many bytes. */
  readonly maxBytes: number;
  /** What is fetched, for messages: `the current Studio version`, `the API dump`. */
  readonly what: string;
  /** Called as body bytes arrive; `total` is the Content-Length when the server sent one. */
  readonly onProgress?: (received: number, total: number | undefined) => void;
  /** Called before each wait between attempts. */
  readonly onRetry?: (event: { readonly failure: AttemptFailure; readonly next: number; readonly delayMs: number }) => void;
  /** Waits `ms` milliseconds (tests may pass a faster clock). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface HttpGetResult {
  readonly url: string;
  readonly body: Buffer;
  /** The body decoded as UTF-8 (leniently; dumps are decoded strictly from `body`). */
  readonly text: string;
  readonly bytes: number;
  /** The Last-Modified header, when the server sent one. */
  readonly lastModified?: string;
  readonly attempts: number;
}

/** An agent with the given timeouts (connect, headers, and idle time inside the body) that follows up to 3 redirects. */
export function createHttpAgent(timeoutMs: number): Dispatcher {
  return new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs }).compose(
    interceptors.redirect({ maxRedirections: 3 }),
  );
}

function errorCode(error: unknown): string {
  const candidate = error as { code?: unknown; errors?: { code?: unknown }[]; cause?: { code?: unknown } };
  for (const code of [candidate.code, candidate.errors?.[0]?.code, candidate.cause?.code]) {
    if (typeof code === 'string' && code !== '') return code;
  }
  return 'EUNKNOWN';
}

function networkFailure(error: unknown): AttemptFailure {
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { kind: 'network', code: errorCode(error), detail };
}

type Attempt = { readonly result: Omit<HttpGetResult, 'attempts'> } | { readonly failure: AttemptFailure };

async function attemptGet(url: string, options: HttpGetOptions): Promise<Attempt> {
  const controller = new AbortController();
  let received = 0;
  const deadline = setTimeout(() => controller.abort(), options.deadlineMs);
  const failure = (error: unknown): Attempt =>
    controller.signal.aborted ? { failure: { kind: 'deadline', deadlineMs: options.deadlineMs, received } } : { failure: networkFailure(error) };
  try {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: 'GET',
        dispatcher: options.dispatcher,
        headers: { 'user-agent': 'rbx-webstream-update' },
        signal: controller.signal,
      });
    } catch (error) {
      return failure(error);
    }
    const header = (name: string): string | undefined => {
      const value = response.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (response.statusCode < 200 || response.statusCode > 299) {
      await response.body.dump().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(header('retry-after'));
      return { failure: { kind: 'status', status: response.statusCode, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } };
    }
    const length = Number(header('content-length'));
    const total = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
    if (total !== undefined && total > options.maxBytes) {
      response.body.destroy();
      return { failure: { kind: 'too-large', maxBytes: options.maxBytes, announced: total } };
    }
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of response.body) {
        const buffer = chunk as Buffer;
        received += buffer.length;
        if (received > options.maxBytes) {
          response.body.destroy();
          return { failure: { kind: 'too-large', maxBytes: options.maxBytes } };
        }
        chunks.push(buffer);
        options.onProgress?.(received, total);
      }
    } catch (error) {
      return failure(error);
    }
    const lastModified = header('last-modified');
    const body = Buffer.concat(chunks);
    return { result: { url, body, text: body.toString('utf8'), bytes: received, ...(lastModified === undefined ? {} : { lastModified }) } };
  } finally {
    clearTimeout(deadline);
  }
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function finalError(url: string, what: string, failure: AttemptFailure, attempts: number): UpdateError {
  const tries = `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
  const message = `${what}: GET ${redactUrl(url)} failed after ${tries}: ${describeFailure(failure)}`;
  if (failure.kind === 'deadline') {
    return new UpdateError('UPDATE_DEADLINE', message, 'the server is too slow or stalls on purpose; try again later, or allow more time with --deadline <ms>');
  }
  if (failure.kind === 'too-large') {
    return new UpdateError(
      'UPDATE_TOO_LARGE',
      message,
      'a real Full-API-Dump.json is under 5 MB; check the URL (--setup-url), or raise the cap with --max-bytes <n>',
    );
  }
  if (failure.kind === 'status' && failure.status < 500) {
    return new UpdateError(
      'UPDATE_HTTP_STATUS',
      message,
      failure.status === 404
        ? 'check the URL (--version-url, --setup-url); a dump Roblox has not published yet also answers 404'
        : 'check the URL (--version-url, --setup-url) and any proxy in between',
    );
  }
  if (failure.kind === 'status') {
    return new UpdateError('UPDATE_HTTP_STATUS', message, 'the server keeps failing; try again later, or allow more attempts with --retries');
  }
  return new UpdateError('UPDATE_NETWORK', message, 'check the network and the URL; or pass a dump you already have with --dump <file> --build <version>');
}

/** GETs `url` as text, retrying transient failures; throws an `UpdateError` when it gives up. */
export async function httpGetText(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const sleep = options.sleep ?? realSleep;
  const attempts = Math.max(1, Math.floor(options.retry.attempts));
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptGet(url, options);
    if ('result' in outcome) return { ...outcome.result, attempts: attempt };
    const { failure } = outcome;
    if (attempt >= attempts || !isTransient(failure)) throw finalError(url, options.what, failure, attempt);
    const delayMs = backoffDelay(options.retry, attempt + 1, failure.kind === 'status' ? failure.retryAfterMs : undefined);
    options.onRetry?.({ failure, next: attempt + 1, delayMs });
    await sleep(delayMs);
  }
}
