/**
 * toJsDoc builds its text with plain string building and remembers escaped metadata lines; the
 * reference here is the plain composition (paragraphs filtered and joined, tags joined), which it
 * must match for any facts, including repeated lines and lines that differ only in hostile text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../../codegen/emit/escape/markdown.js';
import { tsDocText } from '../../../../codegen/emit/escape/typescript.js';
import type { DocFacts } from '../../../../codegen/emit/shared/docFacts.js';
import { toJsDoc } from '../../../../codegen/emit/shared/toJsDoc.js';

function fencedBlock(language: string, code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${tsDocText(code.replace(/\s+$/, ''))}\n${fence}`;
}

function reference(facts: DocFacts): string {
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

const text = fc
  .array(
    fc.constantFrom('a', 'Security: None (any script).', ' ', '\n', '\r\n', '\u2028', '*/', '/*', '@x', '*', '`', '<b>', '\u0000', '\ud800', '.', 'www.x.com'),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

const facts: fc.Arbitrary<DocFacts> = fc.record(
  {
    summary: text,
    description: text,
    lines: fc.array(text, { maxLength: 5 }),
    parameters: fc.array(fc.record({ name: fc.constantFrom('a', 'b_2'), text }), { maxLength: 2 }),
    returns: text,
    since: text,
    deprecated: text,
    see: text,
    example: fc.record({ language: fc.constant('ts' as const), code: text }),
  },
  { requiredKeys: ['lines', 'parameters', 'see'] },
);

describe('toJsDoc', () => {
  it('matches the plain composition of its parts for any facts', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(toJsDoc(f)).toBe(reference(f));
      }),
      { numRuns: 1000 },
    );
  });

  it('renders the same line the same way every time it recurs', () => {
    const line = 'Thread safety: Unsafe (only from serial code).';
    const first = toJsDoc({ lines: [line, line], parameters: [], see: '[x](x.md)' });
    for (let i = 0; i < 21_000; i++) toJsDoc({ lines: [`Value: ${i}.`], parameters: [], see: 's' });
    expect(toJsDoc({ lines: [line, line], parameters: [], see: '[x](x.md)' })).toBe(first);
    expect(first).toBe(`${markdownText(line)}\n${markdownText(line)}\n@see [x](x.md)`);
  });
});
