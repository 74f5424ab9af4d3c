/**
 * Escaping for the HTML our Markdown carries: attribute values (`<a id="…">`) and comments (the
 * generated-file banner of every page). Attribute escaping comes from `entities`, the
 * library markdown-it and htmlparser2 use; comments have no library function, so the rule of the
 * HTML standard ("comments" in the syntax chapter) is applied here.
 */
import { escapeAttribute } from 'entities';
import { LINE_BREAK, spellInvisible } from './visible.js';

/** A value for a double-quoted HTML attribute: `&`, `"` and NBSP as character references. */
export function htmlAttribute(value: string): string {
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
