/**
 * How `update` retries a download: which failures are worth another attempt, how many attempts
 * there are, and how long to wait between them (exponential backoff, capped). Pure: the waiting
 * itself happens in `httpGet.ts`.
 *
 * Transient: any 5xx answer, a refused or reset connection, a timeout, a connection closed in
 * the middle of the body, a DNS lookup that failed for now (EAI_AGAIN). Not transient: every 4xx
 * answer (the URL or the request is wrong; asking again gives the same answer) and a host name
 * that does not exist.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included (1 = no retry). */
  readonly attempts: number;
  /** Wait before the second attempt; doubled for each further one. */
  readonly initialDelayMs: number;
  /** No wait is longer than this, whatever the doubling or a Retry-After header says. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, initialDelayMs: 500, maxDelayMs: 8_000 };

/** Error codes below HTTP that a later attempt may not meet (Node's and undici's). */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** What one failed attempt was, in a form the retry loop and the final message can use. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs?: number }
  | { readonly kind: 'network'; readonly code: string; readonly detail: string }
  /** The whole response did not arrive within the deadline (a server dribbling bytes). */
  | { readonly kind: 'deadline'; readonly deadlineMs: number; readonly received: number }
  /** The response is larger than the cap (announced by Content-Length, or counted). */
  | { readonly kind: 'too-large'; readonly maxBytes: number; readonly announced?: number };

/** A deadline or size failure is not retried: the same server would do the same again. */
export function isTransient(failure: AttemptFailure): boolean {
  if (failure.kind === 'status') return failure.status >= 500 && failure.status <= 599;
  if (failure.kind === 'network') return TRANSIENT_ERROR_CODES.has(failure.code);
  return false;
}

/** The wait before attempt `next` (2, 3, ...), honouring a server's Retry-After within the cap. */
export function backoffDelay(policy: RetryPolicy, next: number, retryAfterMs?: number): number {
  const doubled = policy.initialDelayMs * 2 ** Math.max(0, next - 2);
  const wanted = retryAfterMs === undefined ? doubled : Math.max(doubled, retryAfterMs);
  return Math.min(policy.maxDelayMs, wanted);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (relative to `now`); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A short human description of a failure, e.g. `HTTP 503` or `ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)`. */
export function describeFailure(failure: AttemptFailure): string {
  if (failure.kind === 'status') return `HTTP ${failure.status}`;
  if (failure.kind === 'deadline') return `the response did not complete within ${failure.deadlineMs} ms (${failure.received} bytes received)`;
  if (failure.kind === 'too-large') {
    const size = failure.announced === undefined ? 'more than that' : `${failure.announced} bytes announced`;
    return `the response is larger than the ${failure.maxBytes}-byte limit (${size})`;
  }
  return failure.detail === '' || failure.detail.includes(failure.code) ? failure.detail || failure.code : `${failure.code} (${failure.detail})`;
}
