/**
 * The two maintenance workflows: `release.yml` publishes to npm only after the same checks CI
 * makes, and `update-api.yml` runs `rbx-webstream update` on a schedule and proposes the result as
 * a pull request. The files are read as text; each check names the step it needs, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function stepsOf(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim());
}

/** Fails naming the first step of `expected` that is missing or out of order. */
function expectInOrder(lines: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const step of expected) {
    const found = lines.findIndex((line, index) => index >= at && line.startsWith(step));
    expect(found, `"${step}" after line ${at + 1}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

describe('release workflow', () => {
  const lines = stepsOf('.github/workflows/release.yml');

  it('runs on version tags', () => {
    expect(lines).toContain("tags: ['v*']");
  });

  it('publishes only after the tag, drift, type and package checks', () => {
    expectInOrder(lines, [
      '- run: npm ci',
      'run: test "v$(node -p',
      '- run: npm run check:generated',
      '- run: npm run typecheck',
      '- run: npm run check:package',
      '- run: npm publish --provenance',
    ]);
  });

  it('names scripts that exist in package.json', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const script of ['check:generated', 'typecheck', 'check:package', 'cli']) expect(scripts[script], script).toBeDefined();
  });
});

describe('update-api workflow', () => {
  const lines = stepsOf('.github/workflows/update-api.yml');

  it('runs weekly and on demand', () => {
    expect(lines.some((line) => line.startsWith('- cron:'))).toBe(true);
    expect(lines).toContain('workflow_dispatch:');
  });

  it('updates, checks the regenerated files, then opens a pull request', () => {
    expectInOrder(lines, ['- run: npm ci', '- run: npm run -s cli -- update', '- run: npm run check:generated', '- uses: peter-evans/create-pull-request@']);
  });
});
