/**
 * The workflows besides the site's: `ci.yml` runs what `.ci/run` runs on every pull request,
 * `release.yml` publishes the three packages to npm only after the same checks CI makes, and
 * `update-api.yml` runs `rbx-webstream update` on a schedule and proposes the result as a pull
 * request. The files are read as text; each check names the step it needs, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function stepsOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim());
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

  it('publishes each workspace package, and only those', () => {
    const publish = lines.find((line) => line.startsWith('- run: npm publish'))!;
    const workspaces = [...publish.matchAll(/--workspace (\S+)/g)].map((match) => match[1]).sort();
    const root = JSON.parse(readFileSync('package.json', 'utf8')) as { workspaces: string[] };
    expect(workspaces).toEqual([...root.workspaces].sort());
  });

  it('names scripts that exist in package.json', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const script of ['check:generated', 'typecheck', 'check:package', 'cli']) expect(scripts[script], script).toBeDefined();
  });
});

describe('ci workflow', () => {
  const lines = stepsOf('.github/workflows/ci.yml');

  it('runs on every pull request and on pushes to main', () => {
    expectInOrder(lines, ['on:', 'pull_request:', 'push:', 'branches: [main]']);
  });

  it('runs what .ci/run runs: the apt packages, npm ci, every check, then the tests', () => {
    expectInOrder(lines, ['run: sudo apt-get update', '- run: npm ci', '- run: npm run check', '- run: npm test']);
    const ci = stepsOf('.ci/run');
    expectInOrder(ci, ['apt-get install', 'npm ci', 'npm run -s check', 'npm test']);
    for (const tool of ['chromium', 'python3-websockets', 'python3-aiohttp']) {
      expect(
        ci.find((line) => line.startsWith('apt-get install')),
        tool,
      ).toContain(tool);
      expect(
        lines.find((line) => line.startsWith('run: sudo apt-get update')),
        tool,
      ).toContain(tool);
    }
  });

  it('npm run check runs every check script there is', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const script of ['typecheck', 'lint', 'check:exports', 'check:generated', 'check:package']) {
      expect(scripts[script], script).toBeDefined();
      expect(scripts.check, script).toContain(`npm run -s ${script}`);
    }
    expect(scripts.check).toContain('--if-present check:imports');
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
