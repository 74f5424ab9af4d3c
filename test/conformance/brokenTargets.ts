/**
 * Deliberately broken runtimes for test/conformance/brokenRuntime.test.ts, each a thin wrapper
 * of the real one (runtime/index.ts) with one fault: a client without its `Error` event, an
 * `Enum` whose `WebStreamClientState.Closed` has the wrong value, and clients that deliver
 * `Error` after `Closed` instead of before it.
 */
import * as runtime from '../../runtime/index.js';
import { createEnum } from '../../runtime/enums/createEnum.js';
import type { ConformanceTarget } from './harness/ConformanceTarget.js';
import { runtimeTarget } from './runtimeTarget.js';

type Handler = (...args: unknown[]) => void;
interface SignalLike {
  Connect(handler: Handler): { Connected: boolean; Disconnect(): void };
  Once(handler: Handler): unknown;
  Wait(): Promise<unknown[]>;
}

/**
 * A view of `target` with some keys replaced or hidden. Everything else reads through to the real
 * object, with methods bound to it (so private fields keep working).
 */
function overlay(target: object, replaced: Readonly<Record<string, unknown>>, hidden: readonly string[] = []): object {
  return new Proxy(target, {
    get(real, key) {
      if (typeof key === 'string' && hidden.includes(key)) return undefined;
      if (typeof key === 'string' && key in replaced) return replaced[key];
      const value: unknown = Reflect.get(real, key, real);
      return typeof value === 'function' ? (value as Handler).bind(real) : value;
    },
    has(real, key) {
      if (typeof key === 'string' && hidden.includes(key)) return false;
      return Reflect.has(real, key);
    },
    set(real, key, value) {
      return Reflect.set(real, key, value, real);
    },
  });
}

/** A target whose services hand out clients passed through `wrap`. */
function withClients(name: string, wrap: (client: object) => object): ConformanceTarget {
  return {
    ...runtimeTarget,
    name,
    service(className, options) {
      const service = runtimeTarget.service(className, options) as { CreateWebStreamClient(type: unknown, options: unknown): object };
      return overlay(service, { CreateWebStreamClient: (type: unknown, options: unknown) => wrap(service.CreateWebStreamClient(type, options)) });
    },
  };
}

/** Clients have no `Error` event at all. */
export const missingErrorEvent: ConformanceTarget = withClients('runtime without WebStreamClient.Error', (client) => overlay(client, {}, ['Error']));

/**
 * `Enum.WebStreamClientState` built with Closed = 4 instead of the dump's 3, the way
 * runtime/enums/Enum.ts builds it, and used by the clients for their ConnectionState.
 */
export const wrongEnumValue: ConformanceTarget = (() => {
  const states = createEnum('WebStreamClientState', { Connecting: 0, Open: 1, Error: 2, Closed: 4 });
  // A copy, not a proxy: the runtime's Enum is frozen, and a proxy may not misreport a frozen property.
  const Enum = { ...runtime.Enum, WebStreamClientState: states };
  const target = withClients(
    'runtime with Enum.WebStreamClientState.Closed = 4',
    (client) =>
      new Proxy(client, {
        get(real, key) {
          const value: unknown = Reflect.get(real, key, real);
          if (key === 'ConnectionState') return states.FromName((value as { Name: string }).Name);
          return typeof value === 'function' ? (value as Handler).bind(real) : value;
        },
      }),
  );
  return { ...target, Enum };
})();

/** `Error` handlers run after the `Closed` handlers of the same failure instead of before them. */
export const errorAfterClosed: ConformanceTarget = withClients('runtime firing Error after Closed', (client) => {
  const real = client as { Error: SignalLike; Closed: SignalLike };
  const errorHandlers = new Set<Handler>();
  let pendingError: unknown[] | undefined;
  real.Error.Connect((...args) => {
    pendingError = args;
  });
  const flushError = (): void => {
    const args = pendingError;
    pendingError = undefined;
    if (args !== undefined) for (const handler of [...errorHandlers]) handler(...args);
  };
  const error: SignalLike = {
    Connect(handler) {
      errorHandlers.add(handler);
      const connection = {
        Connected: true,
        Disconnect() {
          connection.Connected = false;
          errorHandlers.delete(handler);
        },
      };
      return connection;
    },
    Once: (handler) => real.Error.Once(handler),
    Wait: () => real.Error.Wait(),
  };
  const closed: SignalLike = {
    Connect: (handler) =>
      real.Closed.Connect((...args) => {
        handler(...args);
        flushError();
      }),
    Once: (handler) => real.Closed.Once(handler),
    Wait: () => real.Closed.Wait(),
  };
  return overlay(client, { Error: error, Closed: closed });
});
