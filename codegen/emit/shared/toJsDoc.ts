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

export function toJsDoc(facts: DocFacts): string {
  const paragraphs = [facts.summary, facts.description, facts.lines.map(markdownText).join('\n')]
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .map((text) => tsDocText(text.trim()));
  const tags = [
    ...facts.parameters.map(({ name, text }) => `@param ${name} ${tsDocText(text)}`),
    ...(facts.returns ? [`@returns ${tsDocText(facts.returns)}`] : []),
    ...(facts.since ? [`@since ${tsDocText(markdownText(facts.since))}`] : []),
    ...(facts.deprecated ? [`@deprecated ${tsDocText(facts.deprecated)}`] : []),
    `@see ${tsDocText(facts.see)}`,
    ...(facts.example ? [`@example\n${fencedBlock(facts.example.language, facts.example.code)}`] : []),
  ];
  const body = paragraphs.join('\n\n');
  return body === '' ? tags.join('\n') : `${body}\n${tags.join('\n')}`;
}
