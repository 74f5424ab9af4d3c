/**
 * Every behaviour decision of the runtime, as one named constant each.
 *
 * The Roblox engine is closed source, so some of its behaviour is known only from public plugin
 * code and forum reports (the R-numbers refer to ../shared/research/runtime-semantics.md (outside this repository) and
 * are repeated with their confidence in docs/semantics.md). When a Studio capture settles an open
 * question, change the constant here; docs/semantics.md links to each one by name.
 *
 * Values that a user may want to change per HttpService are also exposed as options of
 * `createHttpService` (see runtime/service/HttpServiceOptions.ts); the constants here are their
 * defaults.
 */

/**
 * [roblox-docs] "six total clients allowed at one time"; R9 observed the same limit. Conflicting
 * (second-hand, L): a staff reply calls "the limit of 4 WebStreamClients" global, with a flag
 * `DFIntHttpServiceMaxSseClients = 4`. Kept at the documented 6; option `maxLiveClients`.
 */
export const DEFAULT_MAX_LIVE_CLIENTS = 6;

/** R11: `DFIntWebStreamClientRequestTimeoutMs` = 1,800,000 on one observed machine (30 min). */
export const DEFAULT_LIFETIME_MS = 30 * 60 * 1000;

/**
 * How SSE bodies become `MessageReceived` calls (R1 vs R2; docs/semantics.md, "SSE"):
 * - `"read"`: one message per transport read, capped at `DEFAULT_MAX_READ_BYTES` (the only
 *   direct observation of Studio saw read-sized messages: one 16,739-byte event as 16,372 + 367
 *   bytes, and two events in one message). Code written for this also works with blocks.
 * - `"block"`: one message per event block, its raw bytes including the terminating blank line.
 */
export type SseMessageMode = 'block' | 'read';
export const DEFAULT_SSE_MESSAGE_MODE: SseMessageMode = 'read';

/** R2: a 16,739-byte event arrived as 16,372 + 367 bytes, i.e. reads of at most ~16 KiB. */
export const DEFAULT_MAX_READ_BYTES = 16 * 1024;

/**
 * Roblox runs signal handlers either deferred (queued, the default for new places) or
 * immediately. `"Deferred"` queues each firing as one microtask; `"Immediate"` calls handlers
 * inside the firing call.
 */
export type SignalBehavior = 'Deferred' | 'Immediate';
export const DEFAULT_SIGNAL_BEHAVIOR: SignalBehavior = 'Deferred';

/**
 * How message strings are shown to JavaScript (decided from the Node user's side):
 * - `"utf8"` (default): incoming bytes decoded as UTF-8 text (a character split across two reads
 *   of an HTTP stream is carried to the next message; invalid bytes become U+FFFD), outgoing
 *   strings (`Send`, `Body`) encoded as UTF-8. `JSON.parse(message)` and `console.log(message)`
 *   just work for non-ASCII text.
 * - `"bytes"`: a latin1 "binary string", one char code (0–255) per byte, exactly what Luau sees
 *   (use it for binary WebSocket frames or to reproduce byte-level behaviour).
 */
export type MessageStrings = 'bytes' | 'utf8';
export const DEFAULT_MESSAGE_STRINGS: MessageStrings = 'utf8';

/**
 * undici's default `bodyTimeout` and `headersTimeout` (300 s each) would end quiet streams
 * (nodejs/undici#474). 0 turns them off; the `Timeout` request option and the lifetime cap are
 * the only clocks.
 */
export const DEFAULT_UNDICI_BODY_TIMEOUT_MS = 0;
export const DEFAULT_UNDICI_HEADERS_TIMEOUT_MS = 0;

/**
 * How network failures are reported (docs/semantics.md, "Failures"):
 * - `"engine"`: the statuses and texts public Studio output shows: a WebSocket that cannot
 *   connect gives `Error(400, "HttpError: ConnectFail")` (rojo-rbx/rojo issue 1260); one that
 *   loses its connection while open gives `Error(400, "Failed ws recv - err: …")` (rojo issue
 *   1240, pull request 1287); an SSE/RawStream request that fails before any response gives
 *   status -1 with `HttpError: <name>`; after the response arrived, the response's status (the
 *   inactivity timeout is reported with 200).
 * - `"generic"`: status 0 and `HttpError: <name>` for every network failure (this runtime's
 *   behaviour before the evidence was collected).
 */
export type FailureReporting = 'engine' | 'generic';
export const DEFAULT_FAILURE_REPORTING: FailureReporting = 'engine';

