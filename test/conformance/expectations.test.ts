/**
 * Expectations of known deviations: the file's shape is checked with typed errors, an entry must
 * name a generated check that runs, and — end to end, in a separate vitest run — an expected
 * failure that fails counts as expected, while one that passes (a stale expectation) fails the
 * run, as with undici's WPT expectations.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checksOf } from './harness/checksOf.js';
import { assertExpectationsApply, ExpectationsError, parseExpectations } from './harness/expectations.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'test/conformance/expectations.json';
const demo = checksOf('surface');
const checks = [demo.check('A.Passes', 'passes', () => undefined), demo.skipped('A.Skipped', 'is not generated here', 'this dump: no A.Skipped')];

function errorOf(action: () => unknown): ExpectationsError {
  try {
    action();
  } catch (error) {
    if (error instanceof ExpectationsError) return error;
    throw error;
  }
  throw new Error('expected an ExpectationsError');
}

describe('expectations', () => {
  it('reads check id → reason', () => {
    expect([...parseExpectations('{"expectedFailures": {"surface/A.Passes": "why"}}', FILE)]).toEqual([['surface/A.Passes', 'why']]);
  });

  it('refuses an entry without a reason, naming its path', () => {
    const error = errorOf(() => parseExpectations('{"expectedFailures": {"surface/A.Passes": " "}}', FILE));
    expect(error.code).toBe('EXPECTATIONS_INVALID');
    expect(error.message).toBe(
      `${FILE} at expectedFailures["surface/A.Passes"]: has no reason; give each expected failure a sentence saying why the runtime deviates`,
    );
  });

  it('refuses an entry for a check the suite does not have, or does not run for this dump', () => {
    expect(errorOf(() => assertExpectationsApply(new Map([['surface/A.Renamed', 'why']]), checks, FILE)).code).toBe('EXPECTATIONS_STALE');
    expect(errorOf(() => assertExpectationsApply(new Map([['surface/A.Skipped', 'why']]), checks, FILE)).message).toContain(
      'names a check that is not run for this dump (this dump: no A.Skipped)',
    );
  });

  describe('in a vitest run', () => {
    const scratch = join(repoRoot, `.conformance-expectations-${process.pid}`);
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('counts a failing expected failure as expected and fails the run on one that passes', { timeout: 120_000 }, () => {
      mkdirSync(scratch, { recursive: true });
      const harness = (file: string): string => JSON.stringify(join(repoRoot, 'test/conformance/harness', file));
      writeFileSync(
        join(scratch, 'stale.test.ts'),
        [
          `import { checksOf } from ${harness('checksOf.js')};`,
          `import { registerChecks } from ${harness('registerChecks.js')};`,
          `import { runtimeTarget } from ${JSON.stringify(join(repoRoot, 'test/conformance/runtimeTarget.js'))};`,
          `const surface = checksOf('surface');`,
          `const checks = [`,
          `  surface.check('Demo.StillBroken', 'still broken', () => { throw new Error('deviation'); }),`,
          `  surface.check('Demo.NowFixed', 'now fixed', () => undefined),`,
          `];`,
          `const expectations = new Map([['surface/Demo.StillBroken', 'known deviation'], ['surface/Demo.NowFixed', 'was broken once']]);`,
          `registerChecks(checks, runtimeTarget, { factory: {} as never, routes: {}, liveClasses: {} }, { expectations, expectationsFile: 'demo.json', repoRoot: ${JSON.stringify(repoRoot)} });`,
        ].join('\n'),
      );
      writeFileSync(join(scratch, 'vitest.config.ts'), `export default { test: { include: [${JSON.stringify(join(scratch, 'stale.test.ts'))}] } };\n`);
      const run = spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(scratch, 'vitest.config.ts'), '--root', repoRoot],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status).toBe(1);
      expect(output).toContain('conformance (runtime): 0 passed, 1 failed, 1 expected to fail, 0 skipped');
      expect(output).toMatch(/FAIL .*now fixed \[surface\/Demo\.NowFixed\] \[expected to fail: was broken once\]/);
    });
  });
});
