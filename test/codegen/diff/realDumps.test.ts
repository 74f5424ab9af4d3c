/**
 * diff and patch on the real consecutive dumps 0.732 → 0.733 → 0.734, checked against facts the
 * public trackers logged for those builds and against the raw JSON itself.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import type { Change } from '../../../codegen/diff/types.js';
import { diff } from '../../../codegen/diff/diff.js';
import { patch } from '../../../codegen/diff/patch.js';
import { renderChangelog } from '../../../codegen/diff/changelog.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { serializeDump } from '../../../codegen/dump/serializeDump.js';
import { describeWithRealDumps, readRealDump, type RealDumpVersion } from '../../helpers/realDumps.js';

const VERSIONS = ['0.732.0.7321040', '0.733.0.7330989', '0.734.0.7340915'] as const;

describeWithRealDumps('diff and patch on real dumps 0.732 → 0.733 → 0.734', VERSIONS, () => {
  const texts = new Map<RealDumpVersion, string>();
  const dumps = new Map<RealDumpVersion, Dump>();
  let d733: Change[] = [];
  let d734: Change[] = [];
  const dump = (version: RealDumpVersion): Dump => dumps.get(version)!;

  beforeAll(() => {
    for (const version of VERSIONS) {
      texts.set(version, readRealDump(version));
      dumps.set(version, parseDump(texts.get(version)!, version).dump);
    }
    d733 = diff(dump('0.732.0.7321040'), dump('0.733.0.7330989'));
    d734 = diff(dump('0.733.0.7330989'), dump('0.734.0.7340915'));
  });

  it('patches 0.732 into 0.733 and 0.733 into 0.734 exactly, including order and serialised form', () => {
    for (const [from, to, changes] of [
      ['0.732.0.7321040', '0.733.0.7330989', d733],
      ['0.733.0.7330989', '0.734.0.7340915', d734],
    ] as const) {
      const patched = patch(dump(from), changes);
      expect(patched).toStrictEqual(dump(to));
      expect(JSON.stringify(serializeDump(patched))).toBe(JSON.stringify(serializeDump(dump(to))));
    }
  });

  it('patches 0.732 into 0.734 through both diffs in a row', () => {
    expect(patch(patch(dump('0.732.0.7321040'), d733), d734)).toStrictEqual(dump('0.734.0.7340915'));
  });

  it('reports that 0.733 added class DataModelDiff after ConfigSnapshot, with its members', () => {
    const added = d733.find((change) => change.action === 'Add' && change.kind === 'Class' && change.name === 'DataModelDiff');
    expect(added).toMatchObject({ after: 'ConfigSnapshot', impact: 'compatible', to: { Name: 'DataModelDiff', Superclass: 'Object' } });
    const rawClass = (JSON.parse(texts.get('0.733.0.7330989')!) as { Classes: { Name: string; Members: { Name: string }[] }[] }).Classes.find(
      (cls) => cls.Name === 'DataModelDiff',
    )!;
    const memberAdds = d733.filter((change) => change.action === 'Add' && change.parent === 'DataModelDiff').map((change) => change.name);
    expect(memberAdds).toEqual(rawClass.Members.map((member) => member.Name));
  });

  it('reports the 53 EditableMesh functions that went from Unsafe to Safe in 0.733, all compatible', () => {
    const moves = d733.filter((change) => change.parent === 'EditableMesh' && change.field === 'ThreadSafety');
    expect(moves).toHaveLength(53);
    for (const change of moves) expect(change).toMatchObject({ kind: 'Function', from: 'Unsafe', to: 'Safe', impact: 'compatible' });
    // Cross-check against the raw JSON: the same names, nothing else.
    type RawMembers = { Classes: { Name: string; Members: { Name: string; ThreadSafety: string }[] }[] };
    const members = (version: RealDumpVersion) =>
      new Map(
        (JSON.parse(texts.get(version)!) as RawMembers).Classes.find((cls) => cls.Name === 'EditableMesh')!.Members.map((member) => [
          member.Name,
          member.ThreadSafety,
        ]),
      );
    const before = members('0.732.0.7321040');
    const after = members('0.733.0.7330989');
    const expected = [...after].filter(([name, safety]) => before.get(name) === 'Unsafe' && safety === 'Safe').map(([name]) => name);
    expect(moves.map((change) => change.name)).toEqual(expected);
  });

  it('reports 0.734 opening WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None as compatible', () => {
    const changes = d734.filter((change) => change.parent === 'WorldModel' && change.name === 'UseWorkspaceCollisionGroups');
    expect(changes).toEqual([
      {
        action: 'Change',
        kind: 'Property',
        parent: 'WorldModel',
        name: 'UseWorkspaceCollisionGroups',
        field: 'Security',
        from: 'RobloxSecurity',
        to: 'None',
        impact: 'compatible',
      },
    ]);
  });

  it('labels exactly the real removals as breaking', () => {
    const breaking = (changes: Change[]) =>
      changes.filter((change) => change.impact === 'breaking').map((change) => `${change.action} ${change.parent}.${change.name} ${change.field ?? ''}`.trim());
    expect(breaking(d733)).toEqual(['Remove RootImportData.ValidateUgcBody']);
    expect(breaking(d734)).toEqual([
      'Remove AuroraScriptService.CreateCollection',
      'Remove Workspace.ConvexDecompCompressed',
      'Remove ThirdPartyUserService.RegisterActiveUser',
    ]);
    // A function gaining an optional parameter and an event gaining one are both compatible.
    const optional = d733.find((change) => change.parent === 'Player' && change.name === 'IsVerified');
    expect(optional).toMatchObject({ kind: 'Function', field: 'Parameters', from: [], impact: 'compatible' });
    const eventArgument = d734.find((change) => change.parent === 'AssetImportService' && change.name === 'StartSingleMeshImport');
    expect(eventArgument).toMatchObject({ kind: 'Event', field: 'Parameters', impact: 'compatible' });
  });

  it('writes the tracker-style changelog lines for these builds', () => {
    const log733 = renderChangelog(d733, '0.732.0.7321040', '0.733.0.7330989');
    expect(log733).toContain(
      '### Class DataModelDiff\n\n- Added Class DataModelDiff : Object [NotCreatable] — compatible\n- Added Function DataModelDiff.GetChangeType (identity: ScopedInstanceIdentity) -> DataModelChangeType? — compatible\n',
    );
    expect(log733).toContain('- Changed ThreadSafety of Function EditableMesh.GetPosition from Unsafe to Safe — compatible\n');
    expect(log733).toContain('- Removed Property RootImportData.ValidateUgcBody — breaking\n');
    expect(log733).toContain('- Changed the parameters of Function Player.IsVerified from () to (level: VerifiedLevel = Low) — compatible\n');
    const log734 = renderChangelog(d734, '0.733.0.7330989', '0.734.0.7340915');
    expect(log734).toContain('- Changed the security of Property WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None — compatible\n');
    expect(log734).toContain('- Added tag [Deprecated] to EnumItem AdEventType.RewardedAdLoaded — compatible\n');
  });
});

describeWithRealDumps('diff and patch across the dump format change 0.564 ⇄ 0.732', ['0.564.1.5640444', '0.732.0.7321040'], () => {
  it('rebuilds each dump from the other exactly, in both directions', () => {
    const old = parseDump(readRealDump('0.564.1.5640444'), '0.564.1.5640444').dump;
    const now = parseDump(readRealDump('0.732.0.7321040'), '0.732.0.7321040').dump;
    const forward = diff(old, now);
    expect(forward.length).toBeGreaterThan(10_000);
    // Object became the root above Instance: Instance's superclass changed, which is breaking.
    expect(forward).toContainEqual({
      action: 'Change',
      kind: 'Class',
      name: 'Instance',
      field: 'Superclass',
      from: '<<<ROOT>>>',
      to: 'Object',
      impact: 'breaking',
    });
    expect(patch(old, forward)).toStrictEqual(now);
    expect(patch(now, diff(now, old))).toStrictEqual(old);
  });
});
