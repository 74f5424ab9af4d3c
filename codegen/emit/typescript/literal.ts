/**
 * The printer's literal escaping: how a value becomes TypeScript source text. Every string from a
 * dump or the scenario table that ends up inside a TypeScript string literal — a literal type
 * (`Name: "SSE"`), an initializer (`["Close", "Send"] as const`), the data of the conformance
 * suite — is written by these functions, never spliced into a template. Strings are written by
 * `tsStringLiteral` (codegen/emit/escape/typescript.ts: quotes, backslashes, controls and the
 * line separators TypeScript ends a string at escaped), object keys are bare when they are
 * identifiers and quoted otherwise (`__proto__` as a computed key, so it stays a property).
 */
import { tsStringLiteral } from '../escape/typescript.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal (`"SSE"`), safe for any characters. */
export function stringLiteral(value: string): string {
  return tsStringLiteral(value);
}

/** An object key: the name itself when it is an identifier, otherwise a string literal. */
export function propertyKey(name: string): string {
  // `{ __proto__: x }` would set the object's prototype instead of making a property.
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** Plain data (strings, numbers, booleans, null, arrays, objects) as an expression on one line. */
export function tsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return stringLiteral(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${tsLiteral(item)}`).join(', ')} }`;
  }
  throw new TypeError(`tsLiteral cannot print a ${typeof value}`);
}

/**
 * Like {@link tsLiteral}, but objects and arrays whose one-line form would pass `width`
 * characters are broken over lines, indented by two spaces per level from `indent`.
 */
export function tsLiteralBlock(value: unknown, indent = '', width = 100): string {
  const flat = tsLiteral(value);
  if (flat.length + indent.length <= width || typeof value !== 'object' || value === null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${tsLiteralBlock(item, inner, width)},`).join('\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  const lines = entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${tsLiteralBlock(item, inner, width)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}
