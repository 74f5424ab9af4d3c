/**
 * The checks of `conformance/behaviour.ts`: one per scenario of the table that fits this dump (the
 * scenario itself inlined, so the generated file shows what runs), one listed-but-skipped check
 * per scenario that does not (with the reason), and one failing check per client type no
 * scenario exercises.
 */
import type { ScenarioPlan } from '../../scenarios/planScenarios.js';
import { checkRecord, type ConformanceCheckRecord } from './checkRecords.js';

export function behaviourChecks(plan: ScenarioPlan): ConformanceCheckRecord[] {
  const checks = plan.scenarios.map(({ scenario, skip }) =>
    checkRecord('behaviour', scenario.id, scenario.title, skip === undefined ? { kind: 'scenario', scenario } : { kind: 'skipped', reason: skip }),
  );
  for (const item of plan.uncoveredClientTypes) {
    checks.push(
      checkRecord('behaviour', `covers-${plan.factory.clientTypeEnum}.${item}`, `the scenario table exercises Enum.${plan.factory.clientTypeEnum}.${item}`, {
        kind: 'uncovered',
        message: `no scenario of ${plan.file} runs a ${item} client; add scenarios for the new client type (open, messages, close, failures, Send)`,
      }),
    );
  }
  return checks;
}
