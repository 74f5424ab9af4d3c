/**
 * Fitting the scenario table to a dump: the factory is resolved from the dump; a scenario using
 * something the dump lacks is skipped with the reason; one that disagrees with the dump's shape
 * fails with the JSON path; client types without scenarios are reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import type { Dump, DumpClass, Member } from '../../../codegen/dump/types.js';
import { buildModel } from '../../../codegen/model/buildModel.js';
import { loadScenarios } from '../../../codegen/scenarios/loadScenarios.js';
import { planScenarios } from '../../../codegen/scenarios/planScenarios.js';
import { ScenarioError } from '../../../codegen/scenarios/ScenarioError.js';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const slice = parseDump(read('api-dump/Full-API-Dump.json'), 'api-dump/Full-API-Dump.json').dump;
const scenarios = loadScenarios(read('api-dump/scenarios.json'), 'api-dump/scenarios.json');

/** The slice with one class's members rewritten. */
function withMembers(dump: Dump, className: string, change: (members: Member[]) => Member[]): Dump {
  return { ...dump, classes: dump.classes.map((cls): DumpClass => (cls.name === className ? { ...cls, members: change([...cls.members]) } : cls)) };
}

describe('planScenarios', () => {
  it('reads the client class and both enums from the dump', () => {
    const plan = planScenarios(scenarios, buildModel(slice));
    expect(plan.factory).toEqual(
      expect.objectContaining({ clientClass: 'WebStreamClient', clientTypeEnum: 'WebStreamClientType', stateEnum: 'WebStreamClientState' }),
    );
    expect(plan.scenarios.filter((planned) => planned.skip !== undefined)).toEqual([]);
    expect(plan.uncoveredClientTypes).toEqual([]);
  });

  it('skips, with the reason, exactly the scenarios that call Send when the dump has no Send', () => {
    const withoutSend = withMembers(slice, 'WebStreamClient', (members) => members.filter((member) => member.name !== 'Send'));
    const plan = planScenarios(scenarios, buildModel(withoutSend));
    const skipped = plan.scenarios.filter((planned) => planned.skip !== undefined);
    expect(skipped.map((planned) => planned.scenario.id)).toEqual(['sse-send-does-nothing', 'rawstream-send-does-nothing', 'websocket-send-is-echoed']);
    expect(skipped[0]!.skip).toBe('this dump: WebStreamClient has no function Send');
  });

  it('fails with the JSON path when an event of the dump takes another number of parameters than a scenario expects', () => {
    const wider = withMembers(slice, 'WebStreamClient', (members) =>
      members.map((member) =>
        member.name === 'Opened' && member.memberType === 'Event'
          ? { ...member, parameters: [...member.parameters, { name: 'protocol', type: { category: 'Primitive', name: 'string' } }] }
          : member,
      ),
    );
    let error: unknown;
    try {
      planScenarios(scenarios, buildModel(wider));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const { code, problems } = error as ScenarioError;
    expect(code).toBe('SCENARIOS_DUMP_MISMATCH');
    expect(problems[0]).toEqual({
      path: 'scenarios[0].events[1].args',
      problem: 'lists 2 argument(s) but the dump declares WebStreamClient.Opened(responseStatusCode: int, headers: string, protocol: string)',
      expected: '3 expected argument(s), one per parameter',
    });
  });

  it('fails at factory.function when the dump has no such function', () => {
    const renamed = withMembers(slice, 'HttpService', (members) => members.map((member) => ({ ...member, name: `${member.name}V2` })));
    expect(() => planScenarios(scenarios, buildModel(renamed))).toThrow(
      'api-dump/scenarios.json at factory.function: HttpService has no function CreateWebStreamClient in the dump',
    );
  });

  it('reports a client type that no scenario exercises', () => {
    const withNewType: Dump = {
      ...slice,
      enums: slice.enums.map((enumeration) =>
        enumeration.name === 'WebStreamClientType' ? { ...enumeration, items: [...enumeration.items, { name: 'Http2', value: 3, tags: [] }] } : enumeration,
      ),
    };
    expect(planScenarios(scenarios, buildModel(withNewType)).uncoveredClientTypes).toEqual(['Http2']);
  });
});
