/**
 * Runs checks outside vitest's test registration and reports each outcome, so a hand-written
 * test can run the generated suite against a (deliberately broken) target and assert exactly
 * which checks fail and why.
 */
import type { ConformanceCheck, ConformanceTarget, SuiteFacts } from './ConformanceTarget.js';
import { createCheckRun } from './checkRun.js';

export interface CheckOutcomes {
  readonly passed: readonly string[];
  /** Failed check id → the failure message. */
  readonly failed: ReadonlyMap<string, string>;
  readonly skipped: readonly string[];
}

export async function runChecks(checks: readonly ConformanceCheck[], target: ConformanceTarget, facts: SuiteFacts, repoRoot: string): Promise<CheckOutcomes> {
  const run = createCheckRun(target, facts, repoRoot);
  const passed: string[] = [];
  const failed = new Map<string, string>();
  const skipped: string[] = [];
  try {
    for (const check of checks) {
      if (check.skip !== undefined) {
        skipped.push(check.id);
        continue;
      }
      try {
        await run.runCheck(check);
        passed.push(check.id);
      } catch (error) {
        failed.set(check.id, error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await run.close();
  }
  return { passed, failed, skipped };
}
