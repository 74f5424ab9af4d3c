/**
 * The scenario table loader: the repository's table loads; bad text, bad shapes and a table that
 * contradicts itself fail with a typed ScenarioError naming the file, the JSON path and the fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../codegen/scenarios/loadScenarios.js';
import { ScenarioError } from '../../../codegen/scenarios/ScenarioError.js';

const FILE = 'api-dump/scenarios.json';
const repoTable = JSON.parse(readFileSync(new URL('../../../api-dump/scenarios.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  scenarios: Array<Record<string, unknown>>;
};

/** The repository's table with `change` applied to a deep copy. */
function variant(change: (table: typeof repoTable) => void): string {
  const copy = structuredClone(repoTable);
  change(copy);
  return JSON.stringify(copy);
}

function loadError(text: string): ScenarioError {
  try {
    loadScenarios(text, FILE);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected loadScenarios to throw');
}

describe('loadScenarios', () => {
  it('loads the repository table with a scenario for every client type', () => {
    const { table, file } = loadScenarios(JSON.stringify(repoTable), FILE);
    expect(file).toBe(FILE);
    expect(new Set(table.scenarios.map((scenario) => scenario.clientType))).toEqual(new Set(['SSE', 'RawStream', 'WebSocket']));
  });

  it('refuses text that is not JSON, naming the file', () => {
    const error = loadError('{"factory": ');
    expect(error.code).toBe('SCENARIOS_INVALID_JSON');
    expect(error.message).toMatch(/^api-dump\/scenarios\.json at \(root\): not valid JSON/);
  });

  it('names the JSON path of a misspelt field', () => {
    const error = loadError(
      variant((table) => {
        const first = table.scenarios[0] as Record<string, unknown>;
        first.evnts = first.events;
        delete first.events;
      }),
    );
    expect(error.code).toBe('SCENARIOS_SCHEMA');
    expect(error.problems.map((problem) => problem.path)).toContain('scenarios[0].evnts');
    expect(error.fix).toMatch(/check the spelling|codegen\/scenarios\/types\.ts/);
  });

  it('names the route of an unknown route kind', () => {
    const error = loadError(
      variant((table) => {
        (table.routes as Record<string, unknown>)['sse-hold'] = { kind: 'ftp' };
      }),
    );
    expect(error.code).toBe('SCENARIOS_SCHEMA');
    expect(error.problems[0]).toEqual(expect.objectContaining({ path: 'routes["sse-hold"].kind', problem: 'unknown route kind' }));
  });

  it('reports a repeated id, an undefined route, mixed outcomes and a step with two actions together', () => {
    const error = loadError(
      variant((table) => {
        const [first, second, third, fourth] = table.scenarios as Array<Record<string, unknown>>;
        second!.id = first!.id;
        third!.request = { Url: { route: 'no-such-route' } };
        fourth!.throws = { code: 'X', message: 'y' };
        first!.steps = [{ await: 'Opened', call: 'Close' }];
      }),
    );
    expect(error.code).toBe('SCENARIOS_INCONSISTENT');
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'scenarios[0].steps[0]',
      'scenarios[1].id',
      'scenarios[2].request.Url.route',
      'scenarios[3].steps',
      'scenarios[3].events',
      'scenarios[3].finalState',
    ]);
    expect(error.problems[2]!.problem).toBe('names the route "no-such-route", which "routes" does not define');
  });

  it('refuses closing more clients than were created before', () => {
    const error = loadError(
      variant((table) => {
        const seventh = table.scenarios.find((scenario) => scenario.id === 'sse-seventh-client')!;
        seventh.closeBeforeCreate = 7;
      }),
    );
    expect(error.problems[0]).toEqual(expect.objectContaining({ problem: 'closes 7 client(s) but only 6 are created before' }));
  });
});
