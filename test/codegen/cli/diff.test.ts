/**
 * `rbx-webstream diff` through the real command line (in process, see runInProcess.ts): formats, help, exit
 * codes and error lines.
 */
import { expect, it } from 'vitest';
import { createCliRunner } from './runInProcess.js';
import { describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';

const { cli, output } = createCliRunner();

describeWithRealDumps('rbx-webstream diff', ['0.733.0.7330989', '0.734.0.7340915'], () => {
  const folder = (version: '0.733.0.7330989' | '0.734.0.7340915') => realDumpPath(version).replace(/\/Full-API-Dump\.json$/, '');

  it('prints the Markdown changelog of two dump folders, titled with their versions', async () => {
    expect(await cli(['diff', folder('0.733.0.7330989'), folder('0.734.0.7340915')])).toBe(0);
    expect(output.stdout).toMatch(
      /^## 0\.733\.0\.7330989 → 0\.734\.0\.7340915\n\n94 changes: 3 breaking, 91 compatible \(5 moves in dump order not listed\)\.\n/,
    );
    expect(output.stdout).toContain('- Changed the security of Property WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None — compatible\n');
    expect(output.stderr).toBe('');
  });

  it('prints the JSON change list, which contains only contract keys', async () => {
    expect(await cli(['diff', realDumpPath('0.733.0.7330989'), realDumpPath('0.734.0.7340915'), '--format', 'json'])).toBe(0);
    const changes = JSON.parse(output.stdout) as Record<string, unknown>[];
    expect(changes).toHaveLength(99);
    const allowed = new Set(['action', 'kind', 'parent', 'name', 'field', 'from', 'to', 'after', 'impact']);
    for (const change of changes) for (const key of Object.keys(change)) expect(allowed).toContain(key);
  });

  it('limits the comparison to a scope and says when nothing changed there', async () => {
    expect(await cli(['diff', folder('0.733.0.7330989'), folder('0.734.0.7340915'), '--scope', 'WebStreamClient'])).toBe(0);
    expect(output.stdout).toBe('## 0.733.0.7330989 → 0.734.0.7340915\n\n_No API changes detected._\n');
  });
});

it('documents itself with --help', async () => {
  expect(await cli(['diff', '--help'])).toBe(0);
  expect(output.stdout).toContain('Usage: rbx-webstream diff [options] <old> <new>');
  expect(output.stdout).toContain('--format <format>');
});

it('exits 1 with one error line when a dump is missing', async () => {
  expect(await cli(['diff', 'no-such-old.json', 'no-such-new.json'])).toBe(1);
  expect(output.stderr.split('\n')[0]).toMatch(/^error DUMP_READ_FAILED: no-such-old\.json/);
  expect(output.stderr).not.toContain('    at ');
});

it('exits 2 on a usage error', async () => {
  expect(await cli(['diff', 'a.json'])).toBe(2);
  expect(await cli(['diff', 'a.json', 'b.json', '--format', 'yaml'])).toBe(2);
});
