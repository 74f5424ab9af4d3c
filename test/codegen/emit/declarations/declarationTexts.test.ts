/**
 * The Node declarations printed straight to text (classInterfaceText.ts, enumDeclarationTexts.ts,
 * what `emitNodeDeclarations` writes) are byte for byte the structures of
 * `buildNodeDeclarationStructures` printed by `printStructures` (the reference, itself compared
 * with ts-morph in test/codegen/emit/typescript/printStructures.test.ts): on the slice with its
 * docs and history, on small dumps with the shapes the slice lacks, and on random dumps whose
 * every name, tag and level is hostile text. The real dumps and the hostile slice are compared in
 * test/codegen/generate/all.test.ts and test/codegen/emit/escape/hostileDump.property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dump, DumpClass, DumpEnum } from '../../../../codegen/dump/types.js';
import {
  buildNodeDeclarationStructures,
  emitNodeDeclarations,
  type NodeDeclarationsOptions,
} from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import type { TypeOverride } from '../../../../codegen/emit/declarations/typeOverrides.js';
import type { EmitSource } from '../../../../codegen/emit/shared/emitSource.js';
import { scriptHeader } from '../../../../codegen/emit/shared/generatedHeader.js';
import { printStructures } from '../../../../codegen/emit/typescript/printStructures.js';
import { callback, cls, dumpOf, enumOf, evt, fn, objectRoot, param, prop, t } from '../fixtures/dumpBuilders.js';
import { sliceSource } from '../fixtures/sliceSource.js';

const LENIENT: NodeDeclarationsOptions = { overrideMode: 'lenient' };

/** What each way gives: the text, or the error it stops with. */
function bothWays(source: EmitSource, options: NodeDeclarationsOptions = LENIENT): { text: string; reference: string } {
  const attempt = (run: () => string): string => {
    try {
      return run();
    } catch (error) {
      return `threw ${String(error)}`;
    }
  };
  return {
    text: attempt(() => emitNodeDeclarations(source, options).file.contents),
    reference: attempt(() => scriptHeader(source) + printStructures(buildNodeDeclarationStructures(source, options).statements)),
  };
}

const sourceOf = (dump: Dump): EmitSource => ({ dump, dumpFile: 'test/Full-API-Dump.json', regenerateCommand: 'test' });

