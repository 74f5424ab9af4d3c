/**
 * Roblox-style signals (RBXScriptSignal): `Connect`, `Once`, `Wait`, with connections that can be
 * disconnected. A `Signal` is the public object; only its owner can fire it, through
 * `fireSignal` (or the `fire` of `createSignal`'s pair), which scripts never see.
 *
 * Delivery (decision in runtime/semantics.ts, `DEFAULT_SIGNAL_BEHAVIOR`):
 * - handlers run in the order they were connected;
 * - "Immediate": inside `fire`; "Deferred": after the firing code has finished, in one queued
 *   microtask per batch of firings (below), in the order the firings happened;
 * - the handlers called are those connected when `fire` ran and still connected when their turn
 *   comes (a handler disconnected in the meantime is skipped);
 * - a handler that throws (or returns a promise that rejects) is reported through
 *   `reportHandlerError` and does not stop the other handlers or the client.
 *
 * Cost (issue 14): signals are plain objects whose methods live on the prototype, so an idle
 * client pays a few fields per signal rather than a set of closures, and owners may create them
 * on first use. Deferred firings go into one module-wide queue drained by a single microtask, not
 * a microtask and a closure per firing. The queue keeps the order of a microtask per firing: a
 * batch holds the firings made before its microtask ran; firings made by handlers during a batch
 * go into the next batch, which is queued behind whatever those handlers queued first.
 */
import type { RBXScriptConnection, RBXScriptSignal } from '../contract.js';
import type { SignalBehavior } from '../semantics.js';
import { engineMessages } from '../errors/engineMessages.js';
import { UsageError } from '../errors/UsageError.js';

export type HandlerErrorReporter = (error: unknown, signalName: string) => void;

export interface SignalEnvironment {
  readonly behavior: SignalBehavior;
  readonly reportHandlerError: HandlerErrorReporter;
}

export interface SignalPair<T extends (...args: any[]) => void> {
  readonly signal: RBXScriptSignal<T>;
  readonly fire: (...args: Parameters<T>) => void;
}

type AnyHandler = (...args: any[]) => unknown;

/**
 * A signal's connections at one moment: none, the only one (most signals have one handler, and
 * an array for it would cost 56 bytes more per signal, issue 14), or an array of two or more.
 * Replaced, never mutated, on every change, so a firing can keep its own snapshot.
 */
type Connections = undefined | Connection | readonly Connection[];

/**
 * A firing's arguments without an array per firing (issue 14: a busy WebSocket fires once per
 * message): their count, and the first two; with more than two, `first` holds them all.
 */
type Snapshot = Connection | readonly Connection[];
type FireFunction = (signal: Signal<AnyHandler>, count: number, first: unknown, second: unknown) => void;
type InvokeFunction = (signal: Signal<AnyHandler>, snapshot: Snapshot, count: number, first: unknown, second: unknown) => void;

/** Set in Signal's static block: the only ways in to a signal's private state. */
let fireImpl: FireFunction;
let detachImpl: (signal: Signal<AnyHandler>, connection: Connection) => void;
let invokeImpl: InvokeFunction;

class Connection implements RBXScriptConnection {
  #signal: Signal<AnyHandler> | undefined;

  constructor(
    readonly handler: AnyHandler,
    readonly once: boolean,
    signal: Signal<AnyHandler>,
  ) {
    this.#signal = signal;
  }

  get Connected(): boolean {
    return this.#signal !== undefined;
  }

  Disconnect(): void {
    const signal = this.#signal;
    if (signal === undefined) return;
    this.#signal = undefined;
    detachImpl(signal, this);
  }
}

export class Signal<T extends (...args: any[]) => void> implements RBXScriptSignal<T> {
  #connections: Connections;
  readonly #name: string;
  readonly #environment: SignalEnvironment;

  constructor(signalName: string, environment: SignalEnvironment) {
    this.#name = signalName;
    this.#environment = environment;
    Object.freeze(this);
  }

  Connect(handler: T): RBXScriptConnection {
    return this.#connect(handler, false);
  }

  Once(handler: T): RBXScriptConnection {
    return this.#connect(handler, true);
  }

  Wait(): Promise<Parameters<T>> {
    return new Promise<Parameters<T>>((resolve) => {
      this.#connect(((...args: Parameters<T>) => resolve(args)) as T, true);
    });
  }

  toString(): string {
    return `Signal ${this.#name}`;
  }

