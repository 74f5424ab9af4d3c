/**
 * The WebStreamClient state machine: it owns the state, the signals and one session, and
 * nothing else (no parsing, no sockets).
 *
 * [roblox-docs] WebStreamClientState: a new client is Connecting, becomes Open after a successful
 * handshake, and ends Closed (completed, closed by the server or by `Close()`) or Error
 * (unrecoverable). Each transition below is one private method that opens with a guard, so no
 * event can fire after Closed and `Close()` on a finished client does nothing.
 *
 * Event order (R8, §1.3 item 5): failure → state Error, `Error(status, message)`, `Closed()`;
 * clean end or `Close()` → state Closed, `Closed()`. Each state change fires `Changed` with
 * "ConnectionState" (and that property's changed-signal) before the event it causes.
 */
import { Buffer } from 'node:buffer';
import { RBXObjectPropertyNames, WebStreamClientPropertyNames, WebStreamClientStub, type RBXScriptSignal, type WebStreamClientStateItem } from '../contract.js';
import { isUtf8Bytes } from '../bytes/ByteString.js';
import { Enum } from '../enums/Enum.js';
import { engineMessages } from '../errors/engineMessages.js';
import { UsageError } from '../errors/UsageError.js';
import type { StreamKind, StreamRequest } from '../request/StreamRequest.js';
import { REFUSE_INVALID_UTF8_SEND } from '../semantics.js';
import { openSession } from '../sessions/openSession.js';
import type { Session, SessionListener } from '../sessions/Session.js';
import { Signal, fireSignal } from '../signals/createSignal.js';
import { PropertyChangedSignals, refuseReadOnlyAssignment } from '../object/PropertyChangedSignals.js';
import { classifyTransportError } from '../transports/classifyTransportError.js';
import { formatOpenedHeaders } from '../transports/formatOpenedHeaders.js';
import type { ResponseHead, TransportFailure } from '../transports/Transport.js';
import type { MessageDecoder } from '../bytes/createStringCodec.js';
import { describeFailure } from './describeFailure.js';
import type { ClientEnvironment } from './ClientEnvironment.js';
import { FACTORY_TOKEN, type FactoryToken } from './factoryToken.js';
import { NotCreatableError } from '../errors/NotCreatableError.js';

const CLASS_NAME = 'WebStreamClient';
/** The class and its ancestors, for IsA (WebStreamClient inherits from Object). */
const CLASS_CHAIN: ReadonlySet<string> = new Set([CLASS_NAME, 'Object']);
/** Properties GetPropertyChangedSignal accepts: the class's own and Object's, from the API dump. */
const PROPERTIES: ReadonlySet<string> = new Set<string>([...WebStreamClientPropertyNames, ...RBXObjectPropertyNames]);

const State = Enum.WebStreamClientState;
const TIMED_OUT: TransportFailure = Object.freeze({ type: 'network', name: 'TimedOut' });

// The ways in to a client's transitions for its session and timers, set in the class's static
// block: module-level functions and one small object per client instead of closures (issue 14).
let sessionEventImpl: {
  readonly opened: (client: NodeWebStreamClient, head: ResponseHead) => void;
  readonly message: (client: NodeWebStreamClient, bytes: Uint8Array | string, isAscii?: boolean) => void;
  readonly ended: (client: NodeWebStreamClient) => void;
  readonly failed: (client: NodeWebStreamClient, failure: TransportFailure) => void;
};
let failTimedOut: (client: NodeWebStreamClient) => void;
let failIfStillConnecting: (client: NodeWebStreamClient) => void;

/** Ends a client at its service's lifetime cap (R11); called by the service's LifetimeCap. */
export function failAtLifetimeCap(client: NodeWebStreamClient): void {
  failTimedOut(client);
}

/** Handler of `Opened(responseStatusCode, headers)`. */
export type OpenedHandler = (responseStatusCode: number, headers: string) => void;
/** Handler of `MessageReceived(message)`. */
export type MessageHandler = (message: string) => void;
/** Handler of `Error(responseStatusCode, errorMessage)`. */
export type ErrorHandler = (responseStatusCode: number, errorMessage: string) => void;

export class NodeWebStreamClient extends WebStreamClientStub {
  // Signals are made on first use (an idle client pays only for those a script touched).
  #opened: Signal<OpenedHandler> | undefined;
  #message: Signal<MessageHandler> | undefined;
  #error: Signal<ErrorHandler> | undefined;
  #closed: Signal<() => void> | undefined;
  #changed: Signal<(property: string) => void> | undefined;

  readonly #kind: StreamKind;
  readonly #environment: ClientEnvironment;

