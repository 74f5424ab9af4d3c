/**
 * The history commands end to end on real files: seed from api-dump/history-seed.json and the
 * real builds.json, add the real 0.732 / 0.733 / 0.734 dumps, and check the result is the
 * committed api-dump/history.json byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runHistoryAdd, runHistorySeed, runHistoryShow } from '../../../codegen/history/historyCommands.js';
import { HistoryError } from '../../../codegen/history/errors.js';
import { buildsListPath, describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';

const SEED = new URL('../../../api-dump/history-seed.json', import.meta.url).pathname;
const COMMITTED = new URL('../../../api-dump/history.json', import.meta.url).pathname;
const GUIDS = {
  '0.732.0.7321040': 'version-ff6341faef444107',
  '0.733.0.7330989': 'version-b2d03e4efaa04174',
  '0.734.0.7340915': 'version-d679641ad17741aa',
} as const;

describeWithRealDumps(
  'history seed / add / show on the real dumps',
  ['0.732.0.7321040', '0.733.0.7330989', '0.734.0.7340915'],
  () => {
    let dir = '';
    let history = '';
    const builds = { builds: buildsListPath(), buildsGiven: true };
    const add = (version: keyof typeof GUIDS, extra: { date?: string } = {}) =>
      runHistoryAdd(realDumpPath(version), { history, version, guid: GUIDS[version], ...extra, ...builds });

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'history-'));
      history = join(dir, 'history.json');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('seeds the public record with GUIDs and dates from builds.json', () => {
      expect(runHistorySeed({ seed: SEED, history, force: false, ...builds })).toBe(`Wrote ${history}: 4 public-record builds with 21 events.\n`);
      const written = JSON.parse(readFileSync(history, 'utf8'));
      expect(written.builds[2]).toMatchObject({
        version: '0.686.0.6860866',
        guid: 'version-fa681ec445d7437c',
        date: '2025-08-12T10:11:07-07:00',
        source: 'public-record',
      });
      expect(written.snapshot).toBeUndefined();
    });

    it('records 0.732 as the baseline, then 0.733 and 0.734 as diffs of the slice', () => {
      expect(add('0.732.0.7321040')).toMatch(/^Recorded 0\.732\.0\.7321040 \(version-ff6341faef444107, date unknown\) as the baseline/);
      expect(add('0.733.0.7330989')).toMatch(
        /^Recorded 0\.733\.0\.7330989 \(version-b2d03e4efaa04174, date unknown\): \d+ changes? in the WebStreamClient slice\./,
      );
      expect(add('0.734.0.7340915', { date: '2026-08-11' })).toMatch(/^Recorded 0\.734\.0\.7340915 \(version-d679641ad17741aa, 2026-08-11\)/);
      expect(readdirSync(dir)).toEqual(['history.json']); // no temp file left behind
    });

    it('changes nothing when a version is added twice', () => {
      const before = readFileSync(history, 'utf8');
      expect(add('0.733.0.7330989')).toBe(`0.733.0.7330989 is already recorded in ${history}; nothing changed.\n`);
      expect(add('0.734.0.7340915')).toBe(`0.734.0.7340915 is already recorded in ${history}; nothing changed.\n`);
      expect(readFileSync(history, 'utf8')).toBe(before);
    });

    it('refuses a version older than the latest recorded one', () => {
      const older = () => runHistoryAdd(realDumpPath('0.732.0.7321040'), { history, version: '0.733.0.7330000', ...builds });
      expect(older).toThrow(HistoryError);
      expect(older).toThrow(/0\.733\.0\.7330000 is older than the latest recorded build 0\.734\.0\.7340915/);
    });

    it('refuses to record the same version with different content', () => {
      const raw = JSON.parse(readFileSync(realDumpPath('0.734.0.7340915'), 'utf8'));
      const send = raw.Classes.find((cls: { Name: string }) => cls.Name === 'WebStreamClient').Members.find((m: { Name: string }) => m.Name === 'Send');
      send.ThreadSafety = 'Safe';
      const altered = join(dir, 'altered.json');
      writeFileSync(altered, JSON.stringify(raw));
      const wrong = () => runHistoryAdd(altered, { history, version: '0.734.0.7340915', ...builds });
      expect(wrong).toThrow(expect.objectContaining({ code: 'HISTORY_VERSION_CONFLICT' }));
      rmSync(altered);
    });

    it('rebuilds the committed api-dump/history.json byte for byte', () => {
      expect(readFileSync(history, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
    });

    it('re-seeding keeps the recorded dump builds and the snapshot', () => {
      const before = readFileSync(history, 'utf8');
      expect(runHistorySeed({ seed: SEED, history, force: false, ...builds })).toBe(
        `Wrote ${history}: 4 public-record builds with 21 events, 3 recorded dump builds kept.\n`,
      );
      expect(readFileSync(history, 'utf8')).toBe(before);
    });

    it('shows a member with its version and date', () => {
      expect(runHistoryShow('WebStreamClient.Send', { history, json: false, members: false })).toBe(
        [
          'Function WebStreamClient.Send — since 696 (0.696.0.6960797, 2025-10-21)',
          '  696  0.696.0.6960797  2025-10-21  Added Function WebStreamClient.Send — compatible  [public record]',
          '1 event.',
          '',
        ].join('\n'),
      );
    });

    it('shows a class with the member-inclusive count, and lists members on request', () => {
      const own = runHistoryShow('WebStreamClient', { history, json: false, members: false });
      expect(own).toContain('Class WebStreamClient — since 686 (0.686.0.6860866, 2025-08-12)\n');
      expect(own).toContain('1 event for the class itself; 8 including its members (--members lists them).\n');
      const all = runHistoryShow('WebStreamClient', { history, json: false, members: true });
      expect(all.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(8);
    });

    it('shows an enum item that has no recorded event as present since the baseline', () => {
      expect(runHistoryShow('WebStreamClientState.Open', { history, json: false, members: false })).toBe(
        [
          'EnumItem WebStreamClientState.Open',
          '  No recorded events: present since the baseline 732 (0.732.0.7321040), with no earlier public record.',
          '0 events.',
          '',
        ].join('\n'),
      );
    });

    it('dates the enum items and the factory from the public record: WebSocket in 696, the factory with the class in 686', () => {
      const webSocket = [
        'EnumItem WebStreamClientType.WebSocket — since 696 (0.696.0.6960797, 2025-10-21)',
        '  696  0.696.0.6960797  2025-10-21  Added EnumItem WebStreamClientType.WebSocket — compatible  [public record]',
        '1 event.',
        '',
      ].join('\n');
      expect(runHistoryShow('WebStreamClientType.WebSocket', { history, json: false, members: false })).toBe(webSocket);
      expect(runHistoryShow('Enum.WebStreamClientType.WebSocket', { history, json: false, members: false })).toBe(webSocket);
      expect(runHistoryShow('Enum.WebStreamClientType.SSE', { history, json: false, members: false })).toContain('— since 686 (0.686.0.6860866, 2025-08-12)\n');
      expect(runHistoryShow('Enum.WebStreamClientType', { history, json: false, members: false })).toContain('Enum WebStreamClientType — since 686');
      expect(runHistoryShow('HttpService.CreateWebStreamClient', { history, json: false, members: false })).toContain(
        'Function HttpService.CreateWebStreamClient — since 686 (0.686.0.6860866, 2025-08-12)\n',
      );
    });

    it('answers --json with the entity, its first build and its events', () => {
      const shown = JSON.parse(runHistoryShow('Object.isA', { history, json: true, members: false }));
      expect(shown.entity).toEqual({ kind: 'Function', parent: 'Object', name: 'isA' });
      expect(shown.since.version).toBe('0.647.0.6470717');
      expect(shown.events.map((event: { build: { version: string } }) => event.build.version)).toEqual(['0.647.0.6470717', '0.650.0.6500742']);
    });

    it('names the file and the JSON path when history.json is malformed', () => {
      const broken = join(dir, 'broken.json');
      const parsed = JSON.parse(readFileSync(history, 'utf8'));
      parsed.builds[5].changes = [{ action: 'Rename', kind: 'Class', name: 'X', impact: 'compatible' }];
      writeFileSync(broken, JSON.stringify(parsed));
      expect(() => runHistoryShow('WebStreamClient', { history: broken, json: false, members: false })).toThrow(
        `${broken} at builds[5].changes[0].action: this must be one of "Add", "Remove", "Change".`,
      );
    });

    it('records the real changes of a wider slice: WorldModel in 0.734', () => {
      const wide = join(dir, 'world.json');
      writeFileSync(wide, `${JSON.stringify({ scope: ['WorldModel'], builds: [] }, null, 2)}\n`);
      runHistoryAdd(realDumpPath('0.733.0.7330989'), { history: wide, version: '0.733.0.7330989', ...builds });
      const output = runHistoryAdd(realDumpPath('0.734.0.7340915'), { history: wide, version: '0.734.0.7340915', ...builds });
      expect(output).toContain('  Changed the security of Property WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None — compatible\n');
      expect(output).toContain('  Added Function WorldRoot.RegisterCollisionGroup');
      const shown = runHistoryShow('WorldModel.UseWorkspaceCollisionGroups', { history: wide, json: false, members: false });
      expect(shown).toContain(
        '  734  0.734.0.7340915  date unknown  Changed the security of Property WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None — compatible\n',
      );
    });

    it('takes GUID and date from the build list when it lists the version', () => {
      const list = join(dir, 'builds.json');
      writeFileSync(list, JSON.stringify({ Files: [], Builds: [{ GUID: 'version-listed', Date: '2026-08-04T10:00:00-07:00', Version: '0.733.0.7330989' }] }));
      const log = join(dir, 'listed.json');
      writeFileSync(log, `${JSON.stringify({ scope: ['WebStreamClient'], builds: [] })}\n`);
      expect(runHistoryAdd(realDumpPath('0.733.0.7330989'), { history: log, version: '0.733.0.7330989', builds: list, buildsGiven: true })).toMatch(
        /^Recorded 0\.733\.0\.7330989 \(version-listed, 2026-08-04T10:00:00-07:00\) as the baseline/,
      );
      expect(JSON.parse(readFileSync(log, 'utf8')).builds[0]).toMatchObject({ guid: 'version-listed', date: '2026-08-04T10:00:00-07:00', source: 'baseline' });
    });

    it('says which entity it does not know, and suggests the closest name', () => {
      expect(() => runHistoryShow('WebStreamClient.Reconnect', { history, json: false, members: false })).toThrow(
        expect.objectContaining({ code: 'HISTORY_UNKNOWN_ENTITY' }),
      );
      const show = (name: string) => () => runHistoryShow(name, { history, json: false, members: false });
      expect(show('WebStreamClient.Sned')).toThrow(/Did you mean WebStreamClient\.Send\?/);
      expect(show('Enum.WebStreamClientType.Websocket')).toThrow(/Did you mean WebStreamClientType\.WebSocket\?/);
      expect(show('webstreamclientstate')).toThrow(/Did you mean WebStreamClientState\?/);
      // `Enum.` names an enum, so a class spelt that way is not found, but suggested.
      expect(show('Enum.WebStreamClient')).toThrow(/Did you mean WebStreamClient\?/);
      expect(show('Frobnicate')).toThrow(expect.not.objectContaining({ message: expect.stringMatching(/Did you mean/) }));
    });
  },
  { needsBuildsList: true },
);
