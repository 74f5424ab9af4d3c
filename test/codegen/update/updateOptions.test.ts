/** The update command refuses impossible option sets before it reads or fetches anything (exit 1, one error line), and usage mistakes with exit 2. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/runInProcess.js';

const empty = mkdtempSync(join(tmpdir(), 'rbx-webstream-update-options-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('update options', () => {
  it.each([
    [['--dump', 'x.json'], 'error UPDATE_OPTIONS: --dump needs --version: a dump file does not say which build it is'],
    [['--version', '0.735.0.7350812'], 'error UPDATE_OPTIONS: --version goes with --dump; without --dump the version comes from Roblox'],
    [['--dump', 'x.json', '--version', '735'], 'error UPDATE_OPTIONS: --version "735" is not a Roblox version'],
    [['--dump', 'x.json', '--version', '0.735.0.7350812', '--guid', 'abc'], 'error UPDATE_OPTIONS: --guid "abc" is not a build GUID'],
    [['--dump', 'x.json', '--version', '0.735.0.7350812', '--date', 'last week'], 'error UPDATE_OPTIONS: --date "last week" is not a date'],
    [['--version-url', 'ftp://example.com/x'], 'error UPDATE_OPTIONS: --version-url "ftp://example.com/x" is not an http(s) URL'],
    [['--setup-url', 'not a url'], 'error UPDATE_OPTIONS: --setup-url "not a url" is not a URL'],
  ])('refuses %j', async (args, first) => {
    const result = await runInProcess(['update', '--root', empty, '--quiet', ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(first);
  });

  it('says where the history should be when --root is not a repository', async () => {
    const result = await runInProcess(['update', '--root', empty, '--quiet', '--dump', 'x.json', '--version', '0.735.0.7350812']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`error UPDATE_ROOT: ${join(empty, 'api-dump', 'history.json')} does not exist`);
  });

  it('treats a non-number --retries as a usage error (exit 2)', async () => {
    const result = await runInProcess(['update', '--retries', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '--retries <n>' argument 'many' is invalid. expected a whole number, e.g. 3");
  });
});
