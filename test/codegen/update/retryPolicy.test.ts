/** Which failures are transient, the backoff schedule and Retry-After parsing. */
import { describe, expect, it } from 'vitest';
import { backoffDelay, describeFailure, isTransient, parseRetryAfter } from '../../../codegen/update/retryPolicy.js';

describe('retry policy', () => {
  it('treats 5xx as transient and every 4xx as final', () => {
    for (const status of [500, 502, 503, 504, 599]) expect(isTransient({ kind: 'status', status })).toBe(true);
    for (const status of [400, 401, 403, 404, 408, 429, 499]) expect(isTransient({ kind: 'status', status })).toBe(false);
  });

  it('treats refused, reset and timed-out connections as transient, a missing host as final', () => {
    for (const code of [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'UND_ERR_SOCKET',
      'EAI_AGAIN',
    ]) {
      expect(isTransient({ kind: 'network', code, detail: '' })).toBe(true);
    }
    expect(isTransient({ kind: 'network', code: 'ENOTFOUND', detail: 'getaddrinfo ENOTFOUND nowhere.invalid' })).toBe(false);
  });

  it('doubles the wait from the initial delay up to the cap, and lets Retry-After lengthen it within the cap', () => {
    const policy = { attempts: 6, initialDelayMs: 100, maxDelayMs: 500 };
    expect([2, 3, 4, 5, 6].map((next) => backoffDelay(policy, next))).toEqual([100, 200, 400, 500, 500]);
    expect(backoffDelay(policy, 2, 300)).toBe(300);
    expect(backoffDelay(policy, 2, 60_000)).toBe(500);
    expect(backoffDelay(policy, 4, 10)).toBe(400);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Tue, 11 Aug 2026 18:00:10 GMT', Date.parse('Tue, 11 Aug 2026 18:00:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('describes a failure by status, or by the error text when it names the code', () => {
    expect(describeFailure({ kind: 'status', status: 503 })).toBe('HTTP 503');
    expect(describeFailure({ kind: 'network', code: 'ECONNREFUSED', detail: 'connect ECONNREFUSED 127.0.0.1:9' })).toBe('connect ECONNREFUSED 127.0.0.1:9');
    expect(describeFailure({ kind: 'network', code: 'UND_ERR_SOCKET', detail: 'other side closed' })).toBe('UND_ERR_SOCKET (other side closed)');
  });
});
