/**
 * `rbx-webstream history` through the real command line (in process, see runInProcess.ts) on the committed
 * api-dump/history.json: show, help and exit codes. (seed and add are covered end to end in
 * test/codegen/history/historyCommands.test.ts.)
 */
import { expect, it } from 'vitest';
import { createCliRunner } from './runInProcess.js';

const { cli, output } = createCliRunner();

const HISTORY = new URL('../../../api-dump/history.json', import.meta.url).pathname;

it('shows the events of a member with version and date', async () => {
  expect(await cli(['history', 'show', 'WebStreamClient.Send', '--history', HISTORY])).toBe(0);
  expect(output.stdout).toContain('696  0.696.0.6960797  2025-10-21  Added Function WebStreamClient.Send — compatible  [public record]');
});

it('shows the unrecorded isA change of 0.650 for what it is', async () => {
  expect(await cli(['history', 'show', 'Object.isA', '--history', HISTORY])).toBe(0);
  expect(output.stdout).toContain(
    '650  0.650.0.6500742  2024-11-05  Changed Function Object.isA (the public record does not say how) — compatible  [public record]',
  );
  expect(output.stdout).toContain('2 events.');
});

it('answers in JSON with --json', async () => {
  expect(await cli(['history', 'show', 'WebStreamClient', '--json', '--history', HISTORY])).toBe(0);
  const shown = JSON.parse(output.stdout);
  expect(shown.events).toHaveLength(1);
  expect(shown.classEvents).toHaveLength(8);
});

it('documents each subcommand with --help', async () => {
  for (const command of ['seed', 'add', 'show']) {
    output.stdout = '';
    expect(await cli(['history', command, '--help'])).toBe(0);
    expect(output.stdout).toContain(`Usage: rbx-webstream history ${command}`);
  }
});

it('exits 1 with the file and the fix for an unknown entity or a broken log', async () => {
  expect(await cli(['history', 'show', 'WebStreamClient.Reconnect', '--history', HISTORY])).toBe(1);
  expect(output.stderr).toMatch(/^error HISTORY_UNKNOWN_ENTITY: .*history\.json: WebStreamClient\.Reconnect is neither/);
  output.stderr = '';
  expect(await cli(['history', 'show', 'WebStreamClient', '--history', 'package.json'])).toBe(1);
  expect(output.stderr).toMatch(/^error HISTORY_INVALID: package\.json at scope: this is missing\. Fix the file/);
});

it('exits 2 when add has no --build', async () => {
  expect(await cli(['history', 'add', 'dump.json'])).toBe(2);
});
