/**
 * `generate --api-version`: the pinned typings of one build into --out (slice mode), the whole
 * API of a real dump pinned with its history (--all), and the clear refusals.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithRealDumps, realDumpPath } from '../../helpers/realDumps.js';
import { runInProcess } from '../cli/runInProcess.js';

const out = mkdtempSync(join(tmpdir(), 'rbx-webstream-pin-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generate --api-version (slice)', () => {
  it('writes the typings of 0.686 into --out, each naming the build', async () => {
    const dir = join(out, 'slice');
    const run = await runInProcess(['generate', '--api-version', '686', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('typings as of Roblox build 0.686.0.6860866 (not in this build: WebStreamClient.Send, Enum.WebStreamClientType.WebSocket)');
    for (const file of ['index.d.ts', 'node.d.ts', 'README.md', 'luau/WebStreamTypes.luau', 'luau/webstream.docs.json'])
      expect(existsSync(join(dir, file)), file).toBe(true);
    expect(readFileSync(join(dir, 'node.d.ts'), 'utf8').split('\n')[0]).toContain('as of Roblox build 0.686.0.6860866');
    expect(readFileSync(join(dir, 'node.d.ts'), 'utf8')).not.toMatch(/^\s*Send\(/m);
  });

  it('refuses a build before WebStreamClient, and a run without --out', async () => {
    const early = await runInProcess(['generate', '--api-version', '0.647', '--out', join(out, 'early')]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('error PIN_BEFORE_SLICE: WebStreamClient did not exist at build 0.647.0.6470717');
    expect(existsSync(join(out, 'early'))).toBe(false);
    expect((await runInProcess(['generate', '--api-version', '0.686'])).code).toBe(2);
  });
});

describeWithRealDumps('generate --all --api-version', ['0.734.0.7340915'], () => {
  it('pins a whole dump with the history: no Send in WebStreamClient at 0.686', async () => {
    const dir = join(out, 'all');
    const run = await runInProcess([
      'generate',
      '--all',
      '--dump',
      realDumpPath('0.734.0.7340915'),
      '--history',
      'api-dump/history.json',
      '--api-version',
      '0.686',
      '--declarations-only',
      '--out',
      dir,
    ]);
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'node/index.d.ts'), 'utf8');
    expect(text.split('\n')[0]).toContain('as of Roblox build 0.686.0.6860866');
    const client = text.slice(text.indexOf('export interface WebStreamClient '), text.indexOf('\n}\n', text.indexOf('export interface WebStreamClient ')));
    expect(client).toContain('Close(');
    expect(client).not.toMatch(/^\s*Send\(/m);
  });
});
