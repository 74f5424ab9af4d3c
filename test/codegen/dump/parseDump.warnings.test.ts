/**
 * Unknown-but-valid input is kept, not dropped: new tags, levels, capabilities and categories
 * pass through the model and back out of the serialiser, each reported once as a warning.
 */
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { serializeDump } from '../../../codegen/dump/serializeDump.js';
import { fixtureText, rawDumpFixture, type Raw } from './fixtures/rawDumpFixture.js';

function parseChanged(change: (raw: Raw) => void): { raw: Raw; result: ReturnType<typeof parseDump> } {
  const raw = rawDumpFixture();
  change(raw);
  return { raw, result: parseDump(JSON.stringify(raw), 'dump.json') };
}

describe('parseDump warnings', () => {
  it('keeps an unknown tag and warns about it instead of failing', () => {
    const { raw, result } = parseChanged((r) => (r.Classes[3].Members[1].Tags = ['Yields', 'Experimental']));
    expect(result.warnings).toEqual([
      { code: 'DUMP_UNKNOWN_TAG', path: 'Classes[3].Members[1].Tags[1]', message: 'unknown tag "Experimental"; kept as it is' },
    ]);
    expect(result.dump.classes[3]!.members[1]!.tags).toEqual(['Yields', 'Experimental']);
    expect(serializeDump(result.dump)).toEqual(raw);
  });

  it('keeps an unknown extra field on a member under its raw key, and writes it back in key order', () => {
    const { raw, result } = parseChanged((r) => (r.Classes[3].Members[1] = { ...r.Classes[3].Members[1], Experimental: { Since: 735 } }));
    expect(result.warnings).toEqual([
      { code: 'DUMP_UNKNOWN_FIELD', path: 'Classes[3].Members[1].Experimental', message: 'unknown field "Experimental" on a member; kept as it is' },
    ]);
    expect(result.dump.classes[3]!.members[1]!.extra).toEqual({ Experimental: { Since: 735 } });
    const written = serializeDump(result.dump) as Raw;
    expect(written).toEqual(raw);
    expect(Object.keys(written.Classes[3].Members[1])).toEqual([
      'Capabilities',
      'Experimental',
      'MemberType',
      'Name',
      'Parameters',
      'ReturnType',
      'Security',
      'ThreadSafety',
    ]);
  });

  it('keeps unknown fields at every entity level', () => {
    const { raw, result } = parseChanged((r) => {
      r.Generator = 'next';
      r.Classes[0].Owner = 'core';
      r.Classes[2].Members[0].Parameters[0].Since = 1;
      r.Enums[0].Flags = 1;
      r.Enums[0].Items[0].Alias = 'Starting';
    });
    expect(result.warnings.map((w) => w.path)).toEqual([
      'Classes[0].Owner',
      'Classes[2].Members[0].Parameters[0].Since',
      'Enums[0].Items[0].Alias',
      'Enums[0].Flags',
      'Generator',
    ]);
    expect(result.dump.extra).toEqual({ Generator: 'next' });
    expect(serializeDump(result.dump)).toEqual(raw);
  });

  it('keeps a new security level, thread safety, capability, category and memory category', () => {
    const { raw, result } = parseChanged((r) => {
      r.Classes[3].Members[1].Security = 'StudioSecurity';
      r.Classes[3].Members[1].ThreadSafety = 'Parallel';
      r.Classes[3].Members[1].Capabilities = ['Network', 'Streaming'];
      r.Classes[3].Members[0].Category = 'Streams';
      r.Classes[3].MemoryCategory = 'Network';
    });
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['DUMP_UNKNOWN_MEMORY_CATEGORY', 'unknown memory category "Network"; kept as it is'],
      ['DUMP_UNKNOWN_CATEGORY', 'unknown property category "Streams"; kept as it is'],
      ['DUMP_UNKNOWN_SECURITY', 'unknown security level "StudioSecurity"; kept as it is'],
      ['DUMP_UNKNOWN_THREAD_SAFETY', 'unknown thread safety "Parallel"; kept as it is'],
      ['DUMP_UNKNOWN_CAPABILITY', 'unknown capability "Streaming"; kept as it is'],
    ]);
    expect(result.dump.classes[3]!.members[1]!.security).toEqual({ read: 'StudioSecurity', write: 'StudioSecurity' });
    expect(serializeDump(result.dump)).toEqual(raw);
  });

  it('reports a value that recurs once, at its first place, with a count of the others', () => {
    const { result } = parseChanged((r) => {
      for (const member of r.Classes[3].Members) member.Tags = ['Beta'];
    });
    expect(result.warnings).toEqual([
      { code: 'DUMP_UNKNOWN_TAG', path: 'Classes[3].Members[0].Tags[0]', message: 'unknown tag "Beta"; kept as it is (and 3 more places)' },
    ]);
  });

  it('warns about a class or enum type that the dump does not define, and keeps it', () => {
    const { result } = parseChanged((r) => {
      r.Classes[3].Members[1].Parameters[0].Type = { Category: 'Class', Name: 'Buffer?' };
      r.Classes[3].Members[0].ValueType = { Category: 'Enum', Name: 'StreamState' };
    });
    expect(result.warnings).toEqual([
      {
        code: 'DUMP_UNRESOLVED_TYPE',
        path: 'Classes[3].Members[0].ValueType',
        message: 'enum "StreamState" used by WebStreamClient.ConnectionState is not defined in this dump; kept as it is',
      },
      {
        code: 'DUMP_UNRESOLVED_TYPE',
        path: 'Classes[3].Members[1].Parameters[0].Type',
        message: 'class "Buffer?" used by WebStreamClient.Send is not defined in this dump; kept as it is',
      },
    ]);
  });

  it('warns about a format version it has not seen and reads the dump anyway', () => {
    const { result } = parseChanged((r) => (r.Version = 2));
    expect(result.warnings).toEqual([{ code: 'DUMP_UNKNOWN_FORMAT_VERSION', path: 'Version', message: 'unknown dump format version 2; read like version 1' }]);
    expect(result.dump.formatVersion).toBe(2);
  });

  it('gives no warning for the fixture', () => {
    expect(parseDump(fixtureText(), 'dump.json').warnings).toEqual([]);
  });
});
