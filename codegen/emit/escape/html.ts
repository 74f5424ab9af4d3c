/**
 * Escaping for the HTML our Markdown carries: attribute values (`<a id="…">`) and comments (the
 * generated-file banner of every page). Attribute escaping comes from `entities`, the
 * library markdown-it and htmlparser2 use; comments have no library function, so the rule of the
 * HTML standard ("comments" in the syntax chapter) is applied here.
 */
// The `escape` entry alone: the package's main entry also builds its decoding tables, which
// cost ~12 ms of every process that renders a page and are never used here.
import { escapeAttribute } from 'entities/escape';
import { LINE_BREAK, spellInvisible } from './visible.js';

/**
 * What `htmlAttribute` changes: line breaks, invisible characters (every surrogate, to be safe)
 * and what `escapeAttribute` escapes. Anchors (`<a id="…">` on every member) rarely hold any.
 */
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_WORK = /[&"<>\u00A0\r\n\u0085\u2028\u2029\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\u202A-\u202E\u2066-\u2069]/;

/** A value for a double-quoted HTML attribute: `&`, `"` and NBSP as character references. */
export function htmlAttribute(value: string): string {
  if (!ATTRIBUTE_WORK.test(value)) return value;
  return escapeAttribute(spellInvisible(value.replace(LINE_BREAK, ' ')));
}

/**
 * Text safe inside `<!-- … -->`, on one line. The standard forbids `-->`, `--!>` and `<!--` inside
 * a comment and text starting with `>` or `->` or ending with `<!-`; no `--` at all rules out the
 * first three (`--` → `- -`), and the caller's `<!-- ` and ` -->` padding the rest. Line breaks
 * become spaces so that the banner stays one line.
 */
export function htmlCommentText(text: string): string {
  return spellInvisible(text.replace(LINE_BREAK, ' '))
    .replace(/-(?=-)/g, '- ')
    .replace(/-$/, '- ');
}
