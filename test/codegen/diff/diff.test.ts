/**
 * diff on small hand-made dumps: what each kind of difference becomes in the change list.
 */
import { describe, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import { diff } from '../../../codegen/diff/diff.js';
import { DiffError } from '../../../codegen/diff/errors.js';
import { patch } from '../../../codegen/diff/patch.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';

type Raw = Record<string, unknown>;
const fn = (name: string, extra: Raw = {}): Raw => ({
  MemberType: 'Function',
  Name: name,
  Parameters: [],
  ReturnType: { Category: 'Primitive', Name: 'null' },
  Security: 'None',
  ThreadSafety: 'Unsafe',
  ...extra,
});
const prop = (name: string, extra: Raw = {}): Raw => ({
  Category: 'Data',
  MemberType: 'Property',
  Name: name,
  Security: { Read: 'None', Write: 'None' },
  Serialization: { CanLoad: true, CanSave: true },
  ThreadSafety: 'ReadSafe',
  ValueType: { Category: 'Primitive', Name: 'int' },
  ...extra,
});
const cls = (name: string, members: Raw[], extra: Raw = {}): Raw => ({
  Members: members,
  MemoryCategory: 'Instances',
  Name: name,
  Superclass: '<<<ROOT>>>',
  ...extra,
});
const dump = (classes: Raw[], enums: Raw[] = [], version = 1): Dump =>
  parseDump(JSON.stringify({ Classes: classes, Enums: enums, Version: version }), 'test.json').dump;
const brief = (changes: ReturnType<typeof diff>) =>
  changes.map((c) => [c.action, c.kind, c.parent === undefined ? c.name : `${c.parent}.${c.name}`, c.field ?? ''].join(' ').trim());

describe('diff', () => {
  it('finds nothing between equal dumps', () => {
    expect(diff(dump([cls('A', [fn('F')])]), dump([cls('A', [fn('F')])]))).toEqual([]);
  });

  it('reports a member whose MemberType changed as a Remove then an Add', () => {
    const changes = diff(dump([cls('A', [fn('X')])]), dump([cls('A', [prop('X')])]));
    expect(brief(changes)).toEqual(['Remove Function A.X', 'Add Property A.X']);
    expect(changes.map((c) => c.impact)).toEqual(['breaking', 'compatible']);
  });

  it('removes members before their class, adds them after it, each with its raw value', () => {
    const changes = diff(dump([cls('Old', [fn('F')])]), dump([cls('New', [prop('P')])]));
    expect(brief(changes)).toEqual(['Remove Function Old.F', 'Remove Class Old', 'Add Class New', 'Add Property New.P']);
    expect(changes[1]!.from).toEqual({ MemoryCategory: 'Instances', Name: 'Old', Superclass: '<<<ROOT>>>' });
    expect(changes[3]!.to).toEqual(prop('P'));
  });

  it('says where an added entity goes and reports kept entities that moved as Position changes', () => {
    const changes = diff(dump([cls('A', [fn('F'), fn('G'), fn('H')])]), dump([cls('A', [fn('H'), fn('F'), fn('New'), fn('G')])]));
    expect(changes).toEqual([
      { action: 'Change', kind: 'Function', parent: 'A', name: 'H', field: 'Position', from: 'G', to: null, impact: 'compatible' },
      { action: 'Add', kind: 'Function', parent: 'A', name: 'New', to: fn('New'), after: 'F', impact: 'compatible' },
    ]);
  });

  it('gives one Security change while read and write agree, and halves when they do not', () => {
    const open = diff(dump([cls('A', [prop('P', { Security: { Read: 'RobloxSecurity', Write: 'RobloxSecurity' } })])]), dump([cls('A', [prop('P')])]));
    expect(open).toMatchObject([{ field: 'Security', from: 'RobloxSecurity', to: 'None', impact: 'compatible' }]);
    const split = diff(dump([cls('A', [prop('P')])]), dump([cls('A', [prop('P', { Security: { Read: 'None', Write: 'PluginSecurity' } })])]));
    expect(split).toMatchObject([{ field: 'Security.Write', from: 'None', to: 'PluginSecurity', impact: 'breaking' }]);
  });

  it('reports each tag added or removed, with the tag an added one follows', () => {
    const changes = diff(dump([cls('A', [fn('F', { Tags: ['Hidden', 'Yields'] })])]), dump([cls('A', [fn('F', { Tags: ['Yields', 'Deprecated'] })])]));
    expect(changes).toMatchObject([
      { field: 'Tags', from: 'Hidden', impact: 'compatible' },
      { field: 'Tags', to: 'Deprecated', after: 'Yields', impact: 'compatible' },
    ]);
  });

  it('reports the preferred descriptor as its own field and a reordering of tags as TagOrder', () => {
    const descriptor = { PreferredDescriptorName: 'IsA', ThreadSafety: 'Safe' };
    const changes = diff(
      dump([cls('A', [fn('isA', { Tags: ['Deprecated', 'CustomLuaState'] })])]),
      dump([cls('A', [fn('isA', { Tags: ['Deprecated', descriptor, 'CustomLuaState'] })])]),
    );
    expect(changes).toMatchObject([
      { field: 'PreferredDescriptor', to: descriptor },
      { field: 'TagOrder', from: ['Deprecated', 'CustomLuaState', descriptor], to: ['Deprecated', descriptor, 'CustomLuaState'] },
    ]);
  });

  it('reports fields the model does not know under their raw key', () => {
    const changes = diff(dump([cls('A', [fn('F', { SimulationAccess: true, FutureFlag: 'on' })])]), dump([cls('A', [fn('F', { FutureFlag: 'off' })])]));
    expect(changes).toMatchObject([
      { field: 'FutureFlag', from: 'on', to: 'off', impact: 'compatible' },
      { field: 'SimulationAccess', from: true, impact: 'compatible' },
    ]);
  });

  it('compares enum items by name, with their values and legacy names', () => {
    const enumOf = (items: Raw[]) => [{ Items: items, Name: 'E' }];
    const changes = diff(
      dump(
        [],
        enumOf([
          { Name: 'A', Value: 0 },
          { Name: 'B', Value: 1 },
        ]),
      ),
      dump([], enumOf([{ Name: 'A', Value: 2, LegacyNames: ['Old'] }])),
    );
    expect(brief(changes)).toEqual(['Remove EnumItem E.B', 'Change EnumItem E.A Value', 'Change EnumItem E.A LegacyNames']);
  });

  it('refuses to compare dumps of different format versions', () => {
    expect(() => diff(dump([]), dump([], [], 2))).toThrow(DiffError);
  });

  it('rebuilds each of these cases with patch', () => {
    const pairs: [Dump, Dump][] = [
      [dump([cls('A', [fn('F'), fn('G'), fn('H')])]), dump([cls('A', [fn('H'), fn('F'), fn('New'), fn('G')])])],
      [dump([cls('Old', [fn('F')]), cls('B', [])]), dump([cls('B', [prop('F')]), cls('New', [prop('P')])])],
    ];
    for (const [a, b] of pairs) expect(patch(a, diff(a, b))).toStrictEqual(b);
  });
});

describe('diff on a field it cannot name', () => {
  it('refuses with DIFF_INCOMPLETE instead of dropping it', () => {
    const withPosition = (value: string) => dump([cls('A', [fn('F', { Position: value })])]);
    expect(() => diff(withPosition('a'), withPosition('b'))).toThrow(expect.objectContaining({ code: 'DIFF_INCOMPLETE' }));
  });
});