describe('Node declarations as text', () => {
  it('are the printed structures for the slice (docs, history, examples, overrides)', () => {
    const { text, reference } = bothWays(sliceSource, { overrideMode: 'strict' });
    expect(text).not.toMatch(/^threw/);
    expect(text).toBe(reference);
  });

  it('are the printed structures for shapes the slice lacks', () => {
    const enums: DumpEnum[] = [
      enumOf('Empty', []),
      {
        name: 'Legacy',
        tags: ['Deprecated'],
        preferredDescriptor: { name: 'Empty', threadSafety: 'Safe' },
        items: [
          { name: 'New', value: 1, tags: [], legacyNames: ['Old', 'New', 'FromName'] },
          { name: 'function', value: -2, tags: ['Deprecated'], legacyNames: ['Older one'] },
          { name: 'Quoted "item"', value: 3.5, tags: ['NotBrowsable'], preferredDescriptor: { name: 'New', threadSafety: 'Safe' } },
        ],
      },
    ];
    const classes: DumpClass[] = [
      objectRoot([fn('IsA', [param('className', t.prim('string'))], [t.prim('bool')]), prop('Name', t.prim('string'))]),
      cls('Bare', 'Object', []),
      cls('OnlyMethods', 'Object', [
        fn('IsA', [param('name', t.prim('string'))], [t.prim('bool')], { tags: ['Deprecated'], preferredDescriptor: { name: 'IsA', threadSafety: 'Safe' } }),
        fn('Rest', [param('first', t.prim('int')), param('rest', t.group('Tuple'))], [t.prim('int'), t.prim('string')]),
        fn('Optional', [param('a', t.prim('int'), '1'), param('b', t.cls('Bare')), param('c', t.enum('Legacy'), 'New')]),
      ]),
      cls(
        'Fields',
        'Bare',
        [
          prop('Two words', t.data('Vector3'), { tags: ['ReadOnly', 'NotReplicated'], security: { read: 'None', write: 'PluginSecurity' } }),
          prop('Maybe', t.cls('Bare?'), { capabilities: { read: ['Basic'], write: [] } }),
          evt('Changed', [param('value', t.prim('string')), param('value', t.data('CFrame'))]),
          callback('OnAsk', [param('question', t.prim('string'))], [t.prim('bool')]),
          fn('Name', [], [], { tags: ['Yields'], preferredDescriptor: { name: 'Two words', threadSafety: 'Safe' } }),
        ],
        ['NotCreatable'],
      ),
    ];
    // A multi-line type (an override may be one) is indented to the block after its first line.
    const overrides: TypeOverride[] = [
      {
        className: 'OnlyMethods',
        memberName: 'Rest',
        target: { parameter: 'first' },
        dumpType: t.prim('int'),
        types: { node: '{\n  a: number;\n\n  b: string;\n}', robloxTs: 'number' },
        provenance: 'test',
      },
      {
        className: 'OnlyMethods',
        memberName: 'Optional',
        target: { returns: true },
        dumpType: t.prim('null'),
        types: { node: 'A |\nB', robloxTs: 'void' },
        provenance: 'test',
      },
    ];
    const { text, reference } = bothWays(sourceOf(dumpOf(classes, enums)), { overrideMode: 'strict', overrides });
    expect(text).not.toMatch(/^threw/);
    expect(text).toContain('  Optional(a: number | undefined, b: Bare, c?: CastsToEnum<Enum.Legacy>): A |\n  B;\n');
    expect(text).toBe(reference);
  });

  it('are the printed structures for dumps full of hostile names, or fail the same way', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'aZ09 _$.*/@`"\'\\\n\r\u2028\u202e\ud800{}<>|#[]()&:-', '*/', '/*', '\r\n', '@param', 'www.x.com', 'function'),
      minLength: 1,
      maxLength: 8,
    });
    const dumps = fc
      .record({
        classNames: fc.uniqueArray(hostile, { minLength: 2, maxLength: 2 }),
        memberNames: fc.uniqueArray(hostile, { minLength: 4, maxLength: 4 }),
        enumName: hostile,
        itemNames: fc.uniqueArray(hostile, { minLength: 2, maxLength: 2 }),
        words: fc.array(hostile, { minLength: 4, maxLength: 4 }),
      })
      .map(({ classNames, memberNames, enumName, itemNames, words }) => {
        const [a = 'A', b = 'B'] = classNames;
        const [w0 = 'w', w1 = 'w', w2 = 'w', w3 = 'w'] = words;
        const level = { security: { read: w0, write: w1 }, threadSafety: w2, tags: [w3] };
        const members = [
          prop(memberNames[0]!, t.cls(b), level),
          fn(memberNames[1]!, [param(w0, t.enum(enumName)), param(w1, t.data(w2), w3)], [t.cls(a)], level),
          evt(memberNames[2]!, [param(w3, t.prim('int'))], { ...level, preferredDescriptor: { name: memberNames[0]!, threadSafety: 'Safe' } }),
          callback(memberNames[3]!, [], [t.prim('string')], { ...level, capabilities: { read: [w0], write: [w1, w2] } }),
        ];
        const enums: DumpEnum[] = [
          {
            name: enumName,
            tags: [w2],
            items: itemNames.map((name, i) => ({ name, value: i, tags: [w3], legacyNames: [w0, name] })),
          },
        ];
        return dumpOf([objectRoot(), cls(a, 'Object', members, [w0]), cls(b, a, members.slice(1), [w1])], enums);
      });
    fc.assert(
      fc.property(dumps, (dump) => {
        const { text, reference } = bothWays(sourceOf(dump));
        expect(text).toBe(reference);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
