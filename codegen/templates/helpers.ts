/**
 * The only Handlebars helpers our templates may call. Templates are compiled with
 * `knownHelpersOnly`, so a helper missing from this table is a compile error, not a silent blank.
 * Helpers are small and pure; anything with logic belongs in the view model that an emitter
 * builds before rendering.
 */

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
  /** `{{code text}}` wraps text in a Markdown code span that survives backticks inside it. */
  code: (...args) => {
    const [text] = values(args);
    const s = String(text ?? '');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
  },
  /** `{{cell text}}` makes text safe inside a Markdown table cell (pipes and newlines). */
  cell: (...args) => {
    const [text] = values(args);
    return String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  },
  /** `{{count list}}` the length of a list. */
  count: (...args) => {
    const [list] = values(args);
    return Array.isArray(list) ? list.length : 0;
  },
};
