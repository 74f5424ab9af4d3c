/**
 * The only Handlebars helpers our templates may call. Templates are compiled with
 * `knownHelpersOnly`, so a helper missing from this table is a compile error, not a silent blank.
 * Helpers are small and pure; anything with logic belongs in the view model that an emitter
 * builds before rendering.
 *
 * Templates are compiled with `noEscape`: `{{x}}` prints `x` as it is. View models hold dump text
 * already escaped for Markdown text (`markdownText`); wherever a template puts text into another
 * context it calls that context's helper, which uses the escaper of codegen/emit/escape/: `code`
 * (code span), `cell` (our Markdown in a table cell). Text printed in bulk (the reference pages'
 * rows, anchors and signatures) comes escaped for its place from the view model instead
 * (codegen/emit/reference/markdownRows.ts), which saves a helper call per use.
 */
import { markdownCodeSpan, markdownTableCell } from '../emit/escape/markdown.js';

export type Helper = (...args: unknown[]) => unknown;

/** Drops Handlebars' trailing options argument from a helper's arguments. */
function values(args: readonly unknown[]): unknown[] {
  return args.slice(0, -1);
}

export const helpers: Readonly<Record<string, Helper>> = {
  /** `{{join list ", "}}` joins a list of strings. */
  join: (...args) => {
    const [list, separator] = values(args);
    return Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '';
  },
  /** `{{eq a b}}` strict equality, for `{{#if (eq kind "Event")}}`. */
  eq: (...args) => {
    const [a, b] = values(args);
    return a === b;
  },
  /** `{{code text}}` raw text as a Markdown code span (backticks and line breaks inside survive). */
  code: (...args) => {
    const [text] = values(args);
    return markdownCodeSpan(String(text ?? ''));
  },
  /** `{{cell markdown}}` our Markdown made safe inside a table cell (pipes and line breaks). */
  cell: (...args) => {
    const [text] = values(args);
    return markdownTableCell(String(text ?? ''));
  },
  /** `{{count list}}` the length of a list. */
  count: (...args) => {
    const [list] = values(args);
    return Array.isArray(list) ? list.length : 0;
  },
};
