/**
 * Escaping for the TypeScript contexts dump text reaches: JSDoc and block-comment text, `//`
 * line comments (the generated-file banners), string literals, and identifiers or property keys.
 * TypeScript ends a comment or a string at `*\/`, at a newline, and also at U+2028 / U+2029, so
 * each function here handles all of them; invisible characters are spelled out (visible.ts).
 *
 * JSDoc text is Markdown to TypeDoc and to editors: text from a dump must also go through
 * `markdownText` (markdown.ts) before it is placed into a comment. This module only makes sure
 * the comment stays a comment.
 */
import { EmitError } from '../shared/EmitError.js';
import { LINE_BREAK, spellInvisible } from './visible.js';

/**
 * Anything `tsDocText` would change, or might: a `*` (of a comment end or start), an `@`, a line
 * break other than `\n`, or a character `spellInvisible` spells out (every surrogate, paired or
 * not). Text without any of these comes out of `tsDocText` as it went in. One character class,
 * so the engine scans for it quickly (every `@see` link is full of `/`).
 */
// eslint-disable-next-line no-control-regex
const TS_DOC_NEEDS_WORK = /[*@\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/**
 * Text safe inside `/** … *\/`: line breaks of any kind become `\n` (the printer adds the ` * `
 * margins), `*\/` cannot end the comment (`*\/` → `*\\/`), `/*` cannot open a nested one in
 * tools that warn about it (`/\\*`), and a line starting with `@` is not read as a tag (`\\@`,
 * which TypeDoc shows as `@`). Markdown shows the escaped characters as written.
 */
export function tsDocText(text: string): string {
  // Most text (every `@see` link, most metadata) has nothing to escape: skip the five passes.
  if (!TS_DOC_NEEDS_WORK.test(text)) return text;
  return spellInvisible(text.replace(LINE_BREAK, '\n'))
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/^([ \t]*)@/gm, '$1\\@');
}

/**
 * A whole JSDoc comment for text written straight into a file (not through ts-morph): one line
 * when the text has one line, otherwise ` * ` margins at `indent`.
 */
export function tsDocComment(text: string, indent = ''): string {
  const lines = tsDocText(text).split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return [`/**`, ...lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join('\n');
}

/** Text safe after `//`: every line break (including U+2028 / U+2029) becomes a space. */
export function tsLineCommentText(text: string): string {
  return spellInvisible(text.replace(LINE_BREAK, ' '));
}

/** What `tsStringLiteral` escapes beyond `JSON.stringify` (a global and a non-global copy: `test` on a global one moves its `lastIndex`). */
const LITERAL_ESCAPES = /[\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\u0085]/g;
const LITERAL_ESCAPES_TEST = /[\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\u0085]/;

/**
 * A double-quoted TypeScript string literal of `value`. `JSON.stringify` escapes quotes,
 * backslashes, controls and lone surrogates; U+2028 / U+2029 are escaped as well, since
 * TypeScript's scanner ends a string literal at them. Bidirectional controls are escaped so the
 * source reads as it runs.
 */
export function tsStringLiteral(value: string): string {
  const literal = JSON.stringify(value);
  // Almost no name holds one of them: one scan instead of a replace.
  if (!LITERAL_ESCAPES_TEST.test(literal)) return literal;
  return literal.replace(LITERAL_ESCAPES, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** ES reserved words and strict-mode restricted names: never a declaration or parameter name. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'await',
  'arguments',
  'eval',
]);

/**
 * The identifier names we write unquoted: ASCII letters, digits, `_` and `$`. Unicode identifier
 * names are valid ECMAScript too, but TypeScript's and the engine's Unicode tables differ between
 * versions, so anything else is quoted (keys) or refused (declarations).
 */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written as it is where TypeScript wants an identifier. */
export function isTsIdentifier(name: string): boolean {
  return IDENTIFIER_NAME.test(name) && !RESERVED_WORDS.has(name);
}

/** Where a name came from, for the error when it cannot be an identifier. */
export interface NameSource {
  /** The input file, e.g. `api-dump/Full-API-Dump.json`. */
  readonly file: string;
  /** JSON path of the name in that file, e.g. `Classes[3].Name`. */
  readonly jsonPath: string;
}

/**
 * `name` as an identifier, for positions that cannot be quoted. A name that is not a valid
 * identifier is refused with an EmitError naming the file, the JSON path and the fix.
 */
export function tsIdentifier(name: string, where: NameSource): string {
  if (isTsIdentifier(name)) return name;
  throw new EmitError(
    'EMIT_INVALID_NAME',
    where.file,
    where.jsonPath,
    `the name ${tsStringLiteral(name)} cannot be written as a TypeScript identifier here`,
    'rename it in the dump (or the docs file) to letters, digits, `_` and `$`, not starting with a digit and not a reserved word',
  );
}

/** A property key: the name as it is when it is an identifier name, else a string literal. */
export function tsPropertyKey(name: string): string {
  return IDENTIFIER_NAME.test(name) ? name : tsStringLiteral(name);
}
