/**
 * Renders {@link DocFacts} as the text of a JSDoc comment (ts-morph adds the `/**`, `*` and `*\/`).
 * Two layers of escaping (codegen/emit/escape/): the metadata lines and the version are plain
 * text that may hold dump strings, so they go through `markdownText` (JSDoc is Markdown to
 * TypeDoc and to editors); then every piece goes through `tsDocText`, so nothing can end the
 * comment or start a tag. Descriptions from docs.json are Markdown on purpose and only get the
 * second layer. The text is handed to ts-morph as a string rather than a JSDoc structure with tag
 * structures: same output, but printing the whole API is about twice as fast (ts-morph makes a
 * fresh writer for every structured comment and tag).
 */
import { markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import type { DocFacts } from './docFacts.js';

/** Code as a Markdown fenced block (TypeDoc renders @example as Markdown): the fence outgrows any backtick run inside. */
function fencedBlock(language: string, code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${tsDocText(code.replace(/\s+$/, ''))}\n${fence}`;
}

/**
 * `markdownText` of metadata lines, remembered: the same few sentences (`Security: None (any
 * script).`, `Thread safety: Unsafe (…).`) recur on thousands of members and every one of them
 * holds a `.` that sends it through all of markdownText's passes. `markdownText` is a pure
 * function of its argument, so a remembered result is the result. The cache is emptied when it
 * grows past `LINE_CACHE_LIMIT` (lines that differ per entity, such as `Value: 7.`, would
 * otherwise keep it growing in a long-lived process).
 */
const escapedLines = new Map<string, string>();
const LINE_CACHE_LIMIT = 20_000;

function escapedLine(line: string): string {
  let escaped = escapedLines.get(line);
  if (escaped === undefined) {
    escaped = markdownText(line);
    if (escapedLines.size >= LINE_CACHE_LIMIT) escapedLines.clear();
    escapedLines.set(line, escaped);
  }
  return escaped;
}

/** `body` with `text` as a further paragraph (trimmed and escaped); blank or missing text adds none. */
function withParagraph(body: string, text: string | undefined): string {
  if (text === undefined) return body;
  const trimmed = text.trim();
  if (trimmed === '') return body;
  const paragraph = tsDocText(trimmed);
  return body === '' ? paragraph : `${body}\n\n${paragraph}`;
}

/**
 * The paragraphs (summary, description, metadata lines), then the tags one per line. Written as
 * plain string building rather than arrays filtered and joined: this runs once per declaration,
 * some 13,000 times for a whole dump.
 */
export function toJsDoc(facts: DocFacts): string {
  const { lines, parameters } = facts;
  let metadata = '';
  for (let i = 0; i < lines.length; i++) metadata += i === 0 ? escapedLine(lines[i]!) : `\n${escapedLine(lines[i]!)}`;
  const body = withParagraph(withParagraph(withParagraph('', facts.summary), facts.description), metadata);
  let tags = '';
  for (let i = 0; i < parameters.length; i++) tags += `@param ${parameters[i]!.name} ${tsDocText(parameters[i]!.text)}\n`;
  if (facts.returns) tags += `@returns ${tsDocText(facts.returns)}\n`;
  if (facts.since) tags += `@since ${tsDocText(markdownText(facts.since))}\n`;
  if (facts.deprecated) tags += `@deprecated ${tsDocText(facts.deprecated)}\n`;
  tags += `@see ${tsDocText(facts.see)}`;
  if (facts.example) tags += `\n@example\n${fencedBlock(facts.example.language, facts.example.code)}`;
  return body === '' ? tags : `${body}\n${tags}`;
}
