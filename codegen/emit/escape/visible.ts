/**
 * Characters no output context should carry as they are: C0/C1 controls (NUL, ESC, NEL, …),
 * DEL, the byte-order mark, bidirectional overrides and isolates (they make text read in another
 * order than it runs: "Trojan Source", CVE-2021-42574) and lone UTF-16 surrogates (they cannot be
 * written as UTF-8 and would silently become U+FFFD). Each becomes its visible `\uXXXX` spelling,
 * so the reader sees exactly what the dump held. Tab is kept; line breaks are each context's own
 * business and are not touched here.
 */

// eslint-disable-next-line no-control-regex
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any character `INVISIBLE` might match (every surrogate, paired or not): one scan of a single
 * class, far cheaper than the replace, and almost all dump text has none of them.
 */
// eslint-disable-next-line no-control-regex
const MAYBE_INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

function codeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every invisible or unencodable character spelled `\uXXXX`. */
export function spellInvisible(text: string): string {
  return MAYBE_INVISIBLE.test(text) ? text.replace(INVISIBLE, codeUnit) : text;
}

/** Line breaks as any of our targets may read them: CRLF, CR, LF, NEL, U+2028, U+2029. */
export const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
