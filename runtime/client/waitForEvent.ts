/**
 * `waitForEvent(client, event, { timeoutMs })`: a Node-only helper for tests, for an event that
 * may never come. `client.Opened.Wait()` on a refused port never settles (true to Luau, where
 * the thread would wait forever), so a test hangs until the runner kills it; this promise
 * resolves with the event's arguments or rejects with a typed `EventWaitError`:
 *
 * - `WSC_ERR_WAIT_CLIENT_FAILED`: the client fired `Error(status, message)` first (both on the
 *   error object);
 * - `WSC_ERR_WAIT_CLIENT_CLOSED`: the client fired `Closed` first, or had already ended;
 * - `WSC_ERR_WAIT_TIMEOUT`: nothing within `timeoutMs` (default 5000; `Infinity` for no limit);
 * - `WSC_ERR_WAIT_ABORTED`: the `signal` was aborted.
 *
 * Waiting for `Error` resolves on Error (Closed first rejects); waiting for `Closed` resolves on
 * Closed, after a failure too. Only events fired after the call count. Every connection and the
 * timer are released when the promise settles.
 */
import type { RBXScriptConnection, RBXScriptSignal, WebStreamClient } from '../contract.js';
import { Enum } from '../enums/Enum.js';
import { engineMessages } from '../errors/engineMessages.js';
import { EventWaitError } from '../errors/EventWaitError.js';
import { UsageError } from '../errors/UsageError.js';

/** The events of a WebStreamClient that `waitForEvent` can wait for. */
export type WebStreamClientEventName = 'Opened' | 'MessageReceived' | 'Error' | 'Closed';

/** The argument tuple an event passes to its handlers (e.g. `[status, headers]` for Opened). */
export type WebStreamClientEventArguments<E extends WebStreamClientEventName> =
  WebStreamClient[E] extends RBXScriptSignal<infer Handler> ? Parameters<Handler> : never;

export interface WaitForEventOptions {
  /** Reject with `WSC_ERR_WAIT_TIMEOUT` after this many ms (default 5000; `Infinity`: never). */
  readonly timeoutMs?: number;
  /** Reject with `WSC_ERR_WAIT_ABORTED` when this signal aborts. */
  readonly signal?: AbortSignal;
}

const DEFAULT_WAIT_TIMEOUT_MS = 5000;

const EVENT_NAMES: readonly WebStreamClientEventName[] = ['Opened', 'MessageReceived', 'Error', 'Closed'];

export function waitForEvent<E extends WebStreamClientEventName>(
  client: WebStreamClient,
  event: E,
  options: WaitForEventOptions = {},
): Promise<WebStreamClientEventArguments<E>> {
  if (!EVENT_NAMES.includes(event)) throw new UsageError('WSC_ERR_UNKNOWN_EVENT', engineMessages.waitUnknownEvent(String(event), EVENT_NAMES));
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new UsageError('WSC_ERR_INVALID_WAIT_OPTION', `waitForEvent option timeoutMs must be a number > 0 or Infinity, got ${String(timeoutMs)}`);
  }

  return new Promise<WebStreamClientEventArguments<E>>((resolve, reject) => {
    const state = client.ConnectionState;
    if (state === Enum.WebStreamClientState.Closed || state === Enum.WebStreamClientState.Error) {
      if (event === 'Closed') resolve([] as unknown as WebStreamClientEventArguments<E>);
      else reject(new EventWaitError('closed', event, `${engineMessages.waitClientClosed(event)} (it was already ${state.Name})`));
      return;
    }
    if (options.signal?.aborted) {
      reject(new EventWaitError('aborted', event, engineMessages.waitAborted(event), { cause: options.signal.reason }));
      return;
    }

    const connections: RBXScriptConnection[] = [];
    let timer: NodeJS.Timeout | undefined;
    const onAbort = (): void =>
      settle(() => reject(new EventWaitError('aborted', event, engineMessages.waitAborted(event), { cause: options.signal?.reason })));
    const settle = (outcome: () => void): void => {
      for (const connection of connections.splice(0)) connection.Disconnect();
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
    };

    const target = client[event] as RBXScriptSignal<(...args: unknown[]) => void>;
    connections.push(target.Connect((...args) => settle(() => resolve(args as WebStreamClientEventArguments<E>))));
    if (event !== 'Error' && event !== 'Closed') {
      connections.push(
        client.Error.Connect((status, message) =>
          settle(() => reject(new EventWaitError('failed', event, engineMessages.waitClientFailed(event, status, message), { status, errorMessage: message }))),
        ),
      );
    }
    if (event !== 'Closed') {
      connections.push(client.Closed.Connect(() => settle(() => reject(new EventWaitError('closed', event, engineMessages.waitClientClosed(event))))));
    }
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => settle(() => reject(new EventWaitError('timeout', event, engineMessages.waitTimedOut(event, timeoutMs)))), timeoutMs);
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
