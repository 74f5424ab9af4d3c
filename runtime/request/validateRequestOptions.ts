/**
 * Checks a script's request table the way `CreateWebStreamClient` does before any I/O, and
 * normalises it into a `StreamRequest`. Every refusal is a `RequestOptionsError` thrown
 * synchronously, with the engine's text where known (runtime/errors/engineMessages.ts).
 */
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import type { StringCodec } from '../bytes/createStringCodec.js';
import { Enum } from '../enums/Enum.js';
import { engineMessages } from '../errors/engineMessages.js';
import { RequestOptionsError } from '../errors/RequestOptionsError.js';
import { DEFAULT_URL_CREDENTIALS, HTTP_URL_SCHEMES, WEBSOCKET_URL_SCHEMES, type UrlCredentials } from '../semantics.js';
import {
  ALLOWED_METHODS,
  DEFAULT_HTTP_HEADERS,
  DEFAULT_SSE_HEADERS,
  DEFAULT_WEBSOCKET_HEADERS,
  REQUEST_FIELDS,
  USER_AGENT,
  isLockedHeader,
  type RequestMethod,
} from './requestPolicy.js';
import type { StreamKind, StreamRequest } from './StreamRequest.js';

const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_VALUE_CHARS = /[\r\n\0]|[^\u0000-\u00ff]/;

export function validateRequestOptions(
  kind: StreamKind,
  options: unknown,
  codec: StringCodec,
  urlCredentials: UrlCredentials = DEFAULT_URL_CREDENTIALS,
): StreamRequest {
  if (!isPlainObject(options)) {
    throw new RequestOptionsError('WSC_ERR_INVALID_REQUEST_OPTIONS', engineMessages.notADictionary());
  }
  for (const field of Object.keys(options)) {
    if (!(REQUEST_FIELDS as readonly string[]).includes(field)) {
      throw new RequestOptionsError('WSC_ERR_UNKNOWN_REQUEST_FIELD', engineMessages.unknownField(field, REQUEST_FIELDS), field);
    }
  }
  const url = readUrl(kind, options.Url);
  const credentials = takeUrlCredentials(url, options.Url as string, urlCredentials);
  const method = readMethod(kind, options.Method);
  const userHeaders = readHeaders(options.Headers);
  const body = readBody(method, options.Body, codec);
  const gzip = readCompress(options.Compress);
  const timeoutMs = readTimeout(options.Timeout);

  const compressedBody = body !== undefined && gzip && body.length > 0 ? gzipSync(body) : body;
  const headers = mergeHeaders(kind, userHeaders, compressedBody !== body, credentials);
  return { kind, url, method, headers, body: compressedBody, timeoutMs };
}

function readUrl(kind: StreamKind, value: unknown): URL {
  if (value === undefined || value === '') {
    throw new RequestOptionsError('WSC_ERR_EMPTY_URL', engineMessages.emptyUrl(), 'Url');
  }
  if (typeof value !== 'string') {
    throw new RequestOptionsError('WSC_ERR_INVALID_REQUEST_OPTIONS', engineMessages.fieldType('Url', 'a string'), 'Url');
  }
  const schemes = kind === 'WebSocket' ? WEBSOCKET_URL_SCHEMES : HTTP_URL_SCHEMES;
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (parsed === undefined || !schemes.includes(parsed.protocol) || parsed.hostname === '') {
    throw new RequestOptionsError('WSC_ERR_TRUST_CHECK_FAILED', engineMessages.trustCheckFailed(value), 'Url');
  }
  return parsed;
}

function readMethod(kind: StreamKind, value: unknown): RequestMethod {
  if (value === undefined) return 'GET';
  if (typeof value !== 'string') {
    throw new RequestOptionsError('WSC_ERR_INVALID_METHOD', engineMessages.fieldType('Method', 'a string'), 'Method');
  }
  if (!(ALLOWED_METHODS as readonly string[]).includes(value)) {
    throw new RequestOptionsError('WSC_ERR_INVALID_METHOD', engineMessages.invalidMethod(value, ALLOWED_METHODS), 'Method');
  }
  if (kind === 'WebSocket' && value !== 'GET') {
    throw new RequestOptionsError('WSC_ERR_INVALID_METHOD', engineMessages.webSocketMethod(value), 'Method');
  }
  return value as RequestMethod;
}

