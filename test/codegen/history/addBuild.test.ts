/**
 * addBuild (the pure core of `history add`) on small hand-made slices: baseline, recorded
 * changes, moves left out, repeats and out-of-order versions.
 */
import { describe, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import type { HistoryFile } from '../../../codegen/history/fileFormat.js';
import { addBuild } from '../../../codegen/history/addBuild.js';
import { HistoryError } from '../../../codegen/history/errors.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  MemberType: 'Event',
  Name: name,
  Parameters: [],
  Security: 'None',
  ThreadSafety: 'Unsafe',
  ...extra,
});

function slice(members: Record<string, unknown>[]): Dump {
  const raw = {
    Classes: [{ Members: members, MemoryCategory: 'Instances', Name: 'WebStreamClient', Superclass: '<<<ROOT>>>', Tags: ['NotCreatable'] }],
    Enums: [],
    Version: 1,
  };
  return parseDump(JSON.stringify(raw), 'slice.json').dump;
}

const empty: HistoryFile = { scope: ['WebStreamClient'], builds: [{ version: '0.696.0.6960797', source: 'public-record', changes: [] }] };

describe('addBuild', () => {
  const first = addBuild({ history: empty, historyFile: 'h.json', build: { version: '0.700.0.1' }, slice: slice([event('Opened'), event('Closed')]) });

  it('records the first dump as a baseline without events and keeps its slice as the snapshot', () => {
    expect(first.kind).toBe('baseline');
    expect(first.history.builds.at(-1)).toEqual({ version: '0.700.0.1', source: 'baseline', changes: [] });
    expect(first.history.snapshot?.version).toBe('0.700.0.1');
  });

  it('records the slice’s changes against the snapshot, without moves in dump order', () => {
    const next = addBuild({
      history: first.history,
      historyFile: 'h.json',
      build: { version: '0.701.0.2', guid: 'version-x', date: '2026-01-01' },
      slice: slice([event('Closed', { ThreadSafety: 'Safe' }), event('Opened'), event('Error')]),
    });
    expect(next.kind).toBe('added');
    const build = next.history.builds.at(-1)!;
    expect(build).toMatchObject({ version: '0.701.0.2', guid: 'version-x', date: '2026-01-01', source: 'dump' });
    expect(build.changes.map((change) => `${change.action} ${change.name} ${change.field ?? ''}`.trim())).toEqual(['Change Closed ThreadSafety', 'Add Error']);
    expect(next.history.snapshot?.version).toBe('0.701.0.2');
  });

  it('leaves the log alone when the version is already there', () => {
    const again = addBuild({
      history: first.history,
      historyFile: 'h.json',
      build: { version: '0.700.0.1' },
      slice: slice([event('Opened'), event('Closed')]),
    });
    expect(again).toEqual({ kind: 'already-recorded', history: first.history });
  });

  it('refuses a version older than the latest build, naming both', () => {
    const older = () => addBuild({ history: first.history, historyFile: 'h.json', build: { version: '0.699.0.9' }, slice: slice([]) });
    expect(older).toThrow(HistoryError);
    expect(older).toThrow('h.json at builds: 0.699.0.9 is older than the latest recorded build 0.700.0.1.');
  });
});
