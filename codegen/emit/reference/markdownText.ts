/**
 * Makes dump names safe as Markdown text on the reference pages: characters Markdown or HTML
 * would interpret (`*`, `_`, backticks, `[`, `<`, `|`, …) are backslash-escaped, so a member
 * whose name contains them shows as written. Descriptions from docs.json are Markdown on purpose and
 * are not passed through here.
 */

const SPECIAL = /[\\`*_{}[\]<>|~\r\n]/;

export function markdownText(text: string): string {
  // Most names need nothing; skip the replace for them (it runs for every row of every page).
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\`*_{}[\]<>|~]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}
