/**
 * Renders {@link DocFacts} as the text of a JSDoc comment (ts-morph adds the `/**`, `*` and `*\/`).
 * Every piece of text goes through `escapeDocText`, so a description or name containing `*\/`
 * cannot end the comment. The text is handed to ts-morph as a string rather than a JSDoc
 * structure with tag structures: same output, but printing the whole API is about twice as fast
 * (ts-morph makes a fresh writer for every structured comment and tag).
 */
import type { DocFacts } from './docFacts.js';
import { escapeDocText } from './escapeDocText.js';

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
  ];
  const body = paragraphs.join('\n\n');
  return body === '' ? tags.join('\n') : `${body}\n${tags.join('\n')}`;
}
