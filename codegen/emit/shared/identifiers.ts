/**
 * Turning dump names into valid TypeScript: identifiers for declarations and parameters, quoted
 * keys for member names that are not identifiers (`Studio["Auto-Recovery Path"]`), and string
 * literal types. Dump names are data, so nothing here trusts them.
 */
import { RESERVED_WORDS, tsPropertyKey, tsStringLiteral } from '../escape/typescript.js';

/** Names TypeScript refuses for an interface or type alias (TS2427 / TS2457). */
const PREDEFINED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'any',
  'unknown',
  'never',
  'object',
  'string',
  'number',
  'bigint',
  'boolean',
  'symbol',
  'undefined',
  'void',
  'null',
  'this',
  'type',
]);

/** A name `toIdentifier` leaves as it is, unless it is a reserved word. */
const PLAIN_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A valid value identifier (parameter, const) derived from `name`: invalid characters become `_`,
 * a leading digit gets a `_` prefix, reserved words get a `_` suffix (`function` → `function_`).
 */
export function toIdentifier(name: string): string {
  // Almost every dump name already is one (non-empty, not starting with a digit): one scan.
  if (PLAIN_IDENTIFIER.test(name)) return RESERVED_WORDS.has(name) ? `${name}_` : name;
  let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (id === '' || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED_WORDS.has(id)) id = `${id}_`;
  return id;
}

/** Like {@link toIdentifier}, but also avoids names TypeScript refuses for types (`string`). */
export function toTypeIdentifier(name: string): string {
  const id = toIdentifier(name);
  return PREDEFINED_TYPE_NAMES.has(id) ? `${id}_` : id;
}

/** A property key: the name itself when it is an identifier, otherwise a quoted string. */
export function toPropertyKey(name: string): string {
  return tsPropertyKey(name);
}

/** A string literal type (`"SSE"`), safe for any characters. */
export function toStringLiteral(value: string): string {
  return tsStringLiteral(value);
}

/**
 * Parameter names for one signature: each made an identifier, repeats numbered (`a`, `a_2`), so a
 * dump with `(type, type)` or `(function)` still gives a valid parameter list.
 */
export function toParameterNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const id = toIdentifier(name);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}_${count}`;
  });
}
