/**
 * Request-table checks done synchronously by CreateWebStreamClient: each refusal is a
 * RequestOptionsError with a stable code and the engine's text where it is known.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createStringCodec } from '../../../runtime/bytes/createStringCodec.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { RequestOptionsError } from '../../../runtime/errors/RequestOptionsError.js';
import type { WebStreamErrorCode } from '../../../runtime/errors/WebStreamError.js';
import { resolveClientType } from '../../../runtime/request/resolveClientType.js';
import type { StreamKind } from '../../../runtime/request/StreamRequest.js';
import { validateRequestOptions } from '../../../runtime/request/validateRequestOptions.js';

const codec = createStringCodec('bytes');
const validate = (options: unknown, kind: StreamKind = 'SSE') => validateRequestOptions(kind, options, codec);

function refusal(run: () => unknown): { code: WebStreamErrorCode; message: string; field: string | undefined } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestOptionsError);
    const typed = error as RequestOptionsError;
    return { code: typed.code, message: typed.message, field: typed.field };
  }
  throw new Error('expected a RequestOptionsError');
}

describe('validateRequestOptions refusals', () => {
  const cases: Array<[string, () => unknown, WebStreamErrorCode, string | RegExp]> = [
    ['a non-table request', () => validate('http://x'), 'WSC_ERR_INVALID_REQUEST_OPTIONS', 'Unable to cast value to Dictionary'],
    ['an array request', () => validate([]), 'WSC_ERR_INVALID_REQUEST_OPTIONS', 'Unable to cast value to Dictionary'],
    ['a missing Url', () => validate({}), 'WSC_ERR_EMPTY_URL', 'Empty URL'],
    ['an empty Url', () => validate({ Url: '' }), 'WSC_ERR_EMPTY_URL', 'Empty URL'],
    ['a non-string Url', () => validate({ Url: 5 }), 'WSC_ERR_INVALID_REQUEST_OPTIONS', /Url must be a string/],
    ['an unparsable Url', () => validate({ Url: 'not a url' }), 'WSC_ERR_TRUST_CHECK_FAILED', 'not a url: Trust check failed'],
    ['an ftp Url', () => validate({ Url: 'ftp://127.0.0.1/' }), 'WSC_ERR_TRUST_CHECK_FAILED', 'ftp://127.0.0.1/: Trust check failed'],
    ['a ws Url for SSE', () => validate({ Url: 'ws://127.0.0.1/' }), 'WSC_ERR_TRUST_CHECK_FAILED', 'ws://127.0.0.1/: Trust check failed'],
    ['an http Url for WebSocket', () => validate({ Url: 'http://127.0.0.1/' }, 'WebSocket'), 'WSC_ERR_TRUST_CHECK_FAILED', /Trust check failed/],
    ['a lower-case Method', () => validate({ Url: 'http://h/', Method: 'get' }), 'WSC_ERR_INVALID_METHOD', /Method "get" is not supported.*case-sensitive/],
    ['CONNECT', () => validate({ Url: 'http://h/', Method: 'CONNECT' }), 'WSC_ERR_INVALID_METHOD', /CONNECT/],
    ['POST on a WebSocket', () => validate({ Url: 'ws://h/', Method: 'POST' }, 'WebSocket'), 'WSC_ERR_INVALID_METHOD', /WebSocket/],
    ['a locked header', () => validate({ Url: 'http://h/', Headers: { Host: 'x' } }), 'WSC_ERR_HEADER_NOT_ALLOWED', 'Header "Host" is not allowed!'],
    [
      'a locked header in another case',
      () => validate({ Url: 'http://h/', Headers: { 'user-agent': 'x' } }),
      'WSC_ERR_HEADER_NOT_ALLOWED',
      'Header "user-agent" is not allowed!',
    ],
    [
      'an X-Forwarded header',
      () => validate({ Url: 'http://h/', Headers: { 'X-Forwarded-For': '1' } }),
      'WSC_ERR_HEADER_NOT_ALLOWED',
      'Header "X-Forwarded-For" is not allowed!',
    ],
    ['Roblox-Id', () => validate({ Url: 'http://h/', Headers: { 'Roblox-Id': '1' } }), 'WSC_ERR_HEADER_NOT_ALLOWED', 'Header "Roblox-Id" is not allowed!'],
    ['CR in a header value', () => validate({ Url: 'http://h/', Headers: { A: 'x\r\nB: y' } }), 'WSC_ERR_INVALID_HEADER', /value of header "A".*CR, LF/],
    ['LF in a header name', () => validate({ Url: 'http://h/', Headers: { 'A\nB': 'x' } }), 'WSC_ERR_INVALID_HEADER', /header name "A\nB"/],
    ['a non-string header value', () => validate({ Url: 'http://h/', Headers: { A: 1 } }), 'WSC_ERR_INVALID_HEADER', /value of header "A"/],
    ['a non-table Headers', () => validate({ Url: 'http://h/', Headers: 'A: b' }), 'WSC_ERR_INVALID_HEADER', /Headers must be a table/],
    [
      'a Body on GET',
      () => validate({ Url: 'http://h/', Body: 'x' }),
      'WSC_ERR_BODY_NOT_ALLOWED',
      "Invalid request options, Body should be empty for 'GET' or 'HEAD' method",
    ],
    ['a Body on HEAD', () => validate({ Url: 'http://h/', Method: 'HEAD', Body: 'x' }), 'WSC_ERR_BODY_NOT_ALLOWED', /Body should be empty/],
    ['a non-string Body', () => validate({ Url: 'http://h/', Method: 'POST', Body: {} }), 'WSC_ERR_INVALID_BODY', /Body must be a string/],
    ['an unknown Compress', () => validate({ Url: 'http://h/', Compress: 'Brotli' }), 'WSC_ERR_INVALID_COMPRESS', /Compress "Brotli"/],
    ['a zero Timeout', () => validate({ Url: 'http://h/', Timeout: 0 }), 'WSC_ERR_INVALID_TIMEOUT', /Timeout must be/],
    [
      'an unknown field',
      () => validate({ Url: 'http://h/', header: {} }),
      'WSC_ERR_UNKNOWN_REQUEST_FIELD',
      /unknown field "header"; the fields are Url, Method, Headers, Body, Compress, Timeout/,
    ],
  ];

  for (const [what, run, code, message] of cases) {
    it(`refuses ${what} with ${code}`, () => {
      const error = refusal(run);
      expect(error.code).toBe(code);
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
    });
  }

  it('names the offending field', () => {
    expect(refusal(() => validate({ Url: 'http://h/', Headers: { Host: 'x' } })).field).toBe('Headers.Host');
    expect(refusal(() => validate({ Url: '' })).field).toBe('Url');
  });
});

describe('validateRequestOptions results', () => {
  it('defaults to GET without a body and adds the default headers first', () => {
    const request = validate({ Url: 'http://127.0.0.1:8080/events?x=1' });
    expect(request.method).toBe('GET');
    expect(request.body).toBeUndefined();
    expect(request.url.href).toBe('http://127.0.0.1:8080/events?x=1');
    expect(request.headers).toEqual([
      ['User-Agent', 'RobloxStudio/WinInet'],
      ['Accept', 'text/event-stream'],
      ['Cache-Control', 'no-cache'],
    ]);
  });

  it('lets the script override Accept and Cache-Control in any case and keeps its header names', () => {
    const request = validate({ Url: 'http://h/', Method: 'POST', Headers: { accept: '*/*', Authorization: 'Bearer t' }, Body: '{}' }, 'RawStream');
    expect(request.headers).toEqual([
      ['User-Agent', 'RobloxStudio/WinInet'],
      ['Cache-Control', 'no-cache'],
      ['accept', '*/*'],
      ['Authorization', 'Bearer t'],
    ]);
    expect(request.body?.toString()).toBe('{}');
  });

  it('allows Content-Type and Content-Encoding', () => {
    expect(() => validate({ Url: 'http://h/', Headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'identity' } })).not.toThrow();
  });

  it('gzips the body for Compress Gzip (string or enum item) and says so in Content-Encoding', () => {
    for (const Compress of ['Gzip', Enum.HttpCompression.Gzip] as const) {
      const request = validate({ Url: 'http://h/', Method: 'POST', Body: 'hello hello hello', Compress });
      expect(gunzipSync(request.body as Buffer).toString()).toBe('hello hello hello');
      expect(request.headers).toContainEqual(['Content-Encoding', 'gzip']);
    }
  });

  it('accepts an empty Body on GET as no body', () => {
    expect(validate({ Url: 'http://h/', Body: '' }).body).toBeUndefined();
  });

  it('converts Timeout seconds to milliseconds', () => {
    expect(validate({ Url: 'http://h/', Timeout: 1.5 }).timeoutMs).toBe(1500);
  });

  it('keeps body bytes exactly in byte-string mode', () => {
    const request = validate({ Url: 'http://h/', Method: 'PUT', Body: '\u0000\u00ff\u0080' });
    expect([...(request.body as Buffer)]).toEqual([0, 255, 128]);
  });
});

