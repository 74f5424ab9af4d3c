/**
 * Checks of what the dump's tags and the inherited Object members mean on a live object:
 * ReadOnly (assigning throws the engine's read-only error and changes nothing — the runtime's
 * documented choice, docs/semantics.md "Read-only properties"), NotCreatable (no export of the
 * package constructs the class outside its factory), Deprecated aliases (answer like the member
 * they point to), and Object's ClassName, IsA, GetPropertyChangedSignal and Changed.
 */
import type { CheckContext } from './ConformanceTarget.js';
import { fail, read, show } from './ConformanceFailure.js';

/** The engine's text for assigning a ReadOnly property. */
export function readOnlyMessage(property: string): string {
  return `Unable to assign property ${property}. Property is read only`;
}

/** The engine's text for GetPropertyChangedSignal with a name that is not a property. */
export function invalidPropertyMessage(property: string): string {
  return `${property} is not a valid property name.`;
}

export function expectReadOnly(instance: unknown, qualified: string, name: string, probe: unknown): void {
  const before = read(instance, name, qualified);
  let thrown: unknown;
  try {
    (instance as Record<string, unknown>)[name] = probe;
  } catch (error) {
    thrown = error;
  }
  const after = read(instance, name, qualified);
  if (after !== before) fail(`assigning ${qualified} changed it from ${show(before)} to ${show(after)}; the dump tags it ReadOnly`);
  if (thrown === undefined) fail(`assigning ${qualified} did not throw; expected the engine's error "${readOnlyMessage(name)}"`);
  const message = (thrown as { message?: unknown }).message;
  if (message !== readOnlyMessage(name)) fail(`assigning ${qualified} threw ${show(message)}; expected the engine's error "${readOnlyMessage(name)}"`);
}

function isConstructor(value: unknown): value is new (...args: unknown[]) => unknown {
  return typeof value === 'function' && typeof (value as { prototype?: unknown }).prototype === 'object';
}

/**
 * A NotCreatable class with live instances: every exported constructor those instances come
 * from refuses a direct call with a typed error (one with a string `code`), as `Instance.new`
 * refuses the class in Roblox. Only the factory may create one.
 */
export async function expectNotCreatableLive(context: CheckContext, className: string): Promise<void> {
  const instance = await context.instance(className);
  const constructors = Object.entries(context.target.exports).filter(([, value]) => isConstructor(value) && instance instanceof value);
  for (const [exportName, constructor] of constructors) {
    let thrown: unknown;
    try {
      new (constructor as new () => unknown)();
    } catch (error) {
      thrown = error;
    }
    if (thrown === undefined) fail(`new ${exportName}() created a ${className} outside its factory; the dump tags ${className} NotCreatable`);
    const code = (thrown as { code?: unknown }).code;
    if (typeof code !== 'string') {
      fail(
        `new ${exportName}() failed only by accident (${(thrown as Error).name}: ${(thrown as Error).message}); a NotCreatable ${className} should be refused with a typed error that has a code`,
      );
    }
  }
}

/** A NotCreatable class without live instances of its own (e.g. Object): the package exports nothing by that name that can be constructed. */
export function expectNotCreatableAbstract(context: CheckContext, className: string): void {
  const exported = context.target.exports[className];
  if (isConstructor(exported)) fail(`the package exports a constructor named ${className}; the dump tags ${className} NotCreatable`);
}

export function expectClassName(instance: unknown, className: string): void {
  const value = read(instance, 'ClassName', `${className}.ClassName`);
  if (value !== className) fail(`${className}.ClassName is ${show(value)}; expected "${className}"`);
}

export function expectIsA(instance: unknown, className: string, answers: Readonly<Record<string, boolean>>): void {
  const isA = read(instance, 'IsA', `${className}.IsA`);
  if (typeof isA !== 'function') fail(`${className}.IsA is ${show(isA)}, not a function`);
  const wrong = Object.entries(answers).filter(([name, expected]) => isA.call(instance, name) !== expected);
  if (wrong.length > 0) fail(`${className}.IsA answered wrongly for ${wrong.map(([name, expected]) => `"${name}" (expected ${expected})`).join(', ')}`);
}

