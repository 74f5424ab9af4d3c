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

/** [roblox-docs] "six total clients allowed at one time"; R9 observed the same limit. */
export const DEFAULT_MAX_LIVE_CLIENTS = 6;

/** R11: `DFIntWebStreamClientRequestTimeoutMs` = 1,800,000 on one observed machine (30 min). */
export const DEFAULT_LIFETIME_MS = 30 * 60 * 1000;

/**
 * How SSE bodies become `MessageReceived` calls (R1 vs R2):
 * - `"block"`: one message per event block, its raw bytes including the terminating blank line.
 * - `"read"`: one message per transport read, capped at `DEFAULT_MAX_READ_BYTES`.
 */
export type SseMessageMode = 'block' | 'read';
export const DEFAULT_SSE_MESSAGE_MODE: SseMessageMode = 'block';

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
 * How byte strings (Luau strings) are shown to JavaScript:
 * - `"bytes"`: a latin1 "binary string", one char code (0–255) per byte, exactly what Luau sees.
 * - `"utf8"`: incoming bytes decoded as UTF-8 (invalid bytes become U+FFFD), outgoing strings
 *   encoded as UTF-8.
 */
export type MessageStrings = 'bytes' | 'utf8';
export const DEFAULT_MESSAGE_STRINGS: MessageStrings = 'bytes';

/**
 * undici's default `bodyTimeout` and `headersTimeout` (300 s each) would end quiet streams
 * (nodejs/undici#474). 0 turns them off; the `Timeout` request option and the lifetime cap are
 * the only clocks.
 */
export const DEFAULT_UNDICI_BODY_TIMEOUT_MS = 0;
export const DEFAULT_UNDICI_HEADERS_TIMEOUT_MS = 0;

/** Open question 3: the status passed to `Error` when no HTTP status applies (network failure). */
export const NETWORK_FAILURE_STATUS = 0;

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