  #connect(handler: T, once: boolean): Connection {
    if (typeof handler !== 'function') {
      throw new UsageError('WSC_ERR_INVALID_HANDLER', engineMessages.invalidHandler(this.#name));
    }
    const connection = new Connection(handler, once, this as unknown as Signal<AnyHandler>);
    const current = this.#connections;
    // concat makes an array of exactly the new length; spreading into a literal reserves room
    // for 16 connections (0.15 KB per signal, issue 14).
    this.#connections = current === undefined ? connection : current instanceof Connection ? [current, connection] : current.concat(connection);
    return connection;
  }

  #fire(count: number, first: unknown, second: unknown): void {
    const snapshot = this.#connections;
    if (snapshot === undefined) return;
    if (this.#environment.behavior === 'Immediate') this.#invoke(snapshot, count, first, second);
    else defer(this as unknown as Signal<AnyHandler>, snapshot, count, first, second);
  }

  #invoke(snapshot: Snapshot, count: number, first: unknown, second: unknown): void {
    if (snapshot instanceof Connection) this.#call(snapshot, count, first, second);
    else for (const connection of snapshot) this.#call(connection, count, first, second);
  }

  #call(connection: Connection, count: number, first: unknown, second: unknown): void {
    if (!connection.Connected) return;
    if (connection.once) connection.Disconnect();
    try {
      // Exactly as many arguments as were fired (a handler may count them, and Wait returns them).
      const { handler } = connection;
      const result = count === 1 ? handler(first) : count === 0 ? handler() : count === 2 ? handler(first, second) : handler(...(first as readonly unknown[]));
      if (isPromiseLike(result)) {
        result.then(undefined, (error: unknown) => this.#environment.reportHandlerError(error, this.#name));
      }
    } catch (error) {
      this.#environment.reportHandlerError(error, this.#name);
    }
  }

  static {
    fireImpl = (signal, count, first, second) => signal.#fire(count, first, second);
    detachImpl = (signal, connection) => {
      const current = signal.#connections;
      if (current === connection) signal.#connections = undefined;
      else if (Array.isArray(current)) {
        const rest = current.filter((candidate) => candidate !== connection);
        signal.#connections = rest.length === 1 ? rest[0] : rest;
      }
    };
    invokeImpl = (signal, snapshot, count, first, second) => signal.#invoke(snapshot, count, first, second);
  }
}

/** Fires `signal` with `args` (the owner's side; scripts only get the signal). */
export function fireSignal<T extends (...args: any[]) => void>(signal: Signal<T> | undefined, ...args: Parameters<T>): void;
export function fireSignal(signal: Signal<AnyHandler> | undefined, first?: unknown, second?: unknown): void {
  if (signal === undefined) return;
  // Named parameters rather than a rest array; `arguments.length` keeps the count exact.
  const count = arguments.length - 1;
  if (count <= 2) fireImpl(signal, count, first, second);
  else fireImpl(signal, count, Array.prototype.slice.call(arguments, 1), undefined);
}

/** A signal and the function that fires it. */
export function createSignal<T extends (...args: any[]) => void>(signalName: string, environment: SignalEnvironment): SignalPair<T> {
  const signal = new Signal<T>(signalName, environment);
  const fire = (...args: Parameters<T>): void => fireSignal(signal, ...args);
  return { signal, fire };
}

// ---- Deferred delivery: one queue, one microtask per batch ---------------------------------

/** Slots per pending firing: signal, snapshot of its connections, argument count, two arguments. */
const SLOTS = 5;
/**
 * Pending firings, SLOTS slots each, in `queue[0 .. queued)`. The queue and the spare take turns
 * and keep their length: slots are overwritten, and cleared once delivered (so delivered
 * arguments can be collected), rather than arrays being made, grown and truncated per batch.
 */
let queue: unknown[] = [];
let queued = 0;
let spare: unknown[] = [];
let drainScheduled = false;
/**
 * The drain is queued as a reaction to this settled promise: one microtask, like
 * queueMicrotask, but without the async resource Node's queueMicrotask makes per call (about
 * 0.1–0.3 µs, paid per batch, i.e. per socket read on a busy WebSocket; issue 14). drain never
 * throws, so the promise it returns never rejects.
 */
const settled = Promise.resolve();

function defer(signal: Signal<AnyHandler>, snapshot: Snapshot, count: number, first: unknown, second: unknown): void {
  const at = queued;
  queued = at + SLOTS;
  queue[at] = signal;
  queue[at + 1] = snapshot;
  queue[at + 2] = count;
  queue[at + 3] = first;
  queue[at + 4] = second;
  if (!drainScheduled) {
    drainScheduled = true;
    void settled.then(drain);
  }
}

function drain(): void {
  const batch = queue;
  const length = queued;
  // Firings made by handlers go to the next batch.
  queue = spare;
  queued = 0;
  drainScheduled = false;
  for (let index = 0; index < length; index += SLOTS) {
    const signal = batch[index] as Signal<AnyHandler>;
    const snapshot = batch[index + 1] as Snapshot;
    const count = batch[index + 2] as number;
    const first = batch[index + 3];
    const second = batch[index + 4];
    batch[index] = batch[index + 1] = batch[index + 3] = batch[index + 4] = undefined;
    try {
      invokeImpl(signal, snapshot, count, first, second);
    } catch (error) {
      // Only a throwing reportHandlerError gets here. With a microtask per firing it would have
      // surfaced as an uncaught error of that microtask; it still does, and the batch goes on.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
  spare = batch;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
