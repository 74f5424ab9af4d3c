/**
 * The error a conformance check throws when the runtime under test does not do what the dump
 * and the scenario table say: a plain sentence naming the member and what was expected and
 * seen, so the failing test's name and message are enough to act on.
 */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
  readonly code = 'CONFORMANCE_FAILED';
}

export function fail(message: string): never {
  throw new ConformanceFailure(message);
}

/** A value as shown in failure messages: strings quoted, functions and objects named briefly. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'object' && value !== null) {
    const name = (value as { Name?: unknown }).Name;
    if (typeof name === 'string') return `item ${name}`;
    return Array.isArray(value) ? `[${value.map(show).join(', ')}]` : 'an object';
  }
  return String(value);
}

/** Reads a property without letting a throwing getter escape (it becomes the failure). */
export function read(owner: unknown, key: string, what: string): unknown {
  try {
    return (owner as Record<string, unknown>)[key];
  } catch (error) {
    return fail(`reading ${what} threw: ${(error as Error).message}`);
  }
}
