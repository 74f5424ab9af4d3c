/**
 * The serialiser restores the raw JSON exactly, including the rare spellings a dump may use
 * (recorded in `rawForm`), the descriptor's place among the tags, and Roblox's pretty layout.
 */
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { detectDumpStyle, formatDumpJson, serializeDump } from '../../../codegen/dump/serializeDump.js';
import type { Dump, FunctionMember } from '../../../codegen/dump/types.js';
import { rawDumpFixture, type Raw } from './fixtures/rawDumpFixture.js';

function roundTrip(change: (raw: Raw) => void): { raw: Raw; dump: Dump; back: unknown } {
  const raw = rawDumpFixture();
  change(raw);
  const { dump } = parseDump(JSON.stringify(raw), 'dump.json');
  return { raw, dump, back: serializeDump(dump) };
}

describe('serializeDump', () => {
  it('gives back the fixture unchanged, with the usual spellings and no rawForm', () => {
    const { raw, dump, back } = roundTrip(() => {});
    expect(back).toEqual(raw);
    expect(dump.classes.flatMap((c) => c.members).filter((m) => m.rawForm !== undefined)).toEqual([]);
  });

  it('puts the descriptor object back between the tags where it was', () => {
    const { dump, back } = roundTrip(() => {});
    const isA = dump.classes[0]!.members[1]!;
    expect(isA.tags).toEqual(['Deprecated', 'CustomLuaState']);
    expect(isA.preferredDescriptor).toEqual({ name: 'IsA', threadSafety: 'Safe', tagIndex: 1 });
    expect((back as Raw).Classes[0].Members[1].Tags).toEqual(['Deprecated', { PreferredDescriptorName: 'IsA', ThreadSafety: 'Safe' }, 'CustomLuaState']);
  });

  it('normalises a single ReturnType to a list of one and a tuple to a list of two', () => {
    const { dump } = roundTrip(() => {});
    const members = dump.classes[3]!.members;
    expect((members[1] as FunctionMember).returnType).toEqual([{ category: 'Primitive', name: 'null' }]);
    const callback = members[3]!;
    expect(callback.memberType === 'Callback' && callback.returnType.length).toBe(2);
  });

  it.each([
    ['a function Security written as a pair', (r: Raw) => (r.Classes[3].Members[1].Security = { Read: 'None', Write: 'None' }), { security: 'pair' }],
    ['a property Security written as a string', (r: Raw) => (r.Classes[3].Members[0].Security = 'None'), { security: 'string' }],
    ['property Capabilities written as a list', (r: Raw) => (r.Classes[3].Members[0].Capabilities = ['Network']), { capabilities: 'list' }],
    ['function Capabilities written as {Read} only', (r: Raw) => (r.Classes[3].Members[1].Capabilities = { Read: ['Network'] }), undefined],
    [
      'function Capabilities written as a pair of equal lists',
      (r: Raw) => (r.Classes[3].Members[1].Capabilities = { Read: ['Network'], Write: ['Network'] }),
      { capabilities: 'pair' },
    ],
    ['a property pair with an empty Write', (r: Raw) => (r.Classes[3].Members[0].Capabilities = { Read: ['Network'], Write: [] }), { capabilities: 'pair' }],
    ['a one-element ReturnType list', (r: Raw) => (r.Classes[3].Members[1].ReturnType = [{ Category: 'Primitive', Name: 'null' }]), { returnType: 'list' }],
  ])('round-trips %s exactly', (_name, change, rawForm) => {
    const { raw, dump, back } = roundTrip(change);
    expect(back).toEqual(raw);
    const changed = dump.classes[3]!.members.find((m) => m.rawForm !== undefined);
    expect(changed?.rawForm).toEqual(rawForm);
  });

  it('falls back to a spelling that can hold the value when a recorded one no longer can', () => {
    const { dump } = roundTrip((r) => (r.Classes[3].Members[1].Security = { Read: 'None', Write: 'None' }));
    const send = dump.classes[3]!.members[1] as FunctionMember;
    const edited: Dump = {
      ...dump,
      classes: dump.classes.map((c, i) =>
        i === 3 ? { ...c, members: [{ ...send, security: { read: 'None', write: 'PluginSecurity' }, rawForm: { security: 'string' } }] } : c,
      ),
    };
    expect((serializeDump(edited) as Raw).Classes[3].Members[0].Security).toEqual({ Read: 'None', Write: 'PluginSecurity' });
  });

  it('writes LegacyNames and item tags back only where the dump had them', () => {
    const { back } = roundTrip(() => {});
    expect((back as Raw).Enums[1].Items).toEqual([
      { Name: 'SSE', Value: 0 },
      { LegacyNames: ['ServerSentEvents'], Name: 'RawStream', Tags: ['NotBrowsable'], Value: 1 },
      { Name: 'WebSocket', Value: 2 },
    ]);
  });
});

describe('formatDumpJson', () => {
  const raw = { Classes: [{ Members: [], Name: 'A', Tags: ['x'] }], Enums: [], Version: 1 };

  it('writes the minified form as one line with no final newline', () => {
    expect(formatDumpJson(raw, 'minified')).toBe('{"Classes":[{"Members":[],"Name":"A","Tags":["x"]}],"Enums":[],"Version":1}');
  });

  it("writes Roblox's pretty form: four spaces, CRLF, empty lists on two lines, final CRLF", () => {
    expect(formatDumpJson(raw, 'pretty')).toBe(
      [
        '{',
        '    "Classes": [',
        '        {',
        '            "Members": [',
        '            ],',
        '            "Name": "A",',
        '            "Tags": [',
        '                "x"',
        '            ]',
        '        }',
        '    ],',
        '    "Enums": [',
        '    ],',
        '    "Version": 1',
        '}',
        '',
      ].join('\r\n'),
    );
  });

  it('tells the two styles apart', () => {
    expect(detectDumpStyle(formatDumpJson(raw, 'minified'))).toBe('minified');
    expect(detectDumpStyle(formatDumpJson(raw, 'pretty'))).toBe('pretty');
    expect(detectDumpStyle('{"a":1}\n')).toBe('minified');
  });
});
