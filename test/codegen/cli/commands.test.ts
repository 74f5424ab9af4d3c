/**
 * The commands through the real command-line parser, in process: output, exit codes (0 ok,
 * 1 bad input or failed check, 2 usage) and error lines without stack traces.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../dump/fixtures/rawDumpFixture.js';
import { describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';
import { runInProcess } from './runInProcess.js';

const repo = new URL('../../../', import.meta.url).pathname;
const slicePath = join(repo, 'api-dump', 'Full-API-Dump.json');
const work = mkdtempSync(join(tmpdir(), 'rbx-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeTemp(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('inspect', () => {
  it('prints the counts as JSON with --json', async () => {
    const run = await runInProcess(['inspect', slicePath, '--json']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: '{"classes":4,"members":14,"enums":2,"enumItems":7,"memberTypes":{"Property":3,"Function":6,"Event":5,"Callback":0}}\n',
    });
  });

  it('prints a readable summary without --json', async () => {
    const run = await runInProcess(['inspect', slicePath]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1)).toEqual([
      '  classes     4',
      '  members     14: 3 properties, 6 functions, 5 events, 0 callbacks',
      '  enums       2',
      '  enum items  7',
      '',
    ]);
  });

  it('prints warnings on stderr and keeps stdout for the data', async () => {
    const path = writeTemp(
      'tagged.json',
      fixtureText((r) => (r.Classes[0].Tags = ['Shiny'])),
    );
    const run = await runInProcess(['inspect', path, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).classes).toBe(4);
    expect(run.stderr).toBe(`warning DUMP_UNKNOWN_TAG: ${path} at Classes[0].Tags[0]: unknown tag "Shiny"; kept as it is\n`);
  });

  it('reports bad input on two lines, exit 1, no stack trace', async () => {
    const path = writeTemp(
      'bad.json',
      fixtureText((r) => (r.Classes[3].Members[1].MemberType = 'Method')),
    );
    const run = await runInProcess(['inspect', path]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `error DUMP_SCHEMA: ${path} at Classes[3].Members[1].MemberType: unknown MemberType "Method" (class "WebStreamClient", member "Send")\n` +
        '  fix: one of "Property", "Function", "Event", "Callback"\n',
    });
  });

  it('reports a missing file as bad input', async () => {
    const run = await runInProcess(['inspect', join(work, 'absent.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`error DUMP_READ_FAILED: ${join(work, 'absent.json')}: no such file`);
  });
});

describe('usage errors', () => {
  it.each([
    [['inspect'], "error: missing required argument 'dump'"],
    [['inspect', slicePath, '--bogus'], "error: unknown option '--bogus'"],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
    [['slice', slicePath, '--out', 'x.json'], "error: required option '--class <name>' not specified"],
  ])('exits 2 for %j', async (args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it.each([['--help'], ['inspect', '--help'], ['slice', '--help'], ['generate', '--help']])('prints help for %j and exits 0', async (...args) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: rbx-webstream/);
  });
});

describe('slice', () => {
  it("keeps a minified input's style, and writes Roblox's pretty form with --pretty", async () => {
    const input = writeTemp('full.json', fixtureText());
    const minified = join(work, 'slice-min.json');
    const pretty = join(work, 'slice-pretty.json');
    expect((await runInProcess(['slice', input, '--class', 'WebStreamClient', '--out', minified])).code).toBe(0);
    expect((await runInProcess(['slice', input, '--class', 'WebStreamClient', '--out', pretty, '--pretty'])).code).toBe(0);
    expect(readFileSync(minified, 'utf8')).not.toContain('\n');
    expect(readFileSync(pretty, 'utf8')).toMatch(/^\{\r\n {4}"Classes": \[\r\n/);
    expect(JSON.parse(readFileSync(pretty, 'utf8'))).toEqual(JSON.parse(readFileSync(minified, 'utf8')));
  });

  it('reports a class that is not there, with a suggestion', async () => {
    const input = writeTemp('full2.json', fixtureText());
    const run = await runInProcess(['slice', input, '--class', 'WebStreamclient', '--out', join(work, 'never.json')]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error SLICE_UNKNOWN_CLASS: class "WebStreamclient" is not in the dump\n  fix: did you mean "WebStreamClient"? (class names are case-sensitive)\n',
    });
  });
});

describeWithRealDumps('slice on the real dump', ['0.734.0.7340915'], () => {
  it('remakes api-dump/Full-API-Dump.json byte for byte (the command its README gives)', async () => {
    const out = join(work, 'remade.json');
    const run = await runInProcess(['slice', realDumpPath('0.734.0.7340915'), '--class', 'WebStreamClient', '--out', out, '--pretty']);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8') === readFileSync(slicePath, 'utf8')).toBe(true);
  });
});

describe('generate', () => {
  const input = join(work, 'api-dump');
  const out = join(work, 'generated');
  cpSync(join(repo, 'api-dump'), input, { recursive: true });

  it('writes the output folder, then --check finds it up to date', async () => {
    const first = await runInProcess(['generate', '--input', input, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('created: ');
    const check = await runInProcess(['generate', '--input', input, '--out', out, '--check']);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/all \d+ generated file\(s\) up to date\n$/);
  });

  it('--check exits 1 listing a changed file and a stale one, and writes nothing', async () => {
    writeFileSync(join(out, 'model.json'), '{}\n');
    writeFileSync(join(out, 'leftover.txt'), 'old\n');
    const check = await runInProcess(['generate', '--input', input, '--out', out, '--check']);
    expect(check.code).toBe(1);
    const lines = check.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([`  differs: ${out}/model.json`, `  stale (no emitter makes it): ${out}/leftover.txt`]);
    expect(lines[2]).toBe(`error GENERATE_OUT_OF_DATE: 2 file(s) in ${out}/ differ from what ${input}/ gives`);
    expect(lines[3]).toBe('  fix: run `npm run generate` and commit the result');
    expect(readFileSync(join(out, 'model.json'), 'utf8')).toBe('{}\n');
  });

  it('fails with the docs error when docs.json misses an entity of the slice', async () => {
    const docs = JSON.parse(readFileSync(join(input, 'docs.json'), 'utf8'));
    delete docs.classes.WebStreamClient.members.Send;
    const broken = join(work, 'api-dump-broken');
    cpSync(input, broken, { recursive: true });
    writeFileSync(join(broken, 'docs.json'), JSON.stringify(docs));
    const run = await runInProcess(['generate', '--input', broken, '--out', join(work, 'unused'), '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error DOCS_MISSING: .*docs\.json at classes\.WebStreamClient\.members\.Send: /);
  });
});
