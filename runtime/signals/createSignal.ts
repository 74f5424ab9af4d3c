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

/** Set in Signal's static block: the only ways in to a signal's private state. */
let fireImpl: (signal: Signal<AnyHandler>, args: readonly unknown[]) => void;
let detachImpl: (signal: Signal<AnyHandler>, connection: Connection) => void;
let invokeImpl: (signal: Signal<AnyHandler>, snapshot: Connection | readonly Connection[], args: readonly unknown[]) => void;

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

  #fire(args: readonly unknown[]): void {
    const snapshot = this.#connections;
    if (snapshot === undefined) return;
    if (this.#environment.behavior === 'Immediate') this.#invoke(snapshot, args);
    else defer(this as unknown as Signal<AnyHandler>, snapshot, args);
  }

  #invoke(snapshot: Connection | readonly Connection[], args: readonly unknown[]): void {
    if (snapshot instanceof Connection) this.#call(snapshot, args);
    else for (const connection of snapshot) this.#call(connection, args);
  }

  #call(connection: Connection, args: readonly unknown[]): void {
    if (!connection.Connected) return;
    if (connection.once) connection.Disconnect();
    try {
      const result = args.length === 1 ? connection.handler(args[0]) : connection.handler(...args);
      if (isPromiseLike(result)) {
        result.then(undefined, (error: unknown) => this.#environment.reportHandlerError(error, this.#name));
      }
    } catch (error) {
      this.#environment.reportHandlerError(error, this.#name);
    }
  }

  static {
    fireImpl = (signal, args) => signal.#fire(args);
    detachImpl = (signal, connection) => {
      const current = signal.#connections;
      if (current === connection) signal.#connections = undefined;
      else if (Array.isArray(current)) {
        const rest = current.filter((candidate) => candidate !== connection);
        signal.#connections = rest.length === 1 ? rest[0] : rest;
      }
    };
    invokeImpl = (signal, snapshot, args) => signal.#invoke(snapshot, args);
  }
}

/** Fires `signal` with `args` (the owner's side; scripts only get the signal). */
export function fireSignal<T extends (...args: any[]) => void>(signal: Signal<T> | undefined, ...args: Parameters<T>): void {
  if (signal !== undefined) fireImpl(signal as unknown as Signal<AnyHandler>, args);
}

/** A signal and the function that fires it. */
export function createSignal<T extends (...args: any[]) => void>(signalName: string, environment: SignalEnvironment): SignalPair<T> {
  const signal = new Signal<T>(signalName, environment);
  return { signal, fire: (...args: Parameters<T>) => fireImpl(signal as unknown as Signal<AnyHandler>, args) };
}

// ---- Deferred delivery: one queue, one microtask per batch ---------------------------------

/** Pending firings, three slots each: signal, snapshot of its connections, arguments. */
let queue: unknown[] = [];
let spare: unknown[] = [];
let drainScheduled = false;
/**
 * The drain is queued as a reaction to this settled promise: one microtask, like
 * queueMicrotask, but without the async resource Node's queueMicrotask makes per call (about
 * 0.1–0.3 µs, paid per batch, i.e. per socket read on a busy WebSocket; issue 14). drain never
 * throws, so the promise it returns never rejects.
 */
const settled = Promise.resolve();

function defer(signal: Signal<AnyHandler>, snapshot: Connection | readonly Connection[], args: readonly unknown[]): void {
  queue.push(signal, snapshot, args);
  if (!drainScheduled) {
    drainScheduled = true;
    void settled.then(drain);
  }
}

function drain(): void {
  const batch = queue;
  // Firings made by handlers go to the next batch. The two arrays take turns, so a busy stream
  // does not grow a fresh array for every batch.
  queue = spare;
  drainScheduled = false;
  for (let index = 0; index < batch.length; index += 3) {
    try {
      invokeImpl(batch[index] as Signal<AnyHandler>, batch[index + 1] as Connection | readonly Connection[], batch[index + 2] as readonly unknown[]);
    } catch (error) {
      // Only a throwing reportHandlerError gets here. With a microtask per firing it would have
      // surfaced as an uncaught error of that microtask; it still does, and the batch goes on.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
  batch.length = 0; // lets go of the delivered arguments
  spare = batch;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
