/** RBXScriptSignal behaviour: Connect, Once, Wait, Disconnect, order, handler errors, both delivery modes. */
import { describe, expect, it } from 'vitest';
import { createSignal, type SignalEnvironment } from '../../../runtime/signals/createSignal.js';
import type { SignalBehavior } from '../../../runtime/semantics.js';
import { UsageError } from '../../../runtime/errors/UsageError.js';

function environment(behavior: SignalBehavior, errors: Array<[unknown, string]> = []): SignalEnvironment {
  return { behavior, reportHandlerError: (error, name) => errors.push([error, name]) };
}

const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

for (const behavior of ['Immediate', 'Deferred'] as const) {
  describe(`createSignal (${behavior})`, () => {
    it('calls handlers in the order they were connected, with the fired arguments', async () => {
      const { signal, fire } = createSignal<(a: number, b: string) => void>('Test', environment(behavior));
      const calls: string[] = [];
      signal.Connect((a, b) => calls.push(`first ${a} ${b}`));
      signal.Connect((a, b) => calls.push(`second ${a} ${b}`));
      fire(1, 'x');
      await flushMicrotasks();
      expect(calls).toEqual(['first 1 x', 'second 1 x']);
    });

    it('calls handlers with exactly as many arguments as were fired, none to three', async () => {
      const { signal, fire } = createSignal<(...args: unknown[]) => void>('Test', environment(behavior));
      const seen: unknown[][] = [];
      signal.Connect((...args) => seen.push(args));
      fire();
      fire('one');
      fire(undefined);
      fire(1, undefined);
      fire(1, 'two', 3);
      await flushMicrotasks();
      expect(seen).toEqual([[], ['one'], [undefined], [1, undefined], [1, 'two', 3]]);
      const waiting = signal.Wait();
      fire(1, 'two', 3);
      await expect(waiting).resolves.toEqual([1, 'two', 3]);
    });

    it('keeps the connection order while handlers are connected and disconnected one by one', async () => {
      const { signal, fire } = createSignal<(n: number) => void>('Test', environment(behavior));
      const calls: string[] = [];
      const a = signal.Connect((n) => calls.push(`a${n}`));
      fire(1);
      const b = signal.Connect((n) => calls.push(`b${n}`));
      const c = signal.Connect((n) => calls.push(`c${n}`));
      fire(2);
      b.Disconnect();
      fire(3);
      a.Disconnect();
      fire(4);
      c.Disconnect();
      fire(5);
      signal.Connect((n) => calls.push(`d${n}`));
      fire(6);
      await flushMicrotasks();
      // Deferred: a firing calls the handlers connected when it was fired and still connected at delivery.
      expect(calls).toEqual(behavior === 'Immediate' ? ['a1', 'a2', 'b2', 'c2', 'a3', 'c3', 'c4', 'd6'] : ['d6']);
    });

    it('stops calling a handler after Disconnect and reports Connected false', async () => {
      const { signal, fire } = createSignal<() => void>('Test', environment(behavior));
      let calls = 0;
      const connection = signal.Connect(() => calls++);
      expect(connection.Connected).toBe(true);
      fire();
      await flushMicrotasks();
      connection.Disconnect();
      connection.Disconnect();
      fire();
      await flushMicrotasks();
      expect(calls).toBe(1);
      expect(connection.Connected).toBe(false);
    });

    it('calls a Once handler a single time and then disconnects it', async () => {
      const { signal, fire } = createSignal<(n: number) => void>('Test', environment(behavior));
      const seen: number[] = [];
      const connection = signal.Once((n) => seen.push(n));
      fire(1);
      fire(2);
      await flushMicrotasks();
      expect(seen).toEqual([1]);
      expect(connection.Connected).toBe(false);
    });

    it('resolves Wait with the arguments of the next firing', async () => {
      const { signal, fire } = createSignal<(status: number, text: string) => void>('Test', environment(behavior));
      const waiting = signal.Wait();
      fire(200, 'ok');
      await expect(waiting).resolves.toEqual([200, 'ok']);
    });

    it('keeps calling other handlers when one throws, and reports the error with the signal name', async () => {
      const errors: Array<[unknown, string]> = [];
      const { signal, fire } = createSignal<() => void>('Opened', environment(behavior, errors));
      const calls: string[] = [];
      signal.Connect(() => {
        throw new Error('boom');
      });
      signal.Connect(() => calls.push('after'));
      fire();
      await flushMicrotasks();
      expect(calls).toEqual(['after']);
      expect(errors).toHaveLength(1);
      expect((errors[0]?.[0] as Error).message).toBe('boom');
      expect(errors[0]?.[1]).toBe('Opened');
    });

    it('reports a handler whose returned promise rejects', async () => {
      const errors: Array<[unknown, string]> = [];
      const { signal, fire } = createSignal<() => void>('Closed', environment(behavior, errors));
      // An async handler on purpose: its rejection is what this test reports.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      signal.Connect(async () => {
        throw new Error('async boom');
      });
      fire();
      await flushMicrotasks();
      expect((errors[0]?.[0] as Error).message).toBe('async boom');
    });

    it('does not call a handler connected by another handler during the same firing', async () => {
      const { signal, fire } = createSignal<() => void>('Test', environment(behavior));
      const calls: string[] = [];
      signal.Connect(() => {
        calls.push('outer');
        signal.Connect(() => calls.push('inner'));
      });
      fire();
      await flushMicrotasks();
      expect(calls).toEqual(['outer']);
    });

    it('refuses a handler that is not a function with a typed error', () => {
      const { signal } = createSignal<() => void>('Test', environment(behavior));
      expect(() => signal.Connect('nope' as unknown as () => void)).toThrow(UsageError);
      try {
        signal.Connect(42 as unknown as () => void);
      } catch (error) {
        expect((error as UsageError).code).toBe('WSC_ERR_INVALID_HANDLER');
      }
    });
  });
}

