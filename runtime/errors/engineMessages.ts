/**
 * The message texts of thrown errors and of `Error` events, in one place.
 *
 * Texts marked [engine] are the Roblox engine's own wording (source and confidence in
 * docs/semantics.md); the rest are ours, written to say what to do, and used where the engine's
 * wording is unknown (open question 11).
 */
import { redactUrlPassword } from './redactUrlPassword.js';

export const engineMessages = {
  /** [engine] RequestAsync's text for a missing or empty Url. */
  emptyUrl: () => 'Empty URL',
  /** [engine] RequestAsync's text for a URL it will not call (any password in it redacted). */
  trustCheckFailed: (url: string) => `${redactUrlPassword(url)}: Trust check failed`,
  /** [engine] RequestAsync's text for a locked request header. */
  headerNotAllowed: (name: string) => `Header "${name}" is not allowed!`,
  /** [engine] RequestAsync's text for a Body on GET or HEAD. */
  bodyNotAllowed: () => "Invalid request options, Body should be empty for 'GET' or 'HEAD' method",
  /** [engine] R9: the 7th live client. */
  tooManyClients: () => 'Too many WebStreamClients active, please close existing ones before creating new ones',
  /** [engine] The reflection error for assigning a ReadOnly property. */
  readOnlyProperty: (property: string) => `Unable to assign property ${property}. Property is read only`,
  /** [engine] What Instance.new says for a NotCreatable class (L: wording of the Instance.new error). */
  notCreatable: (className: string) => `Unable to create an Instance of type "${className}"`,
  /** [engine] The reflection error of GetPropertyChangedSignal for an unknown property. */
  invalidPropertyName: (property: string) => `${property} is not a valid property name.`,
  /** [engine] The reflection error for a non-table Dictionary argument. */
  notADictionary: () => 'Unable to cast value to Dictionary',
  /** [engine] The reflection error for a value that is not an item of the expected enum. */
  notAnEnumItem: (enumName: string) => `Unable to cast value to Enum.${enumName}`,

  invalidMethod: (method: string, allowed: readonly string[]) =>
    `Invalid request options, Method "${method}" is not supported; use one of ${allowed.join(', ')} (case-sensitive)`,
  webSocketMethod: (method: string) => `Invalid request options, Method "${method}" is not supported for WebSocket clients; omit Method or use GET`,
  unknownField: (field: string, known: readonly string[]) => `Invalid request options, unknown field "${field}"; the fields are ${known.join(', ')}`,
  fieldType: (field: string, expected: string) => `Invalid request options, ${field} must be ${expected}`,
  invalidHeaderName: (name: string) => `Invalid request options, header name "${name}" must be a non-empty HTTP token (letters, digits and !#$%&'*+-.^_\`|~)`,
  invalidHeaderValue: (name: string) =>
    `Invalid request options, the value of header "${name}" must be a string without CR, LF or NUL and with char codes 0-255`,
  invalidCompress: (value: string) => `Invalid request options, Compress "${value}" is not supported; use "None", "Gzip" or an Enum.HttpCompression item`,
  invalidTimeout: () => 'Invalid request options, Timeout must be a number of seconds greater than 0',
  notAByteString: (what: string) =>
    `${what} contains characters above U+00FF, but this HttpService was created with { messageStrings: "bytes" }, ` +
    'so strings must be byte strings; convert text with ByteString.fromUtf8(text), ' +
    'or use a service with the default { messageStrings: "utf8" }',
  sendNotUtf8: () =>
    'Send data is not valid UTF-8, so it cannot go in a WebSocket text frame; this HttpService uses ' +
    '{ messageStrings: "bytes" }: if the data is text, convert it with ByteString.fromUtf8(text) first',
  sendNotString: (type: string) => `Send data must be a string, got ${type}`,
  invalidHandler: (signal: string) => `Attempt to connect failed: Passed value is not a function (${signal})`,

  /** `Error` event text for a transport failure, in the engine's `HttpError: <name>` form. */
  httpError: (name: HttpErrorName) => `HttpError: ${name}`,
  /** `Error` event text when an SSE response has a non-2xx status. */
  sseBadStatus: (status: number, statusText: string) => `SSE response status ${status}${statusText ? ` ${statusText}` : ''} is not 2xx`,
  /** [engine] `Error` event text when an SSE response is not text/event-stream (second-hand, M). */
  sseInvalidContentType: () => 'Invalid Content-Type header for SSE client',
  /**
   * [engine] `Error` event text when an open WebSocket loses its connection (rojo-rbx/rojo
   * issue 1240): libcurl's error code, its text and curl's error buffer.
   */
  webSocketRecvFailed: (curlCode: number, curlText: string, curlErrBuf: string) =>
    `Failed ws recv - err: ${curlCode} "${curlText}", curlErrBuf: "${curlErrBuf}"`,
  /** `Error` event text when a WebSocket handshake gets a non-101 answer. */
  webSocketRejected: (status: number, statusText: string) => `WebSocket handshake rejected with status ${status}${statusText ? ` ${statusText}` : ''}`,
  waitTimedOut: (event: string, timeoutMs: number) => `${event} did not fire within ${timeoutMs} ms`,
  waitClientFailed: (event: string, status: number, message: string) => `the client failed before ${event} fired: Error(${status}, ${JSON.stringify(message)})`,
  waitClientClosed: (event: string) => `the client closed before ${event} fired`,
  waitAborted: (event: string) => `the wait for ${event} was aborted`,
  waitUnknownEvent: (event: string, known: readonly string[]) => `waitForEvent: "${event}" is not an event of WebStreamClient; use one of ${known.join(', ')}`,
} as const;

/** The names of Roblox's `Enum.HttpError` used in `HttpError: <name>` messages. */
export type HttpErrorName =
  | 'InvalidUrl'
  | 'DnsResolve'
  | 'ConnectFail'
  | 'TimedOut'
  | 'NetFail'
  | 'Aborted'
  | 'SslConnectFail'
  | 'SslVerificationFail'
  | 'Unknown'
  | 'ConnectionClosed'
  | 'ServerProtocolError'
  | 'InactivityTimeout';
