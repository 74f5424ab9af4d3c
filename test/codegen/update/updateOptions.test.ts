/**
 * The update command refuses impossible option sets before it reads or fetches anything (exit 1,
 * one error line), and usage mistakes with exit 2 — running it outside a checkout is one. `empty`
 * is the least a checkout is: the workspace root's package.json next to an api-dump/ folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/runInProcess.js';

const empty = mkdtempSync(join(tmpdir(), 'rbx-webstream-update-options-'));
writeFileSync(join(empty, 'package.json'), '{ "name": "rbx-webstream-workspace" }\n');
mkdirSync(join(empty, 'api-dump'));
const notACheckout = mkdtempSync(join(tmpdir(), 'rbx-webstream-update-elsewhere-'));
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(notACheckout, { recursive: true, force: true });
});

describe('update options', () => {
  it.each([
    [['--dump', 'x.json'], 'error UPDATE_OPTIONS: --dump needs --build: a dump file does not say which build it is'],
    [['--build', '0.735.0.7350812'], 'error UPDATE_OPTIONS: --build goes with --dump; without --dump the build comes from Roblox'],
    [['--dump', 'x.json', '--build', '735'], 'error UPDATE_OPTIONS: --build "735" is not a Roblox version'],
    [['--dump', 'x.json', '--build', '0.735.0.7350812', '--guid', 'abc'], 'error UPDATE_OPTIONS: --guid "abc" is not a build GUID'],
    [['--dump', 'x.json', '--build', '0.735.0.7350812', '--date', 'last week'], 'error UPDATE_OPTIONS: --date "last week" is not a date'],
    [['--version-url', 'ftp://example.com/x'], 'error UPDATE_OPTIONS: --version-url "ftp://example.com/x" is not an http(s) URL'],
    [['--setup-url', 'not a url'], 'error UPDATE_OPTIONS: --setup-url "not a url" is not a URL'],
  ])('refuses %j', async (args, first) => {
    const result = await runInProcess(['update', '--root', empty, '--quiet', ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(first);
  });

  it('says where the history should be when the checkout has none', async () => {
    const result = await runInProcess(['update', '--root', empty, '--quiet', '--dump', 'x.json', '--build', '0.735.0.7350812']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`error UPDATE_ROOT: ${join(empty, 'api-dump', 'history.json')} does not exist`);
  });

  it('refuses to run outside a checkout (exit 2), saying what a checkout is', async () => {
    const result = await runInProcess(['update', '--root', notACheckout, '--quiet', '--dump', 'x.json', '--build', '0.735.0.7350812']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `error: update rewrites a checkout of the rbx-webstream repository, and ${notACheckout} is not one (no package.json named rbx-webstream-workspace next to an api-dump/ folder).`,
    );
  });

  it('no longer takes --version for the build (it is --build; --version prints the package version)', async () => {
    const result = await runInProcess(['update', '--root', empty, '--dump', 'x.json', '--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^rbx-webstream-codegen \d+\.\d+\.\d+\nRoblox API /);
  });

  it('treats a non-number --retries as a usage error (exit 2)', async () => {
    const result = await runInProcess(['update', '--retries', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '--retries <n>' argument 'many' is invalid. expected a whole number, e.g. 3");
  });
});
