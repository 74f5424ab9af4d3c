import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingSlug, pageFileName, referenceHrefFromDeclarations, uniqueAnchors } from '../../../../codegen/emit/shared/referenceLinks.js';

describe('referenceLinks', () => {
  it.each([
    ['Send', 'send'],
    ['Select/Hover Color', 'selecthover-color'],
    ['Auto-Recovery Interval (Minutes)', 'auto-recovery-interval-minutes'],
    ['LoadCharacterLayeredClothing ', 'loadcharacterlayeredclothing'],
  ])('headingSlug(%j) is %j, as GitHub makes it', (name, slug) => {
    expect(headingSlug(name)).toBe(slug);
  });

  it('gives the same slug on its fast path (plain ASCII names) as the full rule does', () => {
    const full = (text: string) =>
      text
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
    const name = fc.oneof(fc.string({ unit: fc.constantFrom(...'aZ09_- ./()\tÉß\u2028\u00a0') }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(name, (text) => {
        expect(headingSlug(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives case twins and clashing slugs distinct anchors, first come first served', () => {
    expect([...uniqueAnchors(['ClassName', 'className', 'IsA', 'isA', 'classname-2', 'a/b', 'ab'])]).toEqual([
      ['ClassName', 'classname'],
      ['className', 'classname-2'],
      ['IsA', 'isa'],
      ['isA', 'isa-2'],
      ['classname-2', 'classname-2-2'],
      ['a/b', 'ab'],
      ['ab', 'ab-2'],
    ]);
  });

  it('names enum pages with the Enum. prefix so a class and an enum of one name do not clash', () => {
    expect(pageFileName('Platform')).toBe('Platform.md');
    expect(pageFileName('Platform', 'enum')).toBe('Enum.Platform.md');
    expect(pageFileName('Odd`Name')).toBe('Odd_Name.md');
  });

  it('links from node/index.d.ts one folder up', () => {
    expect(referenceHrefFromDeclarations('WebStreamClient', 'send')).toBe('../reference/WebStreamClient.md#send');
    expect(referenceHrefFromDeclarations('WebStreamClientType', 'sse', '../../reference', 'enum')).toBe('../../reference/Enum.WebStreamClientType.md#sse');
  });
});
