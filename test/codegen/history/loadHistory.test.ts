/**
 * Reading history.json, history-seed.json and builds.json: shapes and invariants are checked,
 * and every problem names the file, the JSON path and the fix.
 */
import { describe, expect, it } from 'vitest';
import { parseHistoryFile, loadHistory } from '../../../codegen/history/loadHistory.js';
import { parseBuildsList } from '../../../codegen/history/buildsList.js';
import { parseSeedFile, seedHistory } from '../../../codegen/history/seedHistory.js';
import { HistoryError } from '../../../codegen/history/errors.js';

const build = (version: string, source = 'dump', changes: unknown[] = []) => ({ version, source, changes });
const add = (name: string, parent?: string) => ({
  action: 'Add',
  kind: parent === undefined ? 'Class' : 'Event',
  ...(parent === undefined ? {} : { parent }),
  name,
  impact: 'compatible',
});

function problem(run: () => unknown): HistoryError {
  try {
    run();
  } catch (error) {
    if (error instanceof HistoryError) return error;
    throw error;
  }
  throw new Error('expected a HistoryError');
}

describe('parseHistoryFile', () => {
  it('accepts a log with builds oldest first and a snapshot of the latest dump build', () => {
    const json = {
      scope: ['C'],
      builds: [build('0.1.0.1', 'public-record', [add('C')]), build('0.2.0.2', 'baseline')],
      snapshot: { version: '0.2.0.2', dump: { Classes: [], Enums: [], Version: 1 } },
    };
    expect(loadHistory(json, 'h.json').since({ kind: 'Class', name: 'C' })?.version).toBe('0.1.0.1');
  });

  it('names the JSON path of a value that breaks the schema', () => {
    const error = problem(() => parseHistoryFile({ scope: ['C'], builds: [build('0.1.0.1', 'public-record', [{ ...add('C'), impact: 'maybe' }])] }, 'h.json'));
    expect(error.code).toBe('HISTORY_INVALID');
    expect(error.jsonPath).toBe('builds[0].changes[0].impact');
    expect(error.message).toContain('h.json at builds[0].changes[0].impact: this must be one of "breaking", "compatible".');
    expect(error.message).toContain('history seed --force');
  });

  it('names a missing or unknown field', () => {
    expect(problem(() => parseHistoryFile({ builds: [] }, 'h.json')).jsonPath).toBe('scope');
    expect(problem(() => parseHistoryFile({ scope: ['C'], builds: [{ ...build('0.1.0.1'), note: 'x' }] }, 'h.json')).message).toContain(
      'builds[0].note: this is not a known field',
    );
    expect(problem(() => parseHistoryFile({ scope: ['C'], builds: [build('1.2')] }, 'h.json')).message).toContain(
      'builds[0].version: this must be a version like 0.734.0.7340915',
    );
  });

  it('refuses builds out of order or repeated', () => {
    const error = problem(() => parseHistoryFile({ scope: ['C'], builds: [build('0.2.0.2', 'public-record'), build('0.1.0.9', 'public-record')] }, 'h.json'));
    expect(error.message).toContain('h.json at builds[1].version: 0.1.0.9 does not come after 0.2.0.2');
  });

  it('refuses a member change without its class and a class change with one', () => {
    expect(
      problem(() =>
        parseHistoryFile(
          { scope: ['C'], builds: [build('0.1.0.1', 'public-record', [{ action: 'Add', kind: 'Event', name: 'E', impact: 'compatible' }])] },
          'h.json',
        ),
      ).message,
    ).toContain('a Event change needs a parent');
  });

  it('refuses a snapshot that is not of the latest recorded dump', () => {
    const json = { scope: ['C'], builds: [build('0.2.0.2', 'baseline'), build('0.3.0.3')], snapshot: { version: '0.2.0.2', dump: { Classes: [], Enums: [] } } };
    expect(problem(() => parseHistoryFile(json, 'h.json')).message).toContain('the snapshot is of 0.2.0.2 but the latest recorded dump is 0.3.0.3');
    expect(problem(() => parseHistoryFile({ scope: ['C'], builds: [build('0.2.0.2', 'baseline')] }, 'h.json')).jsonPath).toBe('snapshot');
  });
});

describe('seeding', () => {
  const builds = parseBuildsList(
    {
      Builds: [
        { GUID: 'version-a', Date: '2024-10-15T11:18:30-07:00', Version: '0.647.0.1' },
        { GUID: 'version-a', Date: '2024-10-15T11:19:45-07:00', Version: '0.647.0.1' },
      ],
    },
    'builds.json',
  );
  const seed = parseSeedFile(
    {
      source: 'the record',
      scope: ['C'],
      builds: [
        {
          version: '0.647.0.1',
          events: [
            { action: 'Add', kind: 'Class', name: 'C' },
            { action: 'Change', kind: 'Event', parent: 'C', name: 'E' },
          ],
        },
      ],
    },
    'seed.json',
  );

  it('dates seed builds from the first listing of their version and derives each impact', () => {
    const history = seedHistory({ seed, seedFile: 'seed.json', builds, buildsFile: 'builds.json' });
    expect(history).toEqual({
      scope: ['C'],
      publicRecord: 'the record',
      builds: [
        {
          version: '0.647.0.1',
          guid: 'version-a',
          date: '2024-10-15T11:18:30-07:00',
          source: 'public-record',
          changes: [
            { action: 'Add', kind: 'Class', name: 'C', impact: 'compatible' },
            { action: 'Change', kind: 'Event', parent: 'C', name: 'E', impact: 'compatible' },
          ],
        },
      ],
    });
  });

  it('refuses a seed version the build list does not have', () => {
    const unknown = parseSeedFile({ source: 's', scope: ['C'], builds: [{ version: '0.999.0.1', events: [] }] }, 'seed.json');
    expect(problem(() => seedHistory({ seed: unknown, seedFile: 'seed.json', builds, buildsFile: 'builds.json' })).message).toContain(
      'seed.json at builds[0].version: 0.999.0.1 is not listed in builds.json',
    );
  });

  it('refuses to keep recorded builds under another scope unless forced', () => {
    const existing = { scope: ['Other'], builds: [build('0.700.0.1', 'baseline')] as never, snapshot: { version: '0.700.0.1', dump: {} } };
    expect(problem(() => seedHistory({ seed, seedFile: 'seed.json', builds, buildsFile: 'builds.json', existing })).code).toBe('HISTORY_WOULD_DROP_BUILDS');
    expect(seedHistory({ seed, seedFile: 'seed.json', builds, buildsFile: 'builds.json', existing, force: true }).builds).toHaveLength(1);
  });

  it('names the JSON path of a malformed build list', () => {
    expect(problem(() => parseBuildsList({ Builds: [{ GUID: 'g', Version: '1' }] }, 'builds.json')).message).toContain(
      'builds.json at Builds[0].Date: this is missing',
    );
  });
});
