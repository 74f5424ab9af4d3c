/**
 * The slice of a class: valid (a dump that parses on its own, without warnings), minimal
 * (every class, member and enum kept has a reason, checked here independently of the slicer),
 * complete (what WebStreamClient needs is there) and stable (same input, same bytes).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { formatDumpJson, serializeDump } from '../../../codegen/dump/serializeDump.js';
import { memberTypeRefs, referencedName } from '../../../codegen/dump/typeRefs.js';
import type { Dump } from '../../../codegen/dump/types.js';
import { SliceError } from '../../../codegen/slice/SliceError.js';
import { sliceDump } from '../../../codegen/slice/sliceDump.js';
import { fixtureText } from '../dump/fixtures/rawDumpFixture.js';
import { describeWithRealDumps, readRealDump } from '../../helpers/realDumps.js';

/** Read levels a game script or a plugin holds (docs/decisions.md, "Script access"). */
const SCRIPT_LEVELS = ['None', 'PluginSecurity'];

/** Reasons for each entity of `slice`, derived from the rules, not from the slicer's code. */
function unjustified(full: Dump, slice: Dump, target: string): string[] {
  const fullClass = new Map(full.classes.map((c) => [c.name, c]));
  const chain = (name: string): string[] => {
    const names: string[] = [];
    for (let c = fullClass.get(name); c !== undefined; c = fullClass.get(c.superclass)) names.push(c.name);
    return names;
  };
  const targetChain = chain(target);
  const problems: string[] = [];
  const keptMembers = slice.classes.flatMap((c) => c.members.map((m) => ({ owner: c.name, member: m })));

  for (const { owner, member } of keptMembers) {
    const whole = targetChain.includes(owner);
    const returnsTarget = memberTypeRefs(member).some(
      ({ type, at }) => type.category === 'Class' && referencedName(type) === target && (at[0] === 'ReturnType' || at[0] === 'ValueType'),
    );
    const scriptable = SCRIPT_LEVELS.includes(member.security.read) && !member.tags.includes('NotScriptable');
    if (!whole && !(returnsTarget && scriptable))
      problems.push(`member ${owner}.${member.name} is neither part of ${target}'s chain nor a script-accessible producer`);
  }
  const referenced = new Set(keptMembers.flatMap(({ member }) => memberTypeRefs(member).map(({ type }) => `${type.category}:${referencedName(type)}`)));
  const needed = new Set<string>([...targetChain, ...keptMembers.map((k) => k.owner)]);
  for (const key of referenced) if (key.startsWith('Class:')) needed.add(key.slice(6));
  for (const name of [...needed]) for (const ancestor of chain(name)) needed.add(ancestor);
  for (const cls of slice.classes) if (!needed.has(cls.name)) problems.push(`class ${cls.name} is not needed`);
  for (const e of slice.enums) if (!referenced.has(`Enum:${e.name}`)) problems.push(`enum ${e.name} is used by no kept member`);
  for (const cls of slice.classes) {
    if (targetChain.includes(cls.name) && cls.members.length !== fullClass.get(cls.name)!.members.length)
      problems.push(`class ${cls.name} of the chain lost members`);
  }
  return problems;
}