  // Made on first use too (GetPropertyChangedSignal).
  #propertySignals: PropertyChangedSignals | undefined;
  /** The `Timeout` request option's timer, while the client waits for the response head. */
  #connectTimer: NodeJS.Timeout | undefined;
  /** WebSocket: the service's shared whole-message decoder; HTTP streams: one of their own. */
  readonly #decoder: MessageDecoder;
  #state: WebStreamClientStateItem = State.Connecting;
  #session: Session | undefined;
  #failureCause: unknown;
  /** The status of the response head (SSE/RawStream), once it arrived. */
  #responseStatus: number | undefined;

  /**
   * Made only by `HttpService.CreateWebStreamClient` (the class is NotCreatable).
   * @hidden
   */
  constructor(token: FactoryToken, request: StreamRequest, environment: ClientEnvironment) {
    super();
    if (token !== FACTORY_TOKEN) throw new NotCreatableError(CLASS_NAME);
    this.#kind = request.kind;
    this.#environment = environment;
    // HTTP streams are one text split at arbitrary reads; WebSocket messages are whole.
    this.#decoder = environment.codec.createDecoder(request.kind !== 'WebSocket');
    // Connect after the creating script has run to its end, so handlers it connects right after
    // CreateWebStreamClient see every event (as in Luau, where the call does not yield).
    queueMicrotask(() => this.#connect(request));
  }

  // ---- signals --------------------------------------------------------------------------

  override get Opened(): RBXScriptSignal<OpenedHandler> {
    return (this.#opened ??= new Signal('Opened', this.#environment.signals));
  }

  override get MessageReceived(): RBXScriptSignal<MessageHandler> {
    return (this.#message ??= new Signal('MessageReceived', this.#environment.signals));
  }

  override get Error(): RBXScriptSignal<ErrorHandler> {
    return (this.#error ??= new Signal('Error', this.#environment.signals));
  }

  override get Closed(): RBXScriptSignal<() => void> {
    return (this.#closed ??= new Signal('Closed', this.#environment.signals));
  }

  override get Changed(): RBXScriptSignal<(property: string) => void> {
    return (this.#changed ??= new Signal('Changed', this.#environment.signals));
  }

  // ---- Object members -------------------------------------------------------------------

  override get ClassName(): string {
    return CLASS_NAME;
  }

  override set ClassName(_value: string) {
    refuseReadOnlyAssignment('ClassName');
  }

  /** @deprecated Use `ClassName`. */
  override get className(): string {
    return CLASS_NAME;
  }

  override set className(_value: string) {
    refuseReadOnlyAssignment('className');
  }

  override IsA(className: string): boolean {
    return CLASS_CHAIN.has(className);
  }

  /** @deprecated Use `IsA`. */
  override isA(className: string): boolean {
    return this.IsA(className);
  }

  override GetPropertyChangedSignal(property: string): RBXScriptSignal<() => void> {
    return (this.#propertySignals ??= new PropertyChangedSignals(PROPERTIES, this.#environment.signals)).get(property);
  }

  // ---- WebStreamClient members ----------------------------------------------------------

  /** [roblox-docs] ReadOnly; assigning throws the engine's read-only error. */
  override get ConnectionState(): WebStreamClientStateItem {
    return this.#state;
  }

  override set ConnectionState(_value: WebStreamClientStateItem) {
    refuseReadOnlyAssignment('ConnectionState');
  }

  /**
   * [roblox-docs] Sends a text frame on WebSocket clients and does nothing for the other types.
   * Before Open or after the end it does nothing either (§1.3 item 8).
   */
  override Send(data: string): void {
    if (this.#kind !== 'WebSocket') return;
    if (typeof data !== 'string') throw new UsageError('WSC_ERR_NOT_A_BYTE_STRING', engineMessages.sendNotString(typeof data));
    const bytes = this.#environment.codec.encode(data, 'Send data');
    if (REFUSE_INVALID_UTF8_SEND && !isUtf8Bytes(bytes)) {
      throw new UsageError('WSC_ERR_SEND_NOT_UTF8', engineMessages.sendNotUtf8());
    }
    if (this.#state !== State.Open) return;
    this.#session?.send(bytes);
  }

  /** [roblox-docs] Closes the connection; fires Closed. Does nothing once the client has ended. */
  override Close(): void {
    this.#closeByScript();
  }

  /** Node-only (not in Roblox): the underlying error of the last failure, for debugging. */
  get failureCause(): unknown {
    return this.#failureCause;
  }

  // ---- transitions ----------------------------------------------------------------------

  #connect(request: StreamRequest): void {
    if (this.#state !== State.Connecting || this.#session !== undefined) return; // closed before start
    const { lifetimeCap, session: settings } = this.#environment;
    // R11: the engine caps a connection's life (30 min observed); reported as a timeout.
    lifetimeCap?.start(this);
    if (request.timeoutMs !== undefined) {
      // RequestAsync's Timeout, applied to the wait for the response head / handshake. Kept
      // ref'ed: a live client holds a socket anyway, and #open or #finish clears it.
      this.#connectTimer = setTimeout(failIfStillConnecting, request.timeoutMs, this);
    }
    try {
      const session = openSession(request, settings, new SessionEvents(this));
      // A transport may fail synchronously (e.g. a request undici refuses outright).
      if (this.#isLive()) this.#session = session;
      else session.close();
    } catch (error) {
      this.#fail({ type: 'network', name: classifyTransportError(error), cause: error });
    }
  }

  #open(head: ResponseHead): void {
    if (this.#state !== State.Connecting) return;
    if (this.#kind !== 'WebSocket') this.#responseStatus = head.status;
    // The Timeout option bounds the wait for the head only: its timer has nothing left to do.
    clearTimeout(this.#connectTimer);
    this.#connectTimer = undefined;
    this.#setState(State.Open);
    const headers = this.#environment.codec.decode(Buffer.from(formatOpenedHeaders(head.rawHeaders), 'latin1'));
    fireSignal(this.#opened, head.status, headers);
  }

  #receive(bytes: Uint8Array | string, isAscii?: boolean): void {
    if (this.#state !== State.Open) return;
    const message = typeof bytes === 'string' ? this.#decoder.decodeByteString(bytes, isAscii) : this.#decoder.decode(bytes);
    // Streaming UTF-8: bytes that only start a character wait for the next read.
    if (message === '' && bytes.length > 0) return;
    fireSignal(this.#message, message);
  }

  #end(): void {
    if (!this.#isLive()) return;
    const rest = this.#state === State.Open ? this.#decoder.flush() : '';
    if (rest !== '') fireSignal(this.#message, rest);
    this.#finish(State.Closed);
    fireSignal(this.#closed);
  }

  #fail(failure: TransportFailure): void {
    if (!this.#isLive()) return;
    const { status, message } = describeFailure(failure, {
      kind: this.#kind,
      responseStatus: this.#responseStatus,
      reporting: this.#environment.failureReporting,
    });
    this.#failureCause = failure.cause;
    this.#finish(State.Error);
    fireSignal(this.#error, status, message);
    fireSignal(this.#closed);
  }

  #closeByScript(): void {
    if (!this.#isLive()) return;
    if (this.#environment.closeReportsAborted && this.#kind !== 'WebSocket') {
      // CLOSE_REPORTS_ABORTED (L): the abort is reported as a failure.
      this.#fail({ type: 'network', name: 'Aborted' });
      return;
    }
    this.#finish(State.Closed);
    fireSignal(this.#closed);
  }

  // ---- helpers --------------------------------------------------------------------------

  #isLive(): boolean {
    return this.#state === State.Connecting || this.#state === State.Open;
  }

  /** Leaves the live states: stops the session and the timers, frees the slot, sets the state. */
  #finish(finalState: WebStreamClientStateItem): void {
    this.#environment.lifetimeCap?.stop(this);
    clearTimeout(this.#connectTimer);
    this.#connectTimer = undefined;
    const session = this.#session;
    this.#session = undefined;
    session?.close();
    this.#environment.release(this);
    this.#setState(finalState);
  }

  #setState(state: WebStreamClientStateItem): void {
    if (this.#state === state) return;
    this.#state = state;
    fireSignal(this.#changed, 'ConnectionState');
    this.#propertySignals?.fire('ConnectionState');
  }

  static {
    sessionEventImpl = {
      opened: (client, head) => client.#open(head),
      message: (client, bytes, isAscii) => client.#receive(bytes, isAscii),
      ended: (client) => client.#end(),
      failed: (client, failure) => client.#fail(failure),
    };
    failTimedOut = (client) => client.#fail(TIMED_OUT);
    failIfStillConnecting = (client) => {
      if (client.#state === State.Connecting) client.#fail(TIMED_OUT);
    };
  }
}

/** What the session reports (opened, a message, ended, failed), passed on to the client's transitions. */
class SessionEvents implements SessionListener {
  readonly #client: NodeWebStreamClient;

  constructor(client: NodeWebStreamClient) {
    this.#client = client;
  }

  head(head: ResponseHead): void {
    sessionEventImpl.opened(this.#client, head);
  }

  data(bytes: Uint8Array | string, isAscii?: boolean): void {
    sessionEventImpl.message(this.#client, bytes, isAscii);
  }

  end(): void {
    sessionEventImpl.ended(this.#client);
  }

  failure(failure: TransportFailure): void {
    sessionEventImpl.failed(this.#client, failure);
  }
}
