/**
 * `httpGetText` against real local servers: which failures it retries (5xx, a stalled or
 * dropped connection, a refused port) and which it does not (4xx), how many attempts it makes,
 * the backoff it waits, progress reporting, and the error it ends with.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAgent, deadlineFor, DEFAULT_MAX_RESPONSE_BYTES, httpGetText } from '../../../codegen/update/httpGet.js';
import type { RetryPolicy } from '../../../codegen/update/retryPolicy.js';
import { UpdateError } from '../../../codegen/update/UpdateError.js';
import { unusedPort } from './fakeRobloxServer.js';

type Handler = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

const POLICY: RetryPolicy = { attempts: 4, initialDelayMs: 10, maxDelayMs: 40 };

let server: Server | undefined;
let agent: Dispatcher;
let waits: number[];

beforeEach(() => {
  agent = createHttpAgent(300);
  waits = [];
});

afterEach(async () => {
  await agent.close();
  if (server !== undefined) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

async function serve(handler: Handler): Promise<{ url: string; attempts: () => number }> {
  let attempts = 0;
  server = createServer((request, response) => handler(request, response, ++attempts));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dump.json`, attempts: () => attempts };
}

interface Extra {
  readonly onProgress?: (received: number, total: number | undefined) => void;
  readonly deadlineMs?: number;
  readonly maxBytes?: number;
}

const get = (url: string, extra: Extra = {}) =>
  httpGetText(url, {
    dispatcher: agent,
    retry: POLICY,
    what: 'the test file',
    sleep: async (ms) => void waits.push(ms),
    deadlineMs: 10_000,
    maxBytes: DEFAULT_MAX_RESPONSE_BYTES,
    ...extra,
  });

async function failure(promise: Promise<unknown>): Promise<UpdateError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpdateError);
  return error as UpdateError;
}

describe('httpGetText', () => {
  it('returns the body, its size and Last-Modified, and reports progress up to the Content-Length', async () => {
    const body = 'x'.repeat(200_000);
    const { url } = await serve((_request, response) =>
      response.writeHead(200, { 'content-length': body.length, 'last-modified': 'Tue, 11 Aug 2026 18:00:00 GMT' }).end(body),
    );
    const seen: [number, number | undefined][] = [];
    const result = await get(url, { onProgress: (received, total) => seen.push([received, total]) });
    expect(result).toMatchObject({ text: body, bytes: body.length, attempts: 1, lastModified: 'Tue, 11 Aug 2026 18:00:00 GMT' });
    expect(seen.at(-1)).toEqual([body.length, body.length]);
    expect(seen.every(([, total]) => total === body.length)).toBe(true);
  });

  it('retries 5xx answers with doubling waits and succeeds on the next good answer', async () => {
    const { url, attempts } = await serve((_request, response, attempt) => (attempt < 3 ? response.writeHead(503).end() : response.end('ok')));
    const result = await get(url);
    expect(result.text).toBe('ok');
    expect(result.attempts).toBe(3);
    expect(attempts()).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('honours Retry-After within the cap', async () => {
    const { url } = await serve((_request, response, attempt) => (attempt === 1 ? response.writeHead(503, { 'retry-after': '1' }).end() : response.end('ok')));
    await get(url);
    expect(waits).toEqual([40]);
  });

  it.each([400, 403, 404, 429])('does not retry HTTP %i', async (status) => {
    const { url, attempts } = await serve((_request, response) => response.writeHead(status).end());
    const error = await failure(get(url));
    expect(error.code).toBe('UPDATE_HTTP_STATUS');
    expect(error.message).toBe(`the test file: GET ${url} failed after 1 attempt: HTTP ${status}`);
    expect(attempts()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('stops after the last attempt on a server that keeps failing, naming the attempts', async () => {
    const { url, attempts } = await serve((_request, response) => response.writeHead(500).end());
    const error = await failure(get(url));
    expect(error.message).toBe(`the test file: GET ${url} failed after 4 attempts: HTTP 500`);
    expect(attempts()).toBe(4);
    expect(waits).toEqual([10, 20, 40]);
  });

  it('retries a connection dropped in the middle of the body', async () => {
    const { url, attempts } = await serve((request, response, attempt) => {
      response.writeHead(200, { 'content-length': 100_000 });
      if (attempt === 1) response.write('x'.repeat(10_000), () => request.socket.destroy());
      else response.end('y'.repeat(100_000));
    });
    const result = await get(url);
    expect(result.text).toBe('y'.repeat(100_000));
    expect(attempts()).toBe(2);
  });

  it('retries a server that stalls before answering (headers timeout)', async () => {
    const { url, attempts } = await serve((_request, response, attempt) => {
      if (attempt > 1) response.end('late but fine');
    });
    const result = await get(url);
    expect(result.text).toBe('late but fine');
    expect(attempts()).toBe(2);
  });

  it('gives up with UPDATE_NETWORK on a port where nothing listens', async () => {
    const url = `http://127.0.0.1:${await unusedPort()}/dump.json`;
    const error = await failure(get(url));
    expect(error.code).toBe('UPDATE_NETWORK');
    expect(error.message).toMatch(
      new RegExp(`^the test file: GET ${url.replace(/[.]/g, '\\.')} failed after 4 attempts: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+$`),
    );
    expect(waits).toEqual([10, 20, 40]);
  });
});

describe('httpGetText against a hostile server (issue 13)', () => {
  it('gives up at the deadline on a server that dribbles a byte every 100 ms under a 300 ms idle timeout', async () => {
    const { url, attempts } = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': 1_000_000 });
      const timer = setInterval(() => response.write('x'), 100);
      response.on('close', () => clearInterval(timer));
    });
    const started = performance.now();
    const error = await failure(get(url, { deadlineMs: 1_000 }));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(error.code).toBe('UPDATE_DEADLINE');
    expect(error.message).toMatch(
      new RegExp(`^the test file: GET ${url} failed after 1 attempt: the response did not complete within 1000 ms \\(\\d+ bytes received\\)$`),
    );
    expect(attempts()).toBe(1);
  });

  it('derives the default deadline from the idle timeout', () => {
    expect(deadlineFor(30_000)).toBe(120_000);
    expect(deadlineFor(3_000)).toBe(12_000);
  });

  it('refuses a response whose Content-Length is over the cap before reading its body', async () => {
    let written = 0;
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': 300 * 1024 * 1024 });
      written += 65_536;
      response.write(Buffer.alloc(65_536));
    });
    const error = await failure(get(url));
    expect(error.code).toBe('UPDATE_TOO_LARGE');
    expect(error.message).toBe(
      `the test file: GET ${url} failed after 1 attempt: the response is larger than the 67108864-byte limit (314572800 bytes announced)`,
    );
    expect(error.fix).toContain('--max-bytes');
    expect(written).toBe(65_536);
  });

  it('stops counting a chunked response without Content-Length once it passes the cap', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200);
      const timer = setInterval(() => response.write(Buffer.alloc(16_384)), 1);
      response.on('close', () => clearInterval(timer));
    });
    const error = await failure(get(url, { maxBytes: 100_000 }));
    expect(error.code).toBe('UPDATE_TOO_LARGE');
    expect(error.message).toContain('the response is larger than the 100000-byte limit (more than that)');
  });

  it('never prints the password of a URL', async () => {
    const port = await unusedPort();
    const error = await failure(get(`http://mirror:hunter2@127.0.0.1:${port}/dump.json`));
    expect(error.message).toContain(`GET http://mirror:***@127.0.0.1:${port}/dump.json failed`);
    expect(error.message).not.toContain('hunter2');
  });
});