function readHeaders(value: unknown): Array<[string, string]> {
  if (value === undefined) return [];
  if (!isPlainObject(value)) {
    throw new RequestOptionsError('WSC_ERR_INVALID_HEADER', engineMessages.fieldType('Headers', 'a table of strings'), 'Headers');
  }
  const headers: Array<[string, string]> = [];
  for (const [name, headerValue] of Object.entries(value)) {
    if (!HEADER_TOKEN.test(name)) {
      throw new RequestOptionsError('WSC_ERR_INVALID_HEADER', engineMessages.invalidHeaderName(name), `Headers.${name}`);
    }
    if (isLockedHeader(name)) {
      throw new RequestOptionsError('WSC_ERR_HEADER_NOT_ALLOWED', engineMessages.headerNotAllowed(name), `Headers.${name}`);
    }
    if (typeof headerValue !== 'string' || FORBIDDEN_VALUE_CHARS.test(headerValue)) {
      throw new RequestOptionsError('WSC_ERR_INVALID_HEADER', engineMessages.invalidHeaderValue(name), `Headers.${name}`);
    }
    headers.push([name, headerValue]);
  }
  return headers;
}

function readBody(method: RequestMethod, value: unknown, codec: StringCodec): Buffer | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new RequestOptionsError('WSC_ERR_INVALID_BODY', engineMessages.fieldType('Body', 'a string'), 'Body');
  }
  if ((method === 'GET' || method === 'HEAD') && value !== '') {
    throw new RequestOptionsError('WSC_ERR_BODY_NOT_ALLOWED', engineMessages.bodyNotAllowed(), 'Body');
  }
  if (value === '') return undefined;
  return codec.encode(value, 'Body');
}

function readCompress(value: unknown): boolean {
  if (value === undefined || value === 'None' || value === Enum.HttpCompression.None) return false;
  if (value === 'Gzip' || value === Enum.HttpCompression.Gzip) return true;
  throw new RequestOptionsError('WSC_ERR_INVALID_COMPRESS', engineMessages.invalidCompress(String(value)), 'Compress');
}

function readTimeout(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RequestOptionsError('WSC_ERR_INVALID_TIMEOUT', engineMessages.invalidTimeout(), 'Timeout');
  }
  return Math.ceil(value * 1000);
}

/**
 * Removes `user:password@` from the URL (`DEFAULT_URL_CREDENTIALS`) and returns the Basic
 * credentials to send ("basic-auth"), or nothing ("drop"); "refuse" fails the trust check.
 */
function takeUrlCredentials(url: URL, text: string, policy: UrlCredentials): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  if (policy === 'refuse') throw new RequestOptionsError('WSC_ERR_TRUST_CHECK_FAILED', engineMessages.trustCheckFailed(text), 'Url');
  const pair = `${percentDecode(url.username)}:${percentDecode(url.password)}`;
  url.username = '';
  url.password = '';
  return policy === 'basic-auth' ? `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` : undefined;
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function mergeHeaders(kind: StreamKind, user: Array<[string, string]>, gzipped: boolean, authorization: string | undefined): Array<[string, string]> {
  const defaults = kind === 'SSE' ? DEFAULT_SSE_HEADERS : kind === 'WebSocket' ? DEFAULT_WEBSOCKET_HEADERS : DEFAULT_HTTP_HEADERS;
  const userNames = new Set(user.map(([name]) => name.toLowerCase()));
  const merged: Array<[string, string]> = [['User-Agent', USER_AGENT]];
  for (const [name, value] of Object.entries(defaults)) {
    if (!userNames.has(name.toLowerCase())) merged.push([name, value]);
  }
  if (authorization !== undefined && !userNames.has('authorization')) merged.push(['Authorization', authorization]);
  merged.push(...user);
  if (gzipped && !userNames.has('content-encoding')) merged.push(['Content-Encoding', 'gzip']);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