describe('createSignal delivery timing', () => {
  it('Immediate calls handlers inside fire', () => {
    const { signal, fire } = createSignal<() => void>('Test', environment('Immediate'));
    let called = false;
    signal.Connect(() => (called = true));
    fire();
    expect(called).toBe(true);
  });

  it('Deferred calls handlers after the firing code has finished', async () => {
    const { signal, fire } = createSignal<() => void>('Test', environment('Deferred'));
    let called = false;
    signal.Connect(() => (called = true));
    fire();
    expect(called).toBe(false);
    await Promise.resolve();
    expect(called).toBe(true);
  });

  it('Deferred skips a handler disconnected between firing and delivery', async () => {
    const { signal, fire } = createSignal<() => void>('Test', environment('Deferred'));
    let calls = 0;
    const connection = signal.Connect(() => calls++);
    fire();
    connection.Disconnect();
    await flushMicrotasks();
    expect(calls).toBe(0);
  });
});

describe('createSignal Deferred batching keeps the order of one microtask per firing', () => {
  it('delivers firings of different signals in the order they were fired', async () => {
    const env = environment('Deferred');
    const a = createSignal<(n: number) => void>('A', env);
    const b = createSignal<(n: number) => void>('B', env);
    const calls: string[] = [];
    a.signal.Connect((n) => calls.push(`A${n}`));
    b.signal.Connect((n) => calls.push(`B${n}`));
    a.fire(1);
    b.fire(1);
    a.fire(2);
    await flushMicrotasks();
    expect(calls).toEqual(['A1', 'B1', 'A2']);
  });

  it('runs a firing made by a handler after the microtasks that handler queued before it', async () => {
    const env = environment('Deferred');
    const message = createSignal<(n: number) => void>('MessageReceived', env);
    const closed = createSignal<() => void>('Closed', env);
    const calls: string[] = [];
    message.signal.Connect((n) => {
      calls.push(`message ${n}`);
      if (n === 1) {
        queueMicrotask(() => calls.push('queued by handler'));
        closed.fire();
      }
    });
    closed.signal.Connect(() => calls.push('closed'));
    message.fire(1);
    message.fire(2);
    await flushMicrotasks();
    expect(calls).toEqual(['message 1', 'message 2', 'queued by handler', 'closed']);
  });

  it('keeps delivering the batch when the error reporter itself throws', async () => {
    const reporterFailure = new Error('reporter failed');
    const env: SignalEnvironment = {
      behavior: 'Deferred',
      reportHandlerError: () => {
        throw reporterFailure;
      },
    };
    const { signal, fire } = createSignal<(n: number) => void>('Test', env);
    const seen: number[] = [];
    signal.Connect((n) => {
      if (n === 1) throw new Error('handler failed');
      seen.push(n);
    });
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.prependListener('uncaughtException', onUncaught);
    try {
      fire(1);
      fire(2);
      await flushMicrotasks();
    } finally {
      process.removeListener('uncaughtException', onUncaught);
    }
    expect(seen).toEqual([2]);
    expect(uncaught).toEqual([reporterFailure]);
  });
});
