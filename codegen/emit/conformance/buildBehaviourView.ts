/**
 * The view of `conformance/behaviour.ts`: one check per scenario of the table that fits this dump
 * (the scenario itself inlined, so the generated file shows what runs), one listed-but-skipped
 * check per scenario that does not (with the reason), and one failing check per client type no
 * scenario exercises.
 */
import type { ScenarioPlan } from '../../scenarios/planScenarios.js';
import { tsLiteral as lit, tsLiteralBlock } from './tsLiteral.js';

export interface BehaviourCheckView {
  readonly kind: 'scenario' | 'skipped' | 'uncovered';
  readonly key: string;
  readonly title: string;
  readonly scenario?: string;
  readonly reason?: string;
  readonly message?: string;
}

export function buildBehaviourView(plan: ScenarioPlan): { readonly checks: readonly BehaviourCheckView[] } {
  const checks = plan.scenarios.map(({ scenario, skip }): BehaviourCheckView => {
    const base = { key: lit(scenario.id), title: lit(scenario.title) };
    return skip === undefined ? { ...base, kind: 'scenario', scenario: tsLiteralBlock(scenario, '    ') } : { ...base, kind: 'skipped', reason: lit(skip) };
  });
  for (const item of plan.uncoveredClientTypes) {
    checks.push({
      kind: 'uncovered',
      key: lit(`covers-${plan.factory.clientTypeEnum}.${item}`),
      title: lit(`the scenario table exercises Enum.${plan.factory.clientTypeEnum}.${item}`),
      message: lit(`no scenario of ${plan.file} runs a ${item} client; add scenarios for the new client type (open, messages, close, failures, Send)`),
    });
  }
  return { checks };
}
