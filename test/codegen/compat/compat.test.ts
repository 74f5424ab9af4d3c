/**
 * `compat` on the sample project (test/codegen/compat/fixtures/sample): at target 0.686 it finds
 * exactly the uses of Send and WebSocket, in the roblox-ts and Node flavours and in Luau (with the
 * real luau-lsp), and not the look-alike; at 0.696 it finds nothing; the CLI prints
 * `file:line:col entity needs V (target T)` and exits 1, or 0 when clean.
 */
import { describe, expect, it } from 'vitest';
import { runCompat, type CompatUse } from '../../../codegen/compat/compat.js';
import { pinRobloxDefinitions } from '../../../codegen/compat/luauUses.js';
import { newerEntities } from '../../../codegen/compat/newerEntities.js';
import { loadGenerateInput } from '../../../codegen/generate/loadGenerateInput.js';
import { describeWithLuauLsp } from '../../helpers/luauLsp.js';
import { runInProcess } from '../cli/runInProcess.js';

const SAMPLE = 'test/codegen/compat/fixtures/sample';
const RBXTS = { paths: [`${SAMPLE}/rbxts/src`], tsconfig: `${SAMPLE}/rbxts/tsconfig.json`, input: 'api-dump' };
const brief = (uses: readonly CompatUse[]) => uses.map((use) => `${use.file.replace(`${SAMPLE}/`, '')}:${use.line}:${use.column} ${use.entity} ${use.needs}`);

describe('compat on TypeScript', () => {
  it('finds Send and WebSocket in the roblox-ts flavour at 0.686, nothing at 0.696', async () => {
    const at686 = await runCompat({ ...RBXTS, target: '0.686' });
    expect(brief(at686.uses)).toEqual([
      'rbxts/src/plugin.ts:3:75 Enum.WebStreamClientType.WebSocket 0.696',
      'rbxts/src/plugin.ts:5:9 WebStreamClient.Send 0.696',
    ]);
    expect((await runCompat({ ...RBXTS, target: '0.696' })).uses).toEqual([]);
  });

  it('finds them in the Node flavour and leaves a look-alike object alone', async () => {
    const report = await runCompat({ paths: [`${SAMPLE}/node`], input: 'api-dump', target: '686' });
    expect(brief(report.uses)).toEqual(['node/plugin.ts:6:68 Enum.WebStreamClientType.WebSocket 0.696', 'node/plugin.ts:7:36 WebStreamClient.Send 0.696']);
  });

  it('below the build of WebStreamClient, every member used is reported with 0.686', async () => {
    const report = await runCompat({ paths: [`${SAMPLE}/node`], input: 'api-dump', target: '0.650' });
    expect(new Set(report.uses.map((use) => `${use.entity} ${use.needs}`))).toEqual(
      new Set([
        'HttpService.CreateWebStreamClient 0.686',
        'Enum.WebStreamClientType.WebSocket 0.696',
        'WebStreamClient.Opened 0.686',
        'WebStreamClient.Send 0.696',
        'WebStreamClient.Close 0.686',
      ]),
    );
  });
});

describe('compat CLI', () => {
  it('prints one line per use and exits 1; exits 0 when nothing is newer', async () => {
    const found = await runInProcess(['compat', `${SAMPLE}/node`, '--target', '0.686']);
    expect(found.code).toBe(1);
    expect(found.stdout).toBe(
      `${SAMPLE}/node/plugin.ts:6:68 Enum.WebStreamClientType.WebSocket needs 0.696 (target 0.686)\n${SAMPLE}/node/plugin.ts:7:36 WebStreamClient.Send needs 0.696 (target 0.686)\n`,
    );
    expect(found.stderr).toContain('error COMPAT_NEWER_USES: 2 use(s) newer than 0.686');
    const clean = await runInProcess(['compat', `${SAMPLE}/node`, '--target', '0.696', '--json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ target: '0.696', uses: [], files: { typescript: 1, luau: 0 } });
  });

  it('names a bad target and a missing path', async () => {
    expect((await runInProcess(['compat', `${SAMPLE}/node`, '--target', 'soon'])).stderr).toContain('error PIN_BAD_VERSION');
    expect((await runInProcess(['compat', `${SAMPLE}/nowhere`, '--target', '0.686'])).stderr).toContain('error COMPAT_PATH_MISSING');
  });
});

describe('pinRobloxDefinitions', () => {
  it('takes newer members out of their class and newer items out of their enum, and names what it cannot find', () => {
    const { input } = loadGenerateInput('api-dump');
    const target = newerEntities(input.dump, input.history!, '0.686');
    const text = [
      'declare extern type WebStreamClient extends Object with',
      '\tClosed: RBXScriptSignal<()>',
      '\tfunction Close(self): nil',
      '\tfunction Send(self, data: string): nil',
      'end',
      'declare extern type EnumWebStreamClientType_INTERNAL extends Enum with',
      '\tSSE: EnumWebStreamClientType',
      '\tWebSocket: EnumWebStreamClientType',
      'end',
      '',
    ].join('\n');
    const pinned = pinRobloxDefinitions(text, target.newer);
    expect(pinned.text).not.toContain('Send');
    expect(pinned.text).not.toContain('WebSocket');
    expect(pinned.text).toContain('\tfunction Close(self): nil\n');
    expect(pinned.notDeclared).toEqual([]);
    expect(pinRobloxDefinitions('', target.newer).notDeclared.map((entity) => entity.name)).toEqual(target.newer.map((entity) => entity.name));
  });
});

describeWithLuauLsp('compat on Luau (luau-lsp)', () => {
  it('finds Send and WebSocket in a non-strict plugin at 0.686 and nothing at 0.696', async () => {
    const at686 = await runCompat({ paths: [`${SAMPLE}/luau`], input: 'api-dump', target: '0.686' });
    expect(brief(at686.uses)).toEqual(['luau/plugin.luau:3:50 Enum.WebStreamClientType.WebSocket 0.696', 'luau/plugin.luau:5:2 WebStreamClient.Send 0.696']);
    expect(at686.notCheckedInLuau).toEqual([]);
    expect((await runCompat({ paths: [`${SAMPLE}/luau`], input: 'api-dump', target: '0.696' })).uses).toEqual([]);
  });
});
