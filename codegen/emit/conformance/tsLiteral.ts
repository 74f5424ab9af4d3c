/**
 * Prints plain data as a TypeScript expression for the generated conformance suite: strings as
 * JSON string literals, object keys unquoted when they are identifiers, one line. Templates
 * insert these strings as they are (the renderer does not escape), so every value from the dump
 * or the scenario table reaches the generated code through here.
 */
import { tsStringLiteral } from '../escape/typescript.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key: bare when an identifier, `["__proto__"]` (a plain `__proto__:` would set the prototype), else quoted. */
function keyText(key: string): string {
  if (key === '__proto__') return `[${tsStringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : tsStringLiteral(key);
}

export function tsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return tsStringLiteral(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `${keyText(key)}: ${tsLiteral(item)}`).join(', ')} }`;
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
  const lines = entries.map(([key, item]) => `${inner}${keyText(key)}: ${tsLiteralBlock(item, inner, width)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}