/** Status of a WebSocket failure that is not an HTTP answer (connect or receive failure). */
export const WEBSOCKET_FAILURE_STATUS = 400;
/** Status of an SSE/RawStream failure before any response arrived. */
export const HTTP_STREAM_NO_RESPONSE_STATUS = -1;
/** Status of any network failure in `"generic"` reporting. */
export const GENERIC_FAILURE_STATUS = 0;

/**
 * SSE/RawStream inactivity timeout: a stream that receives no byte for this long after Opened
 * ends with `Error(<response status>, "HttpError: InactivityTimeout")` then `Closed`. Plugin notes
 * and the SSE announcement give about 20 s and advise heartbeats (second-hand, M). WebSockets are
 * not affected (30 s pushes stayed open for minutes). `Infinity` turns it off.
 */
export const DEFAULT_INACTIVITY_TIMEOUT_MS = 20_000;

/**
 * SSE response checks: the engine reports "Invalid Content-Type header for SSE client" for a
 * response of another type even when its status is 4xx/5xx (second-hand, two plugins moved to
 * RawStream to read error bodies), so the Content-Type is checked before the status.
 */
export const SSE_CONTENT_TYPE_FIRST = true;

/**
 * `Close()` reporting: the docs say Close "fires Closed" (H), one plugin notes that a stream
 * closed by the script reports `HttpError: Aborted` (L). `false`: Closed only. `true`: on SSE and
 * RawStream, `Error(<status>, "HttpError: Aborted")` then Closed.
 */
export const CLOSE_REPORTS_ABORTED = false;

/**
 * What happens to credentials in the URL (`http://user:pass@host/`): the engine's HTTP stack is
 * libcurl (its errors carry a `curlErrBuf`), which sends URL credentials as Basic auth for every
 * request, so all three client types do (unless the script sets `Authorization` itself).
 * `"drop"` strips them; `"refuse"` fails `CreateWebStreamClient` with a trust-check error.
 */
export type UrlCredentials = 'basic-auth' | 'drop' | 'refuse';
export const DEFAULT_URL_CREDENTIALS: UrlCredentials = 'basic-auth';

/**
 * After `Close()` (or a timer ending the client) on an open WebSocket, how long to wait for the
 * peer's close frame before the socket is destroyed. ws waits 30 s by default, which kept the
 * process alive; nothing of a finished client outlives this.
 */
export const DEFAULT_WEBSOCKET_CLOSE_TIMEOUT_MS = 1000;

/**
 * The largest WebSocket message received (ws's `maxPayload`; ws's own default, now explicit).
 * A larger message fails the client with `Error(400, "Failed ws recv - err: 100 …")`. Roblox's
 * limit is unknown (staff: "no direct limitations" on Send, R17).
 */
export const DEFAULT_MAX_WEBSOCKET_MESSAGE_BYTES = 100 * 1024 * 1024;

/**
 * The largest response head accepted (all header lines). libcurl, the engine's HTTP stack, refuses
 * response headers over 300 KiB in total (curl 8.3+); Node's default would be 16 KiB. A larger head
 * fails the client with `HttpError: NetFail` (curl reports a receive error).
 */
export const DEFAULT_MAX_RESPONSE_HEADER_BYTES = 300 * 1024;

/**
 * Open question 2: the status `Opened` reports for WebSockets: `"handshake"` passes the real
 * handshake status (101); a number replaces it (e.g. 200, should a capture show that).
 */
export const WEBSOCKET_OPENED_STATUS: 'handshake' | number = 'handshake';

/** Open question 7: the close code sent by `Close()` on an open WebSocket. */
export const WEBSOCKET_CLOSE_CODE = 1000;

/** Open question 7: permessage-deflate is not offered (unknown for Roblox; costly in ws). */
export const WEBSOCKET_PER_MESSAGE_DEFLATE = false;

/**
 * Open question 9: redirects are not followed (a 3xx is an ordinary response). This switch
 * governs the WebSocket handshake (ws's followRedirects); the SSE/RawStream transport uses one
 * undici Client per origin and never follows redirects.
 */
export const FOLLOW_REDIRECTS = false;

/** Open question 8: URL schemes accepted per client type. */
export const HTTP_URL_SCHEMES: readonly string[] = ['http:', 'https:'];
export const WEBSOCKET_URL_SCHEMES: readonly string[] = ['ws:', 'wss:'];

/**
 * §1.3 item 8: a WebSocket `Send` whose bytes are not valid UTF-8 is refused with a typed error
 * (rather than sent as an invalid text frame that the peer closes with 1007).
 */
export const REFUSE_INVALID_UTF8_SEND = true;

/**
 * SSE memory guard: an event block still incomplete after this many bytes fails the client.
 * Not a Roblox fact; a Node-side safety net.
 */
export const DEFAULT_MAX_SSE_BLOCK_BYTES = 16 * 1024 * 1024;
