/**
 * `conformance/facts.ts`: what every check shares — the resolved factory, the routes of the local
 * server, and for each live class its events (with parameters) and properties, which the
 * scenario recorder uses to check every firing against the dump.
 */
import type { ApiModel } from '../../model/types.js';
import type { ScenarioPlan } from '../../scenarios/planScenarios.js';
import { allMembers, liveClassNames, parameterFacts } from './apiFacts.js';
import type { SuiteFactsData } from './checkRecords.js';

export function suiteFacts(model: ApiModel, plan: ScenarioPlan): SuiteFactsData {
  const live = new Set(liveClassNames(model, plan.factory));
  const liveClasses = Object.fromEntries(
    model.classes
      .filter((cls) => live.has(cls.name))
      .map((cls) => {
        const members = allMembers(cls);
        const events = Object.fromEntries(members.flatMap((member) => (member.kind === 'Event' ? [[member.name, parameterFacts(member.parameters)]] : [])));
        const properties = members.filter((member) => member.kind === 'Property').map((member) => member.name);
        return [cls.name, { events, properties }];
      }),
  );
  return { factory: plan.factory, routes: plan.routes, liveClasses };
}
