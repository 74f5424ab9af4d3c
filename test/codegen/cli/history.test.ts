/**
 * `rbx-webstream history` through the real command line (in-process runCli) on the committed
 * api-dump/history.json: show, help and exit codes. (seed and add are covered end to end in
 * test/codegen/history/historyCommands.test.ts.)
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { runCli } from '../../../codegen/cli/program.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const HISTORY = new URL('../../../api-dump/history.json', import.meta.url).pathname;

it('shows the events of a member with version and date', async () => {
  expect(await runCli(['history', 'show', 'WebStreamClient.Send', '--history', HISTORY])).toBe(0);
  expect(out).toContain('696  0.696.0.6960797  2025-10-21  Added Function WebStreamClient.Send — compatible  [public record]');
});

it('shows the unrecorded isA change of 0.650 for what it is', async () => {
  expect(await runCli(['history', 'show', 'Object.isA', '--history', HISTORY])).toBe(0);
  expect(out).toContain('650  0.650.0.6500742  2024-11-05  Changed Function Object.isA (the public record does not say how) — compatible  [public record]');
  expect(out).toContain('2 events.');
});

it('answers in JSON with --json', async () => {
  expect(await runCli(['history', 'show', 'WebStreamClient', '--json', '--history', HISTORY])).toBe(0);
  const shown = JSON.parse(out);
  expect(shown.events).toHaveLength(1);
  expect(shown.classEvents).toHaveLength(8);
});

it('documents each subcommand with --help', async () => {
  for (const command of ['seed', 'add', 'show']) {
    out = '';
    expect(await runCli(['history', command, '--help'])).toBe(0);
    expect(out).toContain(`Usage: rbx-webstream history ${command}`);
  }
});

it('exits 1 with the file and the fix for an unknown entity or a broken log', async () => {
  expect(await runCli(['history', 'show', 'WebStreamClient.Reconnect', '--history', HISTORY])).toBe(1);
  expect(err).toMatch(/^error HISTORY_UNKNOWN_ENTITY: .*history\.json: WebStreamClient\.Reconnect is neither/);
  err = '';
  expect(await runCli(['history', 'show', 'WebStreamClient', '--history', 'package.json'])).toBe(1);
  expect(err).toMatch(/^error HISTORY_INVALID: package\.json at scope: this is missing\. Fix the file/);
});

it('exits 2 when add has no --version', async () => {
  expect(await runCli(['history', 'add', 'dump.json'])).toBe(2);
});
