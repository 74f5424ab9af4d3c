/**
 * Records every event of a live object for a scenario: the event's name, its arguments and the
 * state read inside the handler, in order of delivery. While recording it checks what the dump
 * fixes for every firing — the number and the types of the arguments — and that each
 * `Changed(property)` comes with a firing of `GetPropertyChangedSignal(property)`; breaches are
 * collected as violations (a scenario fails on any).
 */
import type { LiveClassFacts } from './ConformanceTarget.js';
import { mismatch, typeText } from './dumpTypes.js';

export interface RecordedEvent {
  readonly event: string;
  readonly args: readonly unknown[];
  /** The state item's Name read inside the handler (undefined when it has none). */
  readonly state: string | undefined;
}

export interface Recording {
  readonly events: readonly RecordedEvent[];
  count(event: string): number;
  /** Resolves once `condition` holds, checked after every event; rejects after `timeoutMs`. */
  until(condition: () => boolean, what: string, timeoutMs: number): Promise<void>;
  /** Breaches found so far, including the Changed / property-signal pairing. */
  violations(): string[];
}

export interface RecordOptions {
  readonly facts: LiveClassFacts;
  /** The property whose enum item's Name is recorded as the state. */
  readonly stateProperty: string;
  readonly enums: unknown;
  /** Called after each recorded event. */
  readonly onEvent?: (event: string) => void;
}

interface SignalLike {
  Connect(handler: (...args: unknown[]) => void): unknown;
}

function isSignal(value: unknown): value is SignalLike {
  return typeof value === 'object' && value !== null && typeof (value as { Connect?: unknown }).Connect === 'function';
}

export function recordSignals(subject: unknown, options: RecordOptions): Recording {
  const target = subject as Record<string, unknown>;
  const events: RecordedEvent[] = [];
  const found: string[] = [];
  const propertySignalCounts = new Map<string, number>();
  const waiters = new Set<() => void>();
  const readState = (): string | undefined => {
    const item = target[options.stateProperty] as { Name?: unknown } | undefined;
    return typeof item?.Name === 'string' ? item.Name : undefined;
  };

  for (const [event, parameters] of Object.entries(options.facts.events)) {
    const signal = target[event];
    // A missing signal is the surface checks' finding; the scenario then fails where it expected the event.
    if (!isSignal(signal)) continue;
    signal.Connect((...args: unknown[]) => {
      events.push({ event, args, state: readState() });
      const declared = `(${parameters.map((p) => `${p.name}: ${typeText(p.type)}`).join(', ')})`;
      if (args.length !== parameters.length) found.push(`${event} fired with ${args.length} argument(s); the dump declares ${event}${declared}`);
      parameters.forEach((parameter, i) => {
        const problem = i < args.length ? mismatch(args[i], parameter.type, options.enums) : undefined;
        if (problem !== undefined) found.push(`${event} argument ${parameter.name} is ${problem} (dump type ${typeText(parameter.type)})`);
      });
      options.onEvent?.(event);
      for (const waiter of [...waiters]) waiter();
    });
  }

  const getSignal = target.GetPropertyChangedSignal;
  if (typeof getSignal === 'function') {
    for (const property of options.facts.properties) {
      propertySignalCounts.set(property, 0);
      try {
        const signal: unknown = getSignal.call(subject, property);
        if (isSignal(signal)) signal.Connect(() => propertySignalCounts.set(property, (propertySignalCounts.get(property) ?? 0) + 1));
      } catch (error) {
        found.push(`GetPropertyChangedSignal("${property}") threw: ${(error as Error).message}`);
      }
    }
  }

  const count = (event: string): number => events.filter((recorded) => recorded.event === event).length;
  return {
    events,
    count,
    until: (condition, what, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        if (condition()) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        const check = (): void => {
          if (!condition()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
    violations: () => {
      const pairing = [...propertySignalCounts].flatMap(([property, fired]) => {
        const changed = events.filter((recorded) => recorded.event === 'Changed' && recorded.args[0] === property).length;
        return changed === fired
          ? []
          : [`Changed fired ${changed} time(s) with "${property}" but GetPropertyChangedSignal("${property}") fired ${fired} time(s)`];
      });
      return [...found, ...pairing];
    },
  };
}
