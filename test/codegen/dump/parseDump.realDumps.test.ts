/**
 * The parser on Roblox's real dumps: both published shapes parse without a warning, the counts
 * are those of the files, and parse → serialise gives back the very same JSON (deep-equal) and,
 * formatted in the file's own style, the very same bytes.
 */
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { dumpStats, type DumpStats } from '../../../codegen/dump/dumpStats.js';
import { parseDump, type ParsedDump } from '../../../codegen/dump/parseDump.js';
import { detectDumpStyle, formatDumpJson, serializeDump } from '../../../codegen/dump/serializeDump.js';
import type { FunctionMember } from '../../../codegen/dump/types.js';
import { describeWithRealDumps, readRealDump, REAL_DUMP_VERSIONS, type RealDumpVersion } from '../../helpers/realDumps.js';

const EXPECTED: Record<RealDumpVersion, DumpStats> = {
  '0.564.1.5640444': { classes: 631, members: 4737, enums: 321, enumItems: 2093, memberTypes: { Property: 2500, Function: 1607, Event: 619, Callback: 11 } },
  '0.732.0.7321040': { classes: 903, members: 8225, enums: 611, enumItems: 3542, memberTypes: { Property: 3990, Function: 3150, Event: 1067, Callback: 18 } },
  '0.733.0.7330989': { classes: 905, members: 8248, enums: 614, enumItems: 3555, memberTypes: { Property: 3995, Function: 3168, Event: 1067, Callback: 18 } },
  '0.734.0.7340915': { classes: 908, members: 8307, enums: 618, enumItems: 3571, memberTypes: { Property: 4020, Function: 3196, Event: 1073, Callback: 18 } },
};

for (const version of REAL_DUMP_VERSIONS) {
  describeWithRealDumps(`parseDump on the real ${version} dump`, [version], () => {
    let text: string;
    let parsed: ParsedDump;
    beforeAll(() => {
      text = readRealDump(version);
      parsed = parseDump(text, `${version}/Full-API-Dump.json`);
    });

    it('parses with no warning, every value being known', () => {
      expect(parsed.warnings).toEqual([]);
    });

    it('counts the classes, members by kind, enums and items of the file', () => {
      expect(dumpStats(parsed.dump)).toEqual(EXPECTED[version]);
    });

    it('serialises back to JSON deep-equal to the file', () => {
      // isDeepStrictEqual first: on a mismatch of this size, toEqual's diff is unreadable.
      const back = serializeDump(parsed.dump);
      expect(isDeepStrictEqual(back, JSON.parse(text))).toBe(true);
    });

    it("formats back to the file's exact bytes in its own style", () => {
      expect(formatDumpJson(serializeDump(parsed.dump), detectDumpStyle(text)) === text).toBe(true);
    });

    it('needs no rawForm anywhere: every field uses the usual spelling of its kind', () => {
      const unusual = parsed.dump.classes.flatMap((c) => c.members.filter((m) => m.rawForm !== undefined).map((m) => `${c.name}.${m.name}`));
      expect(unusual).toEqual([]);
    });
  });
}

describeWithRealDumps('the two dump shapes', ['0.564.1.5640444', '0.734.0.7340915'], () => {
  let old: ParsedDump;
  let current: ParsedDump;
  beforeAll(() => {
    old = parseDump(readRealDump('0.564.1.5640444'), '0.564');
    current = parseDump(readRealDump('0.734.0.7340915'), '0.734');
  });

  it('reads the old shape: Instance is the root, no member has capabilities', () => {
    expect(old.dump.classes.filter((c) => c.superclass === '<<<ROOT>>>').map((c) => c.name)).toEqual(['Instance']);
    expect(old.dump.classes.some((c) => c.members.some((m) => m.capabilities !== undefined))).toBe(false);
  });

  it('reads the current shape: Object is the root, capabilities as lists and as {Read, Write}', () => {
    const members = current.dump.classes.flatMap((c) => c.members);
    expect(current.dump.classes.filter((c) => c.superclass === '<<<ROOT>>>').map((c) => c.name)).toEqual(['Object']);
    const client = current.dump.classes.find((c) => c.name === 'WebStreamClient')!;
    expect(client.members.find((m) => m.name === 'ConnectionState')!.capabilities).toEqual({ read: ['Network'], write: ['Network'] });
    expect(members.filter((m) => m.capabilities !== undefined && m.memberType === 'Property' && m.capabilities.write.length === 0).length).toBe(2453);
  });

  it('shares one object per distinct type and security pair (fewer objects; equal types compare at once)', () => {
    const members = current.dump.classes.flatMap((c) => c.members);
    const types = members.flatMap((m) =>
      m.memberType === 'Property' ? [m.valueType] : [...m.parameters.map((p) => p.type), ...(m.memberType === 'Event' ? [] : m.returnType)],
    );
    const distinct = new Set(types.map((t) => `${t.category}:${t.name}`));
    expect(new Set(types).size).toBe(distinct.size);
    expect(new Set(members.map((m) => m.security)).size).toBe(new Set(members.map((m) => `${m.security.read}/${m.security.write}`)).size);
  });

  it('reads tuple returns as lists of several types', () => {
    const model = current.dump.classes.find((c) => c.name === 'Model')!;
    expect((model.members.find((m) => m.name === 'GetBoundingBox') as FunctionMember).returnType).toEqual([
      { category: 'DataType', name: 'CFrame' },
      { category: 'DataType', name: 'Vector3' },
    ]);
  });

  it('reads SimulationAccess, present on 509 members of 0.734', () => {
    const members = current.dump.classes.flatMap((c) => c.members);
    expect(members.filter((m) => m.simulationAccess === true).length).toBe(509);
  });

  it('keeps the descriptor of Object.isA in the middle of its tags', () => {
    const isA = current.dump.classes[0]!.members.find((m) => m.name === 'isA')!;
    expect(isA.tags).toEqual(['Deprecated', 'CustomLuaState']);
    expect(isA.preferredDescriptor).toEqual({ name: 'IsA', threadSafety: 'Safe', tagIndex: 1 });
  });
});