export function expectPropertyChangedSignals(instance: unknown, className: string, properties: readonly string[], notAProperty: string): void {
  const get = read(instance, 'GetPropertyChangedSignal', `${className}.GetPropertyChangedSignal`);
  if (typeof get !== 'function') fail(`${className}.GetPropertyChangedSignal is ${show(get)}, not a function`);
  for (const property of properties) {
    let signal: unknown;
    try {
      signal = get.call(instance, property);
    } catch (error) {
      fail(`${className}.GetPropertyChangedSignal("${property}") threw ${show((error as Error).message)}; ${property} is a property in the dump`);
    }
    if (typeof (signal as { Connect?: unknown } | undefined)?.Connect !== 'function')
      fail(`${className}.GetPropertyChangedSignal("${property}") returned ${show(signal)}, not a signal`);
  }
  let thrown: unknown;
  try {
    get.call(instance, notAProperty);
  } catch (error) {
    thrown = error;
  }
  const message = (thrown as { message?: unknown } | undefined)?.message;
  if (message !== invalidPropertyMessage(notAProperty)) {
    fail(
      `${className}.GetPropertyChangedSignal("${notAProperty}") ${thrown === undefined ? 'did not throw' : `threw ${show(message)}`}; expected the engine's error "${invalidPropertyMessage(notAProperty)}"`,
    );
  }
}

/** A deprecated property reads the same as the property it names; a deprecated function answers the same probes the same way. */
export function expectDeprecatedAlias(instance: unknown, className: string, alias: string, preferred: string, probes?: readonly (readonly unknown[])[]): void {
  const aliasValue = read(instance, alias, `${className}.${alias}`);
  const preferredValue = read(instance, preferred, `${className}.${preferred}`);
  if (probes === undefined) {
    if (aliasValue !== preferredValue)
      fail(
        `${className}.${alias} is ${show(aliasValue)} but ${className}.${preferred} is ${show(preferredValue)}; the dump names ${preferred} as its replacement`,
      );
    return;
  }
  if (typeof aliasValue !== 'function' || typeof preferredValue !== 'function')
    fail(`${className}.${alias} and ${className}.${preferred} must both be functions`);
  for (const args of probes) {
    const got = aliasValue.apply(instance, args);
    const want = preferredValue.apply(instance, args);
    if (got !== want) fail(`${className}.${alias}(${args.map(show).join(', ')}) is ${show(got)} but ${preferred} gives ${show(want)}`);
  }
}

/**
 * `Changed` fires with the property's name, and `GetPropertyChangedSignal(property)` fires, each
 * time the state property changes — provoked here by the close function on a fresh client.
 */
export async function expectChangedOnStateChange(context: CheckContext): Promise<void> {
  const { factory } = context.facts;
  const client = await context.instance(factory.clientClass);
  const qualified = `${factory.clientClass}.${factory.stateProperty}`;
  const seen: string[] = [];
  const changed = read(client, 'Changed', `${factory.clientClass}.Changed`) as { Connect?: (handler: (property: unknown) => void) => unknown } | undefined;
  if (typeof changed?.Connect !== 'function') fail(`${factory.clientClass}.Changed is not a signal`);
  changed.Connect((property) =>
    seen.push(`Changed(${show(property)}) @${String((read(client, factory.stateProperty, qualified) as { Name?: unknown } | undefined)?.Name)}`),
  );
  const get = read(client, 'GetPropertyChangedSignal', `${factory.clientClass}.GetPropertyChangedSignal`);
  if (typeof get !== 'function') fail(`${factory.clientClass}.GetPropertyChangedSignal is not a function`);
  (get.call(client, factory.stateProperty) as { Connect(handler: () => void): unknown }).Connect(() => seen.push(`${factory.stateProperty} signal`));
  const before = (read(client, factory.stateProperty, qualified) as { Name?: unknown } | undefined)?.Name;
  const close = read(client, factory.closeFunction, `${factory.clientClass}.${factory.closeFunction}`);
  if (typeof close !== 'function') fail(`${factory.clientClass}.${factory.closeFunction} is not a function`);
  close.call(client);
  await new Promise((resolve) => setImmediate(resolve));
  const after = (read(client, factory.stateProperty, qualified) as { Name?: unknown } | undefined)?.Name;
  const expected = [`Changed("${factory.stateProperty}") @${String(after)}`, `${factory.stateProperty} signal`];
  if (before === after) fail(`${factory.closeFunction}() did not change ${qualified} (still ${String(after)})`);
  if (seen.join(' | ') !== expected.join(' | '))
    fail(
      `after ${factory.closeFunction}() moved ${qualified} from ${String(before)} to ${String(after)}, saw [${seen.join(' | ')}]; expected [${expected.join(' | ')}]`,
    );
}
