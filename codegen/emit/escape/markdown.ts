/**
 * Escaping for Markdown as our pages and the docs site render it (CommonMark + GFM tables, with
 * raw HTML and linkify on, as TypeDoc configures markdown-it). Dump text placed into Markdown
 * must come out as the same characters and nothing else: no emphasis, link, image, HTML tag,
 * entity, autolink or TypeDoc inline tag, no new line, table cell or heading.
 */
import { LINE_BREAK, spellInvisible } from './visible.js';

/**
 * ASCII punctuation that Markdown, GFM, HTML and TypeDoc (`@tag`) read as syntax anywhere in a
 * line: emphasis and code (`*`, `_`, `` ` ``, `~`), HTML and autolinks (`<`), table cells (`|`),
 * TypeDoc tags (`@`) and the escape itself. CommonMark lets any ASCII punctuation be
 * backslash-escaped and shows it as written.
 */
const SYNTAX = /[\\`*_<|~@]/g;
/**
 * Syntax that needs a partner: `&` only starts a character reference before `name;` or `#123;`,
 * `#` only closes a heading as a last run after a space, `[` only opens a link or image when the
 * text has a `](`, `][` or `]:` (link destination, reference, definition).
 */
const ENTITY_START = /&(?=#?[\p{L}\p{N}]+;)/gu;
const LINK_CLOSE = /\][([:]/;
const CLOSING_HASHES = /(^|\s)(#+)(?=\s*$)/;
/**
 * A block marker at the start of the text, in case it lands at the start of a line: a quote
 * (`>`), a list item (`-`, `+`, `1.`, `1)` before a space), a setext underline or thematic break
 * (a text of only `=` or `-`), an ATX heading (`#` to `######` before a space).
 */
const LEADING_BLOCK_MARKER = /^(>|#(?=#{0,5}(?:\s|$))|[+-](?=\s|$)|[=-](?=[=\s-]*$))|^(\d{1,9})([.)])(?=\s|$)/;
/**
 * What linkify (on in TypeDoc) would turn into a link: a scheme before `//`, `www.`, and a
 * domain ending in a top-level domain linkify knows without a scheme (any two letters, `xn--…`,
 * and the list linkify-it ships). Escaping that `:` or `.` keeps the text plain, while
 * `Enum.Material` or `Instance.new` stay as they are.
 */
// Every alternative starts with its `:` or `.` (the `www` check looks back from after the dot),
// so the engine skips straight to those characters: about twice as fast as a leading lookbehind.
const LINKISH =
  /:(?=\/)|\.(?:(?<=\bwww\.)|(?=(?:xn--[\p{L}\p{N}-]+|\p{L}{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф)(?![\p{L}\p{N}_-])))/giu;
const NEEDS_WORK =
  /^(?:[>+=\s-]|\d{1,9}[.)])|\s$|[\\`*_[<|~&#@:.\r\n\u0085\u2028\u2029\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\u202A-\u202E\u2066-\u2069]/;
/**
 * Fast-path checks (the escapers run for every name, cell and signature of ~1,500 pages): text
 * without any of these characters comes out of the escaper unchanged (code spans: between single
 * backticks), so one scan replaces a chain of replaces. test/codegen/emit/escape/fastPaths.property.test.ts
 * compares each escaper with its fast path taken and not.
 */
// eslint-disable-next-line no-control-regex
const CODE_SPAN_WORK = /[`|\r\n\u0085\u2028\u2029\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\u202A-\u202E\u2066-\u2069]/;
const TABLE_CELL_WORK = /[|\r\n\u0085\u2028\u2029]/;
/**
 * A dotted name of ASCII letters and digits (`Enum.Material.Plastic`, `Instance.Name`, the
 * JSDoc links of every member and item): of all the escaping, only a dot linkify would read as
 * part of a domain can apply to it.
 */
const DOTTED_NAME = /^[A-Za-z][A-Za-z0-9.]*$/;
/**
 * `LINKISH` for a `DOTTED_NAME`: on text of ASCII letters, digits and dots it can only match a
 * dot, `\p{L}` and `\p{N}` only match `[a-z]` and `[0-9]` there (case-insensitively), and `xn--`
 * and `рф` cannot occur; without the Unicode flag the engine matches it several times faster.
 */
const DOTTED_LINKISH = /\.(?:(?<=\bwww\.)|(?=(?:[a-z]{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop)(?![a-z0-9_-])))/gi;
const BRACKET = /[[\]]/;

/**
 * Dump text as inline Markdown text, on one line: `a*b*` stays `a*b*` on the page, a line break
 * becomes a space, `<script>` is text. Use it for every name, type, default, tag and value.
 */
export function markdownText(text: string): string {
  // Most names need nothing: skip the replaces (this runs for every row of every page).
  if (!NEEDS_WORK.test(text)) return text;
  // `\\$&` puts a backslash before the match: the same as a replacer function, without a call per match.
  if (DOTTED_NAME.test(text)) return text.replace(DOTTED_LINKISH, '\\$&');
  let out = spellInvisible(text.replace(LINE_BREAK, ' '))
    .replace(SYNTAX, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(CLOSING_HASHES, (_, space: string, hashes: string) => `${space}\\${hashes}`)
    .replace(LINKISH, '\\$&');
  if (LINK_CLOSE.test(out)) out = out.replace(/\[/g, '\\[');
  // Spaces at either end would stop the template's `**` around the text from closing (and tables
  // trim them): written as character references they stay and stay spaces.
  out = out.replace(/^[ \t]+|[ \t]+$/g, (run) => [...run].map((char) => (char === ' ' ? '&#32;' : '&#9;')).join(''));
  return out.replace(LEADING_BLOCK_MARKER, (_, marker: string | undefined, digits: string, end: string) =>
    marker !== undefined ? `\\${marker}` : `${digits}\\${end}`,
  );
}

/**
 * Dump text as a Markdown code span: a fence one backtick longer than any run inside, padded
 * with a space when the text starts or ends with a backtick or a space, line breaks as spaces.
 * `inTable` escapes `|` (GFM splits table cells at a pipe even inside a code span and shows
 * `\|` there as `|`).
 */
export function markdownCodeSpan(text: string, options: { readonly inTable?: boolean } = {}): string {
  // Most signatures need none of the work below: one backtick each side is their code span.
  if (text !== '' && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !CODE_SPAN_WORK.test(text)) return `\`${text}\``;
  let body = spellInvisible(text.replace(LINE_BREAK, ' '));
  if (options.inTable === true) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Markdown that is ours (a description from docs.json, or text already built from escaped
 * parts) made safe inside a GFM table cell: unescaped pipes are escaped and line breaks become
 * spaces. Dump text goes through `markdownText` first.
 */
export function markdownTableCell(markdown: string): string {
  if (!TABLE_CELL_WORK.test(markdown)) return markdown;
  return markdown.replace(LINE_BREAK, ' ').replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
}

/**
 * Dump text as the text of a link (`[name](page.md)`): `markdownText` with every `[` and `]`
 * escaped too, since a bare `]` would end the link text early.
 */
export function markdownLinkText(text: string): string {
  const escaped = markdownText(text);
  return BRACKET.test(escaped) ? escaped.replace(/(?<!\\)((?:\\\\)*)([[\]])/g, '$1\\$2') : escaped;
}
