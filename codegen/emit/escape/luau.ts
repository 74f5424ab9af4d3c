/**
 * Escaping for Luau output (the luau-lsp definition and documentation files): `--` line comments
 * and double-quoted string literals. A Luau line comment ends at a line break; a comment that
 * starts with `[[` or `[=[` right after `--` is a block comment, so the text is always written
 * after `-- `.
 */
import { LINE_BREAK, spellInvisible } from './visible.js';

/** Text safe after `-- `: line breaks become spaces, invisible characters are spelled out. */
export function luauCommentText(text: string): string {
  return spellInvisible(text.replace(LINE_BREAK, ' '));
}

/** A whole Luau line comment, `-- text`. */
export function luauComment(text: string): string {
  return `-- ${luauCommentText(text)}`;
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\\\'],
  ['"', '\\"'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

function hexByte(byte: number): string {
  return `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * A double-quoted Luau string literal holding the same bytes as `value` in UTF-8. Quotes,
 * backslashes and controls are escaped; U+2028 / U+2029, bidirectional controls and the BOM are
 * written as `\u{…}`; a lone surrogate (which UTF-8 cannot encode) is written as its WTF-8 bytes
 * `\xED\x..\x..`, so no character is lost or replaced.
 */
export function luauStringLiteral(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    const code = value.charCodeAt(i);
    const simple = SIMPLE_ESCAPES.get(char);
    if (simple !== undefined) out += simple;
    else if (code < 0x20 || code === 0x7f) out += hexByte(code);
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      out += value.slice(i, i + 2);
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += hexByte(0xe0 | (code >> 12)) + hexByte(0x80 | ((code >> 6) & 0x3f)) + hexByte(0x80 | (code & 0x3f));
    else if ((code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) out += `\\u{${code.toString(16).toUpperCase()}}`;
    else out += char;
  }
  return `${out}"`;
}
