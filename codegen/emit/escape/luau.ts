/**
 * Escapers for text that reaches Luau source: one for comments, one for string literals. Any
 * string from a dump (or from our descriptions) goes through one of these before it is written
 * into a `.luau` file.
 *
 * - `escapeLuauComment(text)` returns text to write after `-- `: a line break in the text starts
 *   a new `-- ` comment line (so it cannot end the comment and turn the rest into code), and a
 *   line never starts a long comment (`--[[`) or a directive (`--!`), because every line begins
 *   with `-- ` followed by the text. Control characters and lone surrogates, which the Luau lexer
 *   or an editor would mangle, are shown as `\u{XX}` text.
 * - `toLuauStringLiteral(text)` returns a double-quoted Luau string whose value is `text`:
 *   backslash, quote and every non-printable character escaped, non-ASCII text as `\u{...}`
 *   escapes (so the file is plain ASCII and the value is the UTF-8 of the text), lone surrogates
 *   (not encodable) as U+FFFD.
 */

const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0 controls except tab, DEL, C1 controls, and lone surrogates.
const UNSAFE_IN_COMMENT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (char: string): string => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`;

export function escapeLuauComment(text: string): string {
  return text.replace(LINE_BREAK, '\n-- ').replace(UNSAFE_IN_COMMENT, hex);
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\\\'],
  ['"', '\\"'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

export function toLuauStringLiteral(text: string): string {
  let out = '"';
  for (const char of text) {
    const simple = SIMPLE_ESCAPES.get(char);
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\u{FFFD}';
    else out += `\\u{${code.toString(16).toUpperCase()}}`;
  }
  return `${out}"`;
}
