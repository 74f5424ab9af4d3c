/**
 * Renders {@link DocFacts} as a ts-morph JSDoc structure. Every piece of text goes through
 * `escapeDocText`, so a description or name containing `*\/` cannot end the comment.
 */
import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { DocFacts } from './docFacts.js';
import { escapeDocText } from './escapeDocText.js';

export function toJsDoc(facts: DocFacts): OptionalKind<JSDocStructure> {
  const paragraphs = [facts.summary, facts.description, facts.lines.join('\n')]
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .map((text) => escapeDocText(text.trim()));
  const tags = [
    ...facts.parameters.map(({ name, text }) => ({ tagName: 'param', text: `${name} ${escapeDocText(text)}` })),
    ...(facts.returns ? [{ tagName: 'returns', text: escapeDocText(facts.returns) }] : []),
    ...(facts.since ? [{ tagName: 'since', text: escapeDocText(facts.since) }] : []),
    ...(facts.deprecated ? [{ tagName: 'deprecated', text: escapeDocText(facts.deprecated) }] : []),
    { tagName: 'see', text: escapeDocText(facts.see) },
  ];
  return { description: paragraphs.join('\n\n'), tags };
}