describe('resolveClientType', () => {
  it('accepts an enum item, its name or its value', () => {
    expect(resolveClientType(Enum.WebStreamClientType.WebSocket)).toBe('WebSocket');
    expect(resolveClientType('RawStream')).toBe('RawStream');
    expect(resolveClientType(0)).toBe('SSE');
  });

  it('refuses anything else with the engine cast error', () => {
    const error = refusal(() => resolveClientType(Enum.WebStreamClientState.Open));
    expect(error.code).toBe('WSC_ERR_INVALID_CLIENT_TYPE');
    expect(error.message).toBe('Unable to cast value to Enum.WebStreamClientType');
    expect(refusal(() => resolveClientType(7)).code).toBe('WSC_ERR_INVALID_CLIENT_TYPE');
  });
});

describe('credentials in the Url', () => {
  const basic = (pair: string) => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  const authorization = (request: ReturnType<typeof validate>) => request.headers.find(([name]) => name === 'Authorization')?.[1];

  it('moves them into a Basic Authorization header for every client type (percent-decoded) and out of the URL', () => {
    for (const [kind, scheme] of [
      ['SSE', 'http'],
      ['RawStream', 'https'],
      ['WebSocket', 'ws'],
    ] as const) {
      const request = validate({ Url: `${scheme}://al%40ice:p%C3%A4ss@127.0.0.1:9/x` }, kind);
      expect(request.url.href).toBe(`${scheme}://127.0.0.1:9/x`);
      expect(authorization(request)).toBe(basic('al@ice:päss'));
    }
  });

  it("keeps the script's own Authorization header", () => {
    const request = validate({ Url: 'http://u:p@127.0.0.1/', Headers: { authorization: 'Bearer mine' } });
    expect(request.headers.filter(([name]) => name.toLowerCase() === 'authorization')).toEqual([['authorization', 'Bearer mine']]);
  });

  it('drops them with urlCredentials "drop" and refuses them, redacted, with "refuse"', () => {
    const dropped = validateRequestOptions('SSE', { Url: 'http://u:secret@127.0.0.1/' }, codec, 'drop');
    expect(dropped.url.href).toBe('http://127.0.0.1/');
    expect(authorization(dropped)).toBeUndefined();
    const refused = refusal(() => validateRequestOptions('SSE', { Url: 'http://u:secret@127.0.0.1/' }, codec, 'refuse'));
    expect(refused).toMatchObject({ code: 'WSC_ERR_TRUST_CHECK_FAILED', message: 'http://u:***@127.0.0.1/: Trust check failed' });
  });

  it('never echoes a password in a trust-check message', () => {
    expect(refusal(() => validate({ Url: 'ftp://user:hunter2@127.0.0.1/' })).message).toBe('ftp://user:***@127.0.0.1/: Trust check failed');
    expect(refusal(() => validate({ Url: 'http://user:hunter2@127.0.0.1/' }, 'WebSocket')).message).toBe('http://user:***@127.0.0.1/: Trust check failed');
    expect(refusal(() => validate({ Url: 'ws://a:b:c@d@host/' })).message).toBe('ws://a:***@host/: Trust check failed');
  });
});
