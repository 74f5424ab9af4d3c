/**
 * Surface checks on a live object, one per member of the dump: a property is readable and holds
 * a value of its dump type, a function is callable with the dump's parameter count, an event is
 * a signal (Connect / Once / Wait, connections that disconnect), and the object has no
 * Roblox-style (PascalCase) member the dump does not declare. Node-only additions use lower-case
 * names (`failureCause`, `closeAll`) and are not part of the Roblox surface.
 */
import type { ParameterFact, TypeFact } from './ConformanceTarget.js';
import { fail, read, show } from './ConformanceFailure.js';
import { mismatch, typeText } from './dumpTypes.js';

function signature(parameters: readonly ParameterFact[]): string {
  return `(${parameters.map((p) => `${p.name}: ${typeText(p.type)}${p.optional === true ? ' = default' : ''}`).join(', ')})`;
}

export function expectProperty(instance: unknown, qualified: string, name: string, type: TypeFact, enums: unknown): void {
  if (typeof instance !== 'object' || instance === null || !(name in instance)) fail(`${qualified} is missing`);
  const value = read(instance, name, qualified);
  if (typeof value === 'function') fail(`${qualified} is a function; the dump declares a property of type ${typeText(type)}`);
  const problem = mismatch(value, type, enums);
  if (problem !== undefined) fail(`${qualified} is ${show(value)}, ${problem}; the dump type is ${typeText(type)}`);
}

export function expectFunction(instance: unknown, qualified: string, name: string, parameters: readonly ParameterFact[]): void {
  const value = read(instance, name, qualified);
  if (typeof value !== 'function')
    fail(`${qualified} is ${value === undefined ? 'missing' : show(value)}; the dump declares a function ${name}${signature(parameters)}`);
  // `length` counts the parameters before the first one with a default, as the dump's required ones.
  const required = parameters.findIndex((p) => p.optional === true);
  const expected = required === -1 ? parameters.length : required;
  if (value.length !== expected)
    fail(`${qualified} takes ${value.length} parameter(s); the dump declares ${name}${signature(parameters)} (${expected} required)`);
}

interface ConnectionLike {
  Connected?: unknown;
  Disconnect?: unknown;
}

export function expectSignal(instance: unknown, qualified: string, name: string, parameters: readonly ParameterFact[]): void {
  const value = read(instance, name, qualified);
  const declared = `an event ${name}${signature(parameters)}`;
  if (typeof value !== 'object' || value === null) fail(`${qualified} is ${value === undefined ? 'missing' : show(value)}; the dump declares ${declared}`);
  for (const method of ['Connect', 'Once', 'Wait']) {
    if (typeof (value as Record<string, unknown>)[method] !== 'function')
      fail(`${qualified}.${method} is not a function, so ${qualified} is not a signal (the dump declares ${declared})`);
  }
  const connection = (value as { Connect(handler: () => void): unknown }).Connect(() => undefined) as ConnectionLike | undefined;
  if (connection?.Connected !== true || typeof connection.Disconnect !== 'function')
    fail(`${qualified}.Connect did not return a connection with Connected = true and a Disconnect function`);
  connection.Disconnect();
  if ((connection as ConnectionLike).Connected !== false) fail(`a connection of ${qualified} still says Connected = true after Disconnect()`);
}

/** Every PascalCase name on the object and its prototypes (the Roblox-style surface). */
function robloxStyleNames(instance: object): string[] {
  const names = new Set<string>();
  for (let layer: object | null = instance; layer !== null && layer !== Object.prototype; layer = Object.getPrototypeOf(layer) as object | null) {
    for (const key of Object.getOwnPropertyNames(layer)) if (/^[A-Z]/.test(key)) names.add(key);
  }
  return [...names].sort();
}

export function expectNoUndeclaredMembers(instance: unknown, className: string, declared: readonly string[]): void {
  if (typeof instance !== 'object' || instance === null) fail(`no live ${className} to inspect (got ${show(instance)})`);
  const extra = robloxStyleNames(instance).filter((name) => !declared.includes(name));
  if (extra.length > 0)
    fail(
      `${className} has ${extra.join(', ')}, which the dump does not declare for ${className} or its ancestors (Node-only additions must use lower-case names)`,
    );
}
