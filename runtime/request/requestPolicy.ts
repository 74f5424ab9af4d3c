/**
 * Which request methods and headers scripts may use, and the headers the runtime adds, as named
 * data with the reason for each group (sources and confidence in docs/semantics.md).
 */

/** [roblox-docs] HttpService request methods; case-sensitive (RequestAsync reference). */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'] as const;
export type RequestMethod = (typeof ALLOWED_METHODS)[number];

/** The request fields the engine reads (the fields of RequestAsync). */
export const REQUEST_FIELDS = ['Url', 'Method', 'Headers', 'Body', 'Compress', 'Timeout'] as const;

/**
 * Header names a script may not set (compared case-insensitively).
 * - [engine] RequestAsync's locked list (older community reference, M) and the documented
 *   `User-Agent` and `Roblox-Id`.
 * - [node] hop-by-hop and WebSocket handshake headers that the transport itself owns; undici and
 *   ws would otherwise reject or corrupt the request. Not known to be refused by Roblox.
 */
export const LOCKED_HEADERS: ReadonlySet<string> = new Set([
  // [engine]
  'accept-encoding',
  'connection',
  'content-length',
  'expect',
  'forwarded',
  'host',
  'proxy-connection',
  'user-agent',
  'via',
  'x-att-deviceid',
  'x-wap-profile',
  'roblox-id',
  // [node]
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
  'sec-websocket-accept',
]);

/** [engine] Every `X-Forwarded-*` header is locked too. */
export const LOCKED_HEADER_PREFIXES: readonly string[] = ['x-forwarded-'];

/**
 * Headers sent unless the script sets them. [engine] RequestAsync sends `Accept: *\/*` and
 * `Cache-Control: no-cache` by default and identified Studio as `RobloxStudio/WinInet` (M).
 * For SSE we send `Accept: text/event-stream` (L: the engine's SSE Accept value is unknown).
 * `Accept-Encoding` is not sent, so bodies arrive uncompressed (Roblox sends `gzip, deflate`).
 */
export const USER_AGENT = 'RobloxStudio/WinInet';
export const DEFAULT_HTTP_HEADERS: Readonly<Record<string, string>> = { Accept: '*/*', 'Cache-Control': 'no-cache' };
export const DEFAULT_SSE_HEADERS: Readonly<Record<string, string>> = {
  Accept: 'text/event-stream',
  'Cache-Control': 'no-cache',
};
export const DEFAULT_WEBSOCKET_HEADERS: Readonly<Record<string, string>> = {};

/** True when scripts may not set the header `name`. */
export function isLockedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return LOCKED_HEADERS.has(lower) || LOCKED_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
