/**
 * The repeated rows of the reference pages — member index rows, fact lines, parameter and
 * history rows, enum item rows — written here rather than with `{{#each}}` in the templates.
 * A whole dump has tens of thousands of them (every member has its facts and its history table;
 * Instance's hundred-odd index rows sit on most pages), and Handlebars' work per iteration and
 * per helper call (helper wrappers, property checks, frames) cost more than the rows themselves
 * (CPU profile of `generate --all`, issue 14). The templates keep each page's structure and
 * headers and print these blocks as they are.
 *
 * Each block is its lines joined with `\n`, without a final one (the template's line supplies
 * it); callers print a block only when it has rows. Every cell gets the escaping the template's
 * helper gave it: views hold Markdown already, raw text goes through codegen/emit/escape/.
 */
import { htmlAttribute } from '../escape/html.js';
import { markdownCodeSpan, markdownTableCell } from '../escape/markdown.js';

function lines<T>(items: readonly T[], line: (item: T) => string): string {
  let text = '';
  for (let i = 0; i < items.length; i++) text += i === 0 ? line(items[i]!) : `\n${line(items[i]!)}`;
  return text;
}

/** `- **Type**: int`, one fact of a member; label and value are Markdown. */
export function factLine(label: string, value: string): string {
  return `- **${label}**: ${value}`;
}

/** Rows of the member index (`| Member | Kind | History |`); the signature is raw text, shown as code. */
export function memberIndexRows(
  rows: readonly { readonly signature: string; readonly href: string; readonly kind: string; readonly history: string }[],
): string {
  return lines(rows, (row) => `| [${markdownCodeSpan(row.signature, { inTable: true })}](${row.href}) | ${row.kind} | ${row.history} |`);
}

/** Rows of a parameter table (`| Parameter | Type | Default | Description |`). */
export function parameterRows(
  parameters: readonly { readonly name: string; readonly type: string; readonly default: string; readonly description: string }[],
): string {
  return lines(parameters, (p) => `| ${p.name} | ${p.type} | ${p.default} | ${markdownTableCell(p.description)} |`);
}

/** Rows of a history table (`| Version | Full version | Date | Change |`). */
export function historyRows(entries: readonly { readonly label: string; readonly version: string; readonly date: string; readonly change: string }[]): string {
  return lines(entries, (entry) => `| ${entry.label} | ${entry.version} | ${entry.date} | ${markdownTableCell(entry.change)} |`);
}

/** Rows of an enum's item table (`| Item | Value | Legacy names | Tags | Description | History |`), each with its anchor. */
export function enumItemRows(
  items: readonly {
    readonly anchor: string;
    readonly name: string;
    readonly value: number;
    readonly legacyNames: string;
    readonly tags: string;
    readonly description: string;
    readonly history: string;
  }[],
): string {
  return lines(
    items,
    (item) =>
      `| <a id="${htmlAttribute(item.anchor)}"></a>${item.name} | ${item.value} | ${item.legacyNames} | ${item.tags} | ${markdownTableCell(item.description)} | ${item.history} |`,
  );
}
