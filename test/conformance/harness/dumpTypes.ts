/**
 * How a dump type shows up in JavaScript, for the checks that look at live values: which
 * `typeof` a value of a primitive dump type has, and whether a value fits a dump type.
 * Types without a fixed JavaScript form (DataTypes such as RBXScriptSignal, Group types such as
 * Dictionary) accept any value here; the type-level checks cover them.
 */
import type { TypeFact } from './ConformanceTarget.js';

const INTEGER_TYPES = new Set(['int', 'int64']);
const NUMBER_TYPES = new Set(['float', 'double', 'number']);

export function typeText(type: TypeFact): string {
  return `${type.name}${type.nullable === true ? '?' : ''}`;
}

/** Why `value` is not a value of `type`, or undefined when it is. `enums` is the target's `Enum`. */
export function mismatch(value: unknown, type: TypeFact, enums: unknown): string | undefined {
  if (value === undefined && type.nullable === true) return undefined;
  if (type.category === 'Primitive') {
    if (INTEGER_TYPES.has(type.name)) return Number.isInteger(value) ? undefined : 'not an integer';
    if (NUMBER_TYPES.has(type.name)) return typeof value === 'number' ? undefined : 'not a number';
    if (type.name === 'string') return typeof value === 'string' ? undefined : 'not a string';
    if (type.name === 'bool') return typeof value === 'boolean' ? undefined : 'not a boolean';
    if (type.name === 'null') return value === undefined ? undefined : 'not undefined (the dump type is null)';
    return undefined;
  }
  if (type.category === 'Enum') {
    const enumObject = (enums as Record<string, unknown> | undefined)?.[type.name] as { GetEnumItems?: () => unknown[] } | undefined;
    const items = typeof enumObject?.GetEnumItems === 'function' ? enumObject.GetEnumItems() : [];
    return items.includes(value) ? undefined : `not an item of Enum.${type.name}`;
  }
  if (type.category === 'Class') {
    const isA = typeof value === 'object' && value !== null ? (value as { IsA?: unknown }).IsA : undefined;
    return typeof isA === 'function' && isA.call(value, type.name) === true ? undefined : `not a ${type.name} (IsA("${type.name}") is not true)`;
  }
  return undefined;
}