describe('sliceDump on the fixture', () => {
  const full = parseDump(fixtureText(), 'dump.json').dump;

  it('keeps the class, its chain, the producers and what they use, in dump order', () => {
    const slice = sliceDump(full, 'WebStreamClient');
    expect(slice.classes.map((c) => [c.name, c.members.map((m) => m.name)])).toEqual([
      ['Object', ['ClassName', 'isA']],
      ['Instance', []],
      ['HttpService', ['CreateWebStreamClient']],
      ['WebStreamClient', ['ConnectionState', 'Send', 'Opened', 'OnRetry']],
    ]);
    expect(slice.enums.map((e) => e.name)).toEqual(['WebStreamClientState', 'WebStreamClientType']);
    expect(unjustified(full, slice, 'WebStreamClient')).toEqual([]);
  });

  it.each(['RobloxScriptSecurity', 'LocalUserSecurity'])('leaves out producers that scripts and plugins cannot call (%s)', (security) => {
    const text = fixtureText((r) => (r.Classes[2].Members[0].Security = security));
    const slice = sliceDump(parseDump(text, 'dump.json').dump, 'WebStreamClient');
    expect(slice.classes.map((c) => c.name)).toEqual(['Object', 'WebStreamClient']);
    expect(slice.enums.map((e) => e.name)).toEqual(['WebStreamClientState']);
  });

  it('leaves out a NotScriptable producer, as the declarations do', () => {
    const text = fixtureText((r) => (r.Classes[2].Members[0].Tags = [...(r.Classes[2].Members[0].Tags ?? []), 'NotScriptable']));
    expect(sliceDump(parseDump(text, 'dump.json').dump, 'WebStreamClient').classes.map((c) => c.name)).toEqual(['Object', 'WebStreamClient']);
  });

  it('counts a script-readable property holding the class as a producer', () => {
    const text = fixtureText((r) =>
      r.Classes[2].Members.push({
        Category: 'Data',
        Default: '',
        MemberType: 'Property',
        Name: 'LastClient',
        Security: { Read: 'PluginSecurity', Write: 'RobloxSecurity' },
        Serialization: { CanLoad: false, CanSave: false },
        ThreadSafety: 'ReadSafe',
        ValueType: { Category: 'Class', Name: 'WebStreamClient?' },
      }),
    );
    const slice = sliceDump(parseDump(text, 'dump.json').dump, 'WebStreamClient');
    expect(slice.classes.find((c) => c.name === 'HttpService')!.members.map((m) => m.name)).toEqual(['CreateWebStreamClient', 'LastClient']);
  });

  it('keeps a class used as a type without its members, plus its chain', () => {
    const slice = sliceDump(full, 'HttpService');
    expect(slice.classes.map((c) => [c.name, c.members.length])).toEqual([
      ['Object', 2],
      ['Instance', 0],
      ['HttpService', 1],
      ['WebStreamClient', 0],
    ]);
  });

  it('has a minimality check that catches an extra class, member or enum', () => {
    const slice = sliceDump(full, 'WebStreamClient');
    const padded: Dump = {
      ...slice,
      classes: [...slice.classes, { ...full.classes[3]!, name: 'Spare', members: [] }].map((c) =>
        c.name === 'Instance' ? { ...c, members: full.classes[0]!.members } : c,
      ),
      enums: [...slice.enums, { name: 'Unused', items: [], tags: [] }],
    };
    expect(unjustified(full, padded, 'WebStreamClient')).toEqual([
      "member Instance.ClassName is neither part of WebStreamClient's chain nor a script-accessible producer",
      "member Instance.isA is neither part of WebStreamClient's chain nor a script-accessible producer",
      'class Spare is not needed',
      'enum Unused is used by no kept member',
    ]);
  });

  it('names a close class when the one asked for is missing', () => {
    expect(() => sliceDump(full, 'webstreamclient')).toThrow(SliceError);
    try {
      sliceDump(full, 'webstreamclient');
    } catch (error) {
      expect((error as SliceError).fix).toBe('did you mean "WebStreamClient"? (class names are case-sensitive)');
    }
  });
});

describeWithRealDumps('sliceDump on the real 0.734 dump', ['0.734.0.7340915'], () => {
  let full: Dump;
  let slice: Dump;
  beforeAll(() => {
    full = parseDump(readRealDump('0.734.0.7340915'), '0.734').dump;
    slice = sliceDump(full, 'WebStreamClient');
  });

  it('holds exactly what WebStreamClient needs', () => {
    expect(slice.classes.map((c) => [c.name, c.members.map((m) => m.name)])).toEqual([
      ['Object', ['ClassName', 'className', 'GetPropertyChangedSignal', 'IsA', 'isA', 'Changed']],
      ['Instance', []],
      ['HttpService', ['CreateWebStreamClient']],
      ['WebStreamClient', ['ConnectionState', 'Close', 'Send', 'Closed', 'Error', 'MessageReceived', 'Opened']],
    ]);
    expect(slice.enums.map((e) => [e.name, e.items.map((i) => i.name)])).toEqual([
      ['WebStreamClientState', ['Connecting', 'Open', 'Error', 'Closed']],
      ['WebStreamClientType', ['SSE', 'RawStream', 'WebSocket']],
    ]);
  });

  it('is a valid dump: it re-parses with every reference check and no warning', () => {
    const again = parseDump(formatDumpJson(serializeDump(slice), 'minified'), 'slice.json');
    expect(again.warnings).toEqual([]);
    expect(again.dump).toEqual(slice);
  });

  it('is minimal: every class, member and enum kept has a reason', () => {
    expect(unjustified(full, slice, 'WebStreamClient')).toEqual([]);
  });

  it('is what api-dump/Full-API-Dump.json holds, byte for byte', () => {
    const committed = readFileSync(new URL('../../../api-dump/Full-API-Dump.json', import.meta.url), 'utf8');
    expect(formatDumpJson(serializeDump(slice), 'pretty') === committed).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(serializeDump(sliceDump(full, 'WebStreamClient')))).toBe(JSON.stringify(serializeDump(slice)));
  });

  it.each(['Part', 'Players', 'HttpService', 'Instance'])('gives a valid, minimal slice for %s too', (name) => {
    const other = sliceDump(full, name);
    expect(parseDump(formatDumpJson(serializeDump(other), 'minified'), `${name}.json`).warnings).toEqual([]);
    expect(unjustified(full, other, name)).toEqual([]);
  });
});
