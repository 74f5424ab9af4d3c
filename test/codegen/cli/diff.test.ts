/**
 * `rbx-webstream diff` through the real command line (in-process runCli): formats, help, exit
 * codes and error lines.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { runCli } from '../../../codegen/cli/program.js';
import { describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describeWithRealDumps('rbx-webstream diff', ['0.733.0.7330989', '0.734.0.7340915'], () => {
  const folder = (version: '0.733.0.7330989' | '0.734.0.7340915') => realDumpPath(version).replace(/\/Full-API-Dump\.json$/, '');

  it('prints the Markdown changelog of two dump folders, titled with their versions', async () => {
    expect(await runCli(['diff', folder('0.733.0.7330989'), folder('0.734.0.7340915')])).toBe(0);
    expect(out).toMatch(/^## 0\.733\.0\.7330989 → 0\.734\.0\.7340915\n\n94 changes: 3 breaking, 91 compatible \(5 moves in dump order not listed\)\.\n/);
    expect(out).toContain('- Changed the security of Property WorldModel.UseWorkspaceCollisionGroups from RobloxSecurity to None — compatible\n');
    expect(err).toBe('');
  });

  it('prints the JSON change list, which contains only contract keys', async () => {
    expect(await runCli(['diff', realDumpPath('0.733.0.7330989'), realDumpPath('0.734.0.7340915'), '--format', 'json'])).toBe(0);
    const changes = JSON.parse(out) as Record<string, unknown>[];
    expect(changes).toHaveLength(99);
    const allowed = new Set(['action', 'kind', 'parent', 'name', 'field', 'from', 'to', 'after', 'impact']);
    for (const change of changes) for (const key of Object.keys(change)) expect(allowed).toContain(key);
  });

  it('limits the comparison to a scope and says when nothing changed there', async () => {
    expect(await runCli(['diff', folder('0.733.0.7330989'), folder('0.734.0.7340915'), '--scope', 'WebStreamClient'])).toBe(0);
    expect(out).toBe('## 0.733.0.7330989 → 0.734.0.7340915\n\n_No API changes detected._\n');
  });
});

it('documents itself with --help', async () => {
  expect(await runCli(['diff', '--help'])).toBe(0);
  expect(out).toContain('Usage: rbx-webstream diff [options] <old> <new>');
  expect(out).toContain('--format <format>');
});

it('exits 1 with one error line when a dump is missing', async () => {
  expect(await runCli(['diff', 'no-such-old.json', 'no-such-new.json'])).toBe(1);
  expect(err.split('\n')[0]).toMatch(/^error DUMP_READ_FAILED: no-such-old\.json/);
  expect(err).not.toContain('    at ');
});

it('exits 2 on a usage error', async () => {
  expect(await runCli(['diff', 'a.json'])).toBe(2);
  expect(await runCli(['diff', 'a.json', 'b.json', '--format', 'yaml'])).toBe(2);
});
