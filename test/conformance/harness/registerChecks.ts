/**
 * Registers the generated checks as vitest tests against one target: one `describe` per area,
 * one test per check named after what must hold (with its id in brackets, the key of the
 * expectations file). Expected failures run as `it.fails`; checks not generated for this dump
 * are `it.skip` with the reason. After the run the suite prints its own line,
 * `conformance (<target>): N passed, N failed, N expected to fail, N skipped`.
 */
import { afterAll, describe, it } from 'vitest';
import type { CheckArea, ConformanceCheck, ConformanceTarget, SuiteFacts } from './ConformanceTarget.js';
import { createCheckRun } from './checkRun.js';
import { assertExpectationsApply, type Expectations } from './expectations.js';

/** Shown in the name of an expected failure. */
export const EXPECTED_FAILURE_MARKER = '[expected to fail:';

declare module 'vitest' {
  interface TaskMeta {
    /**
     * Set on a test that runs as an expected failure (`it.fails`), to the reason; the JSON
     * reporter keeps it, so scripts/test.mjs counts these apart from ordinary passes.
     */
    expectedFailure?: string;
  }
}

export interface RegisterOptions {
  readonly expectations: Expectations;
  /** The expectations file, for error messages. */
  readonly expectationsFile: string;
  readonly repoRoot: string;
}

export function testName(check: ConformanceCheck, expectedFailure?: string): string {
  const base = `${check.title} [${check.id}]`;
  if (check.skip !== undefined) return `${base} (not generated for ${check.skip})`;
  return expectedFailure === undefined ? base : `${base} ${EXPECTED_FAILURE_MARKER} ${expectedFailure}]`;
}

export function registerChecks(checks: readonly ConformanceCheck[], target: ConformanceTarget, facts: SuiteFacts, options: RegisterOptions): void {
  assertExpectationsApply(options.expectations, checks, options.expectationsFile);
  describe(`conformance (${target.name})`, () => {
    const run = createCheckRun(target, facts, options.repoRoot);
    const counts = { passed: 0, failed: 0, expectedToFail: 0, skipped: 0 };
    afterAll(async () => {
      await run.close();
      console.log(
        `conformance (${target.name}): ${counts.passed} passed, ${counts.failed} failed, ${counts.expectedToFail} expected to fail, ${counts.skipped} skipped`,
      );
    });

    const areas = [...new Set(checks.map((check) => check.area))];
    for (const area of areas) {
      describe(area satisfies CheckArea, () => {
        for (const check of checks.filter((candidate) => candidate.area === area)) {
          if (check.skip !== undefined) {
            counts.skipped++;
            it.skip(testName(check), () => undefined);
            continue;
          }
          const reason = options.expectations.get(check.id);
          const body = async ({ task }: { task: { meta: { expectedFailure?: string } } }): Promise<void> => {
            if (reason !== undefined) task.meta.expectedFailure = reason;
            try {
              await run.runCheck(check);
            } catch (error) {
              if (reason === undefined) counts.failed++;
              else counts.expectedToFail++;
              throw error;
            }
            // A pass of an expected failure is a stale expectation: it.fails turns it into a failure.
            if (reason === undefined) counts.passed++;
            else counts.failed++;
          };
          if (reason === undefined) it(testName(check), body);
          else it.fails(testName(check, reason), body);
        }
      });
    }
  });
}
