/**
 * A diff across the two dump shapes (0.564 → 0.734): format artefacts are aligned and named at
 * the top instead of being counted as changes (issue 13: 4,449 "breaking" before), the root
 * sentinel never reaches the changelog, and `--scope` works for a class only one dump has.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDumpFormats } from '../../../codegen/diff/alignFormats.js';
import { diff } from '../../../codegen/diff/diff.js';
import { readDumpFile } from '../../../codegen/dump/readDumpFile.js';
import { fixtureText } from '../dump/fixtures/rawDumpFixture.js';
import { runInProcess } from '../cli/runInProcess.js';
import { describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';

describeWithRealDumps('diff 0.564 → 0.734 (two dump shapes)', ['0.564.1.5640444', '0.734.0.7340915'], () => {
  const older = readDumpFile(realDumpPath('0.564.1.5640444')).dump;
  const newer = readDumpFile(realDumpPath('0.734.0.7340915')).dump;
  const breaking = (changes: ReturnType<typeof diff>) => changes.filter((change) => change.impact === 'breaking');

  it('aligns the three format differences and counts only API changes', () => {
    const raw = diff(older, newer);
    expect(breaking(raw).length).toBe(4449);
    const aligned = alignDumpFormats(older, newer);
    expect(aligned.notes).toHaveLength(3);
    const changes = diff(aligned.old, aligned.new);
    const left = breaking(changes);
    expect(left.length).toBe(799);
    expect(left.filter((change) => change.field === 'Capabilities')).toEqual([]);
    expect(left.filter((change) => change.field === 'ReturnType' && JSON.stringify(change.from).includes('"void"'))).toEqual([]);
    expect(changes.filter((change) => change.name === 'Object' && change.kind === 'Class')).toEqual([]);
    expect(changes.find((change) => change.parent === 'Object' && change.name === 'IsA')).toBeUndefined();
  });

  it('leaves dumps of one shape alone', () => {
    const same = alignDumpFormats(newer, newer);
    expect(same.notes).toEqual([]);
    expect(same.old).toBe(newer);
  });

  it('says at the top of the changelog that the formats differ, and never prints <<<ROOT>>>', async () => {
    const run = await runInProcess(['diff', realDumpPath('0.564.1.5640444'), realDumpPath('0.734.0.7340915')]);
    expect(run.code).toBe(0);
    const head = run.stdout.split('\n').slice(0, 8).join('\n');
    expect(head).toContain("> **Note:** The older dump's format has no Capabilities field");
    expect(head).toContain('`void` is read as `null`');
    expect(head).toContain('root class Object above Instance');
    expect(run.stdout).toMatch(/\d+ changes: 799 breaking/);
    expect(run.stdout).not.toContain('<<<ROOT>>>');
  });
});

describe('diff --scope with a class only one dump has', () => {
  const work = mkdtempSync(join(tmpdir(), 'rbx-scope-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const withLogger = join(work, 'with.json');
  const without = join(work, 'without.json');
  writeFileSync(without, fixtureText());
  writeFileSync(
    withLogger,
    fixtureText((raw) =>
      raw.Classes.push({
        Members: [{ MemberType: 'Event', Name: 'MessageOut', Parameters: [], Security: 'None', ThreadSafety: 'Unsafe' }],
        MemoryCategory: 'Instances',
        Name: 'Logger',
        Superclass: 'Instance',
      }),
    ),
  );

  it('lists the class as added and names the dump that lacks it', async () => {
    const run = await runInProcess(['diff', without, withLogger, '--scope', 'Logger']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`> **Note:** Logger is not in the older dump (${without}); it is listed as added.`);
    expect(run.stdout).toContain('Added Class Logger');
    expect(run.stdout).toContain('Added Event Logger.MessageOut');
  });

  it('lists it as removed the other way round (JSON on stdout, the note on stderr)', async () => {
    const run = await runInProcess(['diff', withLogger, without, '--scope', 'Logger', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`note: Logger is not in the newer dump (${without}); it is listed as removed.\n`);
    expect(
      (JSON.parse(run.stdout) as { action: string; name: string }[]).filter((change) => change.action === 'Remove').map((change) => change.name),
    ).toContain('Logger');
  });

  it('is an error naming both dumps when neither has the class', async () => {
    const run = await runInProcess(['diff', without, without, '--scope', 'Loggr']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error SLICE_UNKNOWN_CLASS: class "Loggr" is in neither dump (${without}, ${without})`);
  });
});
