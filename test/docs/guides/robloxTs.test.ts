/**
 * The roblox-ts guide works as written, in the project `npm init roblox-ts` creates. The
 * project's tsconfig.json is the template's (`test/helpers/robloxTsTemplate.ts`, which also says
 * how the check gathers diagnostics), with the guide's two `compilerOptions` lines merged in — or
 * left alone, with the guide's reference line in a `.d.ts` file. In each, the guide's plugin
 * script must type-check against `@rbxts/types` with no error, and the same script with
 * `Method: "get"` must not. `node_modules/rbx-webstream-types` is a link to `generated/typings/`,
 * the folder the typings package is packed from (test/package/smoke.test.ts installs the packed
 * tarball instead).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRobloxTsProject, TEMPLATE_COMPILER_OPTIONS } from '../../helpers/robloxTsTemplate.js';
import { extractSnippets } from '../helpers/guideSnippets.js';

const GUIDE = 'docs/guides/roblox-ts.md';
const PROJECT = resolve('test-artifacts/roblox-ts-project');

describe('roblox-ts guide', () => {
  const snippets = new Map(extractSnippets(readFileSync(GUIDE, 'utf8'), GUIDE).map((snippet) => [snippet.name, snippet.code]));
  const plugin = snippets.get('plugin') ?? '';
  const reference = snippets.get('reference') ?? '';
  const guideOptions =
    (ts.parseConfigFileTextToJson('tsconfig.json', snippets.get('tsconfig') ?? '{}').config as { compilerOptions?: Record<string, unknown> }).compilerOptions ??
    {};

  beforeAll(() => {
    rmSync(PROJECT, { recursive: true, force: true });
    mkdirSync(join(PROJECT, 'node_modules'), { recursive: true });
    symlinkSync(resolve('generated/typings'), join(PROJECT, 'node_modules', 'rbx-webstream-types'), 'dir');
    symlinkSync(resolve('node_modules/@rbxts'), join(PROJECT, 'node_modules', '@rbxts'), 'dir');
  });

  afterAll(() => rmSync(PROJECT, { recursive: true, force: true }));

  const checkProject = (compilerOptions: Readonly<Record<string, unknown>>, sources: Readonly<Record<string, string>>): string[] =>
    checkRobloxTsProject(PROJECT, compilerOptions, sources);

  it('shows the install command, the tsconfig lines, a reference line and a plugin script', () => {
    expect(snippets.get('install')).toBe('npm install --save-dev rbx-webstream-types\n');
    expect(guideOptions).toEqual({ typeRoots: ['node_modules/@rbxts', 'node_modules'], types: ['types', 'rbx-webstream-types'] });
    expect(reference).toContain('/// <reference types="rbx-webstream-types" />');
    expect(plugin).toContain('CreateWebStreamClient');
  });

  it("with the template tsconfig and the guide's two lines, the plugin script type-checks", () => {
    expect(checkProject({ ...TEMPLATE_COMPILER_OPTIONS, ...guideOptions }, { 'plugin.ts': plugin })).toEqual([]);
  });

  it('with the template tsconfig unchanged and the reference line, the plugin script type-checks', () => {
    expect(checkProject(TEMPLATE_COMPILER_OPTIONS, { 'rbx-webstream.d.ts': reference, 'plugin.ts': plugin })).toEqual([]);
  });

  it('the check is not blind: without the lines, with only `types`, or with a lower-case Method, it fails', () => {
    expect(checkProject(TEMPLATE_COMPILER_OPTIONS, { 'plugin.ts': plugin }).join('\n')).toMatch(/Cannot find name 'WebStreamRequestOptions'/);
    const typesOnly = { ...TEMPLATE_COMPILER_OPTIONS, types: guideOptions.types };
    expect(checkProject(typesOnly, { 'plugin.ts': plugin }).join('\n')).toMatch(/TS2688 Cannot find type definition file for 'rbx-webstream-types'/);
    const broken = plugin.replace('Method: "GET"', 'Method: "get"');
    expect(broken).not.toBe(plugin);
    expect(checkProject({ ...TEMPLATE_COMPILER_OPTIONS, ...guideOptions }, { 'plugin.ts': broken }).join('\n')).toMatch(
      /src\/plugin\.ts\(\d+,\d+\): TS\d+ Type '"get"' is not assignable/,
    );
  });
});
