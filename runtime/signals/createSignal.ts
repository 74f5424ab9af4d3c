/**
 * Roblox-style signals (RBXScriptSignal): `Connect`, `Once`, `Wait`, with connections that can be
 * disconnected. `createSignal` returns the public signal and, separately, the `fire` function,
 * so only the owner (the client) can fire it.
 *
 * Delivery (decision in runtime/semantics.ts, `DEFAULT_SIGNAL_BEHAVIOR`):
 * - handlers run in the order they were connected;
 * - "Immediate": inside `fire`; "Deferred": all handlers of one firing in one queued microtask;
 * - the handlers called are those connected when `fire` ran and still connected when their turn
 *   comes (a handler disconnected in the meantime is skipped);
 * - a handler that throws (or returns a promise that rejects) is reported through
 *   `reportHandlerError` and does not stop the other handlers or the client.
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

class Connection implements RBXScriptConnection {
  #connected = true;

  constructor(
    readonly handler: (...args: any[]) => unknown,
    readonly once: boolean,
    private readonly detach: (connection: Connection) => void,
  ) {}

  get Connected(): boolean {
    return this.#connected;
  }

  Disconnect(): void {
    if (!this.#connected) return;
    this.#connected = false;
    this.detach(this);
  }
}

export function createSignal<T extends (...args: any[]) => void>(
  signalName: string,
  environment: SignalEnvironment,
): SignalPair<T> {
  // Replaced (never mutated) on every change, so a firing can keep its own snapshot.
  let connections: readonly Connection[] = [];

  const detach = (connection: Connection): void => {
    connections = connections.filter((candidate) => candidate !== connection);
  };

  const connect = (handler: T, once: boolean): Connection => {
    if (typeof handler !== 'function') {
      throw new UsageError('WSC_ERR_INVALID_HANDLER', engineMessages.invalidHandler(signalName));
    }
    const connection = new Connection(handler, once, detach);
    connections = [...connections, connection];
    return connection;
  };

  const invoke = (snapshot: readonly Connection[], args: readonly unknown[]): void => {
    for (const connection of snapshot) {
      if (!connection.Connected) continue;
      if (connection.once) connection.Disconnect();
      try {
        const result = connection.handler(...args);
        if (isPromiseLike(result)) {
          result.then(undefined, (error: unknown) => environment.reportHandlerError(error, signalName));
        }
      } catch (error) {
        environment.reportHandlerError(error, signalName);
      }
    }
  };

  const signal: RBXScriptSignal<T> = Object.freeze({
    Connect: (handler: T) => connect(handler, false),
    Once: (handler: T) => connect(handler, true),
    Wait: () =>
      new Promise<Parameters<T>>((resolve) => {
        connect(((...args: Parameters<T>) => resolve(args)) as T, true);
      }),
    toString: () => `Signal ${signalName}`,
  });

  const fire = (...args: Parameters<T>): void => {
    const snapshot = connections;
    if (snapshot.length === 0) return;
    if (environment.behavior === 'Immediate') invoke(snapshot, args);
    else queueMicrotask(() => invoke(snapshot, args));
  };

  return { signal, fire };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
