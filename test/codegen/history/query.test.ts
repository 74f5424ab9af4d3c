/**
 * The history query API (since / changes / classChanges / latest) on the committed
 * api-dump/history.json, checked against the figures of the public API reference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../codegen/history/loadHistory.js';
import { createHistoryQuery } from '../../../codegen/history/query.js';
import { versionLabel, type EntityRef } from '../../../codegen/history/types.js';

const FILE = new URL('../../../api-dump/history.json', import.meta.url);
const history = loadHistory(JSON.parse(readFileSync(FILE, 'utf8')), 'api-dump/history.json');
const member = (kind: EntityRef['kind'], parent: string, name: string): EntityRef => ({ kind, parent, name });
const label = (entity: EntityRef): string | undefined => {
  const latest = history.latest(entity);
  return latest === undefined ? undefined : versionLabel(latest.build.version);
};

describe('history of the WebStreamClient slice (api-dump/history.json)', () => {
  it('dates the class and its six original members to 0.686.0.6860866 (2025-08-12) and Send to 696', () => {
    expect(history.since({ kind: 'Class', name: 'WebStreamClient' })).toEqual({
      version: '0.686.0.6860866',
      guid: 'version-fa681ec445d7437c',
      date: '2025-08-12T10:11:07-07:00',
    });
    for (const [kind, name] of [
      ['Property', 'ConnectionState'],
      ['Function', 'Close'],
      ['Event', 'Closed'],
      ['Event', 'Error'],
      ['Event', 'MessageReceived'],
      ['Event', 'Opened'],
    ] as const) {
      expect(history.since(member(kind, 'WebStreamClient', name))?.version).toBe('0.686.0.6860866');
    }
    expect(history.since(member('Function', 'WebStreamClient', 'Send'))).toEqual({
      version: '0.696.0.6960797',
      guid: 'version-30215da31a3b42e2',
      date: '2025-10-21T11:08:49-07:00',
    });
  });

  it('shows the History column figures: 686, 696, 647 for inherited Object members, 650 for isA', () => {
    expect(label(member('Property', 'WebStreamClient', 'ConnectionState'))).toBe('686');
    expect(label(member('Function', 'WebStreamClient', 'Send'))).toBe('696');
    for (const [kind, name] of [
      ['Property', 'ClassName'],
      ['Property', 'className'],
      ['Function', 'GetPropertyChangedSignal'],
      ['Function', 'IsA'],
      ['Event', 'Changed'],
    ] as const) {
      expect(label(member(kind, 'Object', name))).toBe('647');
    }
    expect(label(member('Function', 'Object', 'isA'))).toBe('650');
    expect(history.since(member('Function', 'Object', 'isA'))?.version).toBe('0.647.0.6470717');
  });

  it('counts 8 events for WebStreamClient with its members: the class, six members, then Send', () => {
    const events = history.classChanges('WebStreamClient');
    expect(events.map((event) => `${versionLabel(event.build.version)} ${event.change.action} ${event.change.name}`)).toEqual([
      '686 Add WebStreamClient',
      '686 Add ConnectionState',
      '686 Add Close',
      '686 Add Closed',
      '686 Add Error',
      '686 Add MessageReceived',
      '686 Add Opened',
      '696 Add Send',
    ]);
    expect(history.changes({ kind: 'Class', name: 'WebStreamClient' })).toHaveLength(1);
  });

  it('records the isA change of 0.650 without inventing which field or values changed', () => {
    const [added, changed] = history.changes(member('Function', 'Object', 'isA'));
    expect(added?.change.action).toBe('Add');
    expect(changed?.build.version).toBe('0.650.0.6500742');
    expect(changed?.change).toEqual({ action: 'Change', kind: 'Function', parent: 'Object', name: 'isA', impact: 'compatible' });
  });

  it('lists the builds oldest first: the public record, then the 0.732 baseline, 0.733 and 0.734 from dumps', () => {
    expect(history.builds().map((build) => `${build.version} ${build.source}`)).toEqual([
      '0.647.0.6470717 public-record',
      '0.650.0.6500742 public-record',
      '0.686.0.6860866 public-record',
      '0.696.0.6960797 public-record',
      '0.732.0.7321040 baseline',
      '0.733.0.7330989 dump',
      '0.734.0.7340915 dump',
    ]);
  });

  it('knows nothing of entities outside the log', () => {
    expect(history.since({ kind: 'Class', name: 'Workspace' })).toBeUndefined();
    expect(history.latest(member('Function', 'WebStreamClient', 'Reconnect'))).toBeUndefined();
    expect(history.classChanges('Workspace')).toEqual([]);
  });
});

describe('createHistoryQuery', () => {
  const query = createHistoryQuery([
    { version: '0.1.0.1', source: 'dump', changes: [{ action: 'Add', kind: 'Property', parent: 'C', name: 'P', impact: 'compatible' }] },
    {
      version: '0.2.0.2',
      source: 'dump',
      changes: [
        { action: 'Remove', kind: 'Property', parent: 'C', name: 'P', impact: 'breaking' },
        { action: 'Add', kind: 'Function', parent: 'C', name: 'P', impact: 'compatible' },
      ],
    },
    { version: '0.3.0.3', source: 'dump', changes: [{ action: 'Add', kind: 'EnumItem', parent: 'C', name: 'P', impact: 'compatible' }] },
  ]);

  it('keeps a member’s history across a change of MemberType and dates it by its last addition', () => {
    expect(query.changes(member('Function', 'C', 'P')).map((event) => event.change.action)).toEqual(['Add', 'Remove', 'Add']);
    expect(query.since(member('Property', 'C', 'P'))?.version).toBe('0.2.0.2');
  });

  it('keeps enum items apart from class members of the same name', () => {
    expect(query.changes(member('EnumItem', 'C', 'P'))).toHaveLength(1);
    expect(query.classChanges('C')).toHaveLength(3);
  });
});
