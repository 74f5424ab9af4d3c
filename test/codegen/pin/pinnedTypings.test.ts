/**
 * The pinned typings shipped under generated/typings/api/<release>/, checked with the real
 * TypeScript compiler: code that calls Send compiles against the current declarations and fails
 * against those of 0.686, where Send did not exist yet; the roblox-ts flavour of a pinned build
 * still merges into @rbxts/types; each file names its build in the header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGenerateInput } from '../../../codegen/generate/loadGenerateInput.js';
import { pinnedBuilds } from '../../../codegen/generate/pinnedTypings.js';
import { RBXTS_ROOTS, ROBLOX_TS_OPTIONS, typeCheck } from '../emit/helpers/typeCheck.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const pinnedDir = (release: string) => `${repoRoot}generated/typings/api/${release}`;

const NODE_PLUGIN = `
import type { HttpService, WebStreamClient } from './node.js';
declare const http: HttpService;
declare const Enum: { WebStreamClientType: { SSE: Parameters<HttpService['CreateWebStreamClient']>[0] } };
const client: WebStreamClient = http.CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: 'http://127.0.0.1:8080/', Method: 'GET' });
client.Opened.Connect((status) => status + 1);
client.Send('hello');
client.Close();
`;

function checkNodePlugin(declarations: string): string[] {
  const dir = '/virtual/pinned';
  return typeCheck({ [`${dir}/node.d.ts`]: declarations, [`${dir}/plugin.ts`]: NODE_PLUGIN });
}

describe('pinned typings', () => {
  it('ships the builds where the slice changed, from the first that has WebStreamClient', () => {
    const { input } = loadGenerateInput('api-dump');
    expect(pinnedBuilds(input)).toEqual(['0.686.0.6860866', '0.696.0.6960797']);
    for (const release of ['0.686', '0.696']) {
      for (const file of ['index.d.ts', 'node.d.ts', 'README.md', 'luau/WebStreamTypes.luau', 'luau/webstream.docs.json'])
        expect(existsSync(`${pinnedDir(release)}/${file}`), `${release}/${file}`).toBe(true);
    }
  });

  it('a Send call compiles against the current build and 0.696, and fails against 0.686', () => {
    expect(checkNodePlugin(readFileSync(`${repoRoot}generated/node/index.d.ts`, 'utf8'))).toEqual([]);
    expect(checkNodePlugin(readFileSync(`${pinnedDir('0.696')}/node.d.ts`, 'utf8'))).toEqual([]);
    const errors = checkNodePlugin(readFileSync(`${pinnedDir('0.686')}/node.d.ts`, 'utf8'));
    expect(errors).toEqual([expect.stringMatching(/plugin\.ts\(7,8\): TS2339 Property 'Send' does not exist on type 'WebStreamClient'/)]);
  });

  it('each pinned file names its build in the header', () => {
    for (const file of ['index.d.ts', 'node.d.ts', 'luau/WebStreamTypes.luau']) {
      const head = readFileSync(`${pinnedDir('0.686')}/${file}`, 'utf8')
        .split('\n')
        .slice(0, 2)
        .join('\n');
      expect(head).toContain('as of Roblox build 0.686.0.6860866');
      expect(head).toContain('Roblox API 0.686.0.6860866 (build version-fa681ec445d7437c, 2025-08-12)');
    }
    const docs = JSON.parse(readFileSync(`${pinnedDir('0.686')}/luau/webstream.docs.json`, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(docs)).not.toContain('@roblox/globaltype/WebStreamClient.Send');
    expect(Object.keys(docs)).toContain('@roblox/globaltype/WebStreamClient.Close');
  });

  it('the roblox-ts flavour of 0.686 merges into @rbxts/types and documents no Send', () => {
    const text = readFileSync(`${pinnedDir('0.686')}/index.d.ts`, 'utf8');
    expect(text).not.toMatch(/^\s*Send\(/m);
    const script =
      'const client = game.GetService("HttpService").CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: "http://127.0.0.1/" });\nclient.Close();\nexport {};\n';
    expect(
      typeCheck({ ...RBXTS_ROOTS, '/virtual/rbxts/webstream.ts': text, '/virtual/rbxts/plugin.ts': script }, { compilerOptions: ROBLOX_TS_OPTIONS }),
    ).toEqual([]);
  });
});
