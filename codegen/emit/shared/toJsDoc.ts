/**
 * Renders {@link DocFacts} as the text of a JSDoc comment (ts-morph adds the `/**`, `*` and `*\/`).
 * Every piece of text goes through `escapeDocText`, so a description or name containing `*\/`
 * cannot end the comment. The text is handed to ts-morph as a string rather than a JSDoc
 * structure with tag structures: same output, but printing the whole API is about twice as fast
 * (ts-morph makes a fresh writer for every structured comment and tag).
 */
import type { DocFacts } from './docFacts.js';
import { escapeDocText } from './escapeDocText.js';

/** Code as a Markdown fenced block (TypeDoc renders @example as Markdown): the fence outgrows any backtick run inside. */
function fencedBlock(language: string, code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${escapeDocText(code.replace(/\s+$/, ''))}\n${fence}`;
}

export function toJsDoc(facts: DocFacts): string {
  const paragraphs = [facts.summary, facts.description, facts.lines.join('\n')]
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .map((text) => escapeDocText(text.trim()));
  const tags = [
    ...facts.parameters.map(({ name, text }) => `@param ${name} ${escapeDocText(text)}`),
    ...(facts.returns ? [`@returns ${escapeDocText(facts.returns)}`] : []),
    ...(facts.since ? [`@since ${escapeDocText(facts.since)}`] : []),
    ...(facts.deprecated ? [`@deprecated ${escapeDocText(facts.deprecated)}`] : []),
    `@see ${escapeDocText(facts.see)}`,
    ...(facts.example ? [`@example\n${fencedBlock(facts.example.language, facts.example.code)}`] : []),
  ];
  const body = paragraphs.join('\n\n');
  return body === '' ? tags.join('\n') : `${body}\n${tags.join('\n')}`;
}
