/**
 * The roblox-ts guide's plugin script type-checks the way a roblox-ts project compiles it: after
 * the @rbxts typings, with the committed `generated/roblox-ts/index.d.ts` merged in, strict, no
 * ES lib. And the check is not blind: the same script with a lower-case `Method` fails.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { typeCheck } from '../../codegen/emit/helpers/typeCheck.js';
import { extractSnippets } from '../helpers/guideSnippets.js';

const GUIDE = 'docs/guides/roblox-ts.md';

/** What a roblox-ts project compiles with (see test/codegen/emit/robloxTs for why lib checks are off). */
const ROBLOX_TS_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  noLib: true,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
};

const RBXTS_TYPINGS = ['compiler-types/types/core.d.ts', 'types/include/roblox.d.ts', 'types/plugin.d.ts'].map((file) => resolve('node_modules/@rbxts', file));

function check(script: string): string[] {
  const files: Record<string, string | undefined> = Object.fromEntries(RBXTS_TYPINGS.map((file) => [file, undefined]));
  files[resolve('generated/roblox-ts/index.d.ts')] = undefined;
  files['/virtual/rbxts-project/src/plugin.ts'] = script;
  return typeCheck(files, { compilerOptions: ROBLOX_TS_OPTIONS });
}

describe('roblox-ts guide', () => {
  const [plugin] = extractSnippets(readFileSync(GUIDE, 'utf8'), GUIDE).filter((snippet) => snippet.name === 'plugin');

  it('has a plugin script', () => {
    expect(plugin?.code).toContain('CreateWebStreamClient');
  });

  it('its plugin script type-checks against @rbxts/types and the generated flavour', () => {
    expect(check(plugin!.code)).toEqual([]);
  });

  it('the same script with a lower-case Method does not', () => {
    const broken = plugin!.code.replace('Method: "GET"', 'Method: "get"');
    expect(broken).not.toBe(plugin!.code);
    expect(check(broken).join('\n')).toMatch(/plugin.ts\(5,3\): TS\d+ Type '"get"' is not assignable/);
  });
});
