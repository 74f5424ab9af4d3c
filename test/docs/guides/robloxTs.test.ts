/**
 * The roblox-ts guide works as written. A roblox-ts project is set up in a scratch folder the
 * two ways the guide shows: a `/// <reference types="rbx-webstream/roblox-ts" />` file
 * (resolved through this package's real `exports`, with `Bundler` resolution) and an `include`
 * of the file's path (with the old `Node` resolution). In each, the guide's plugin script must
 * type-check against `@rbxts/types` with no error, and the same script with `Method: "get"` must
 * not. `node_modules/rbx-webstream` is a link to this repository, so the check uses the
 * committed `generated/roblox-ts/index.d.ts` and `package.json`.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSnippets, type GuideSnippet } from '../helpers/guideSnippets.js';

const GUIDE = 'docs/guides/roblox-ts.md';
const PROJECT = resolve('test-artifacts/roblox-ts-project');

/** What a roblox-ts project compiles with: the @rbxts typings are the world (no ES lib). */
function compilerOptions(moduleResolution: 'Bundler' | 'Node'): Record<string, unknown> {
  return {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    noLib: true,
    target: 'ESNext',
    module: moduleResolution === 'Node' ? 'CommonJS' : 'ESNext',
    moduleResolution,
    ...(moduleResolution === 'Node' ? { ignoreDeprecations: '6.0' } : {}),
    typeRoots: ['node_modules/@rbxts'],
    types: ['compiler-types', 'types'],
  };
}

/** Writes the project's tsconfig and sources, then type-checks it like `tsc -p`. */
function checkProject(tsconfig: Record<string, unknown>, sources: Readonly<Record<string, string>>): string[] {
  rmSync(join(PROJECT, 'src'), { recursive: true, force: true });
  mkdirSync(join(PROJECT, 'src'), { recursive: true });
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(PROJECT, 'src', file), text);
  writeFileSync(join(PROJECT, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const parsed = ts.getParsedCommandLineOfConfigFile(join(PROJECT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.replace(`${PROJECT}/`, '')}(${line + 1},${character + 1}): TS${diagnostic.code} ${message}`;
  });
}

/** The guide's JSONC `include` snippet as an object (its comments-free subset is plain JSON). */
function includeOf(snippet: GuideSnippet): string[] {
  return (JSON.parse(snippet.code) as { include: string[] }).include;
}

describe('roblox-ts guide', () => {
  const snippets = new Map(extractSnippets(readFileSync(GUIDE, 'utf8'), GUIDE).map((snippet) => [snippet.name, snippet]));
  const plugin = snippets.get('plugin')?.code ?? '';
  const reference = snippets.get('reference')?.code ?? '';
  const include = snippets.get('include');

  beforeAll(() => {
    rmSync(PROJECT, { recursive: true, force: true });
    mkdirSync(join(PROJECT, 'node_modules'), { recursive: true });
    symlinkSync(resolve('.'), join(PROJECT, 'node_modules', 'rbx-webstream'), 'dir');
    symlinkSync(resolve('node_modules/@rbxts'), join(PROJECT, 'node_modules', '@rbxts'), 'dir');
  });

  // The link back to the repository makes a cycle; do not leave it for tools that walk the tree.
  afterAll(() => rmSync(PROJECT, { recursive: true, force: true }));

  it('shows a plugin script, a reference line and an include', () => {
    expect(plugin).toContain('CreateWebStreamClient');
    expect(reference).toContain('/// <reference types="rbx-webstream/roblox-ts" />');
    expect(include && includeOf(include)).toContain('node_modules/rbx-webstream/generated/roblox-ts/index.d.ts');
  });

  it('with the reference line and Bundler resolution, the plugin script type-checks', () => {
    const tsconfig = { compilerOptions: compilerOptions('Bundler'), include: ['src'] };
    expect(checkProject(tsconfig, { 'rbx-webstream.d.ts': reference, 'plugin.ts': plugin })).toEqual([]);
  });

  it('with the include and Node resolution, the plugin script type-checks', () => {
    const tsconfig = { compilerOptions: compilerOptions('Node'), include: includeOf(include!) };
    expect(checkProject(tsconfig, { 'plugin.ts': plugin })).toEqual([]);
  });

  it('the check is not blind: without the declarations, or with a lower-case Method, it fails', () => {
    const tsconfig = { compilerOptions: compilerOptions('Bundler'), include: ['src'] };
    expect(checkProject(tsconfig, { 'plugin.ts': plugin }).join('\n')).toMatch(/Cannot find name 'WebStreamRequestOptions'/);
    const broken = plugin.replace('Method: "GET"', 'Method: "get"');
    expect(broken).not.toBe(plugin);
    expect(checkProject(tsconfig, { 'rbx-webstream.d.ts': reference, 'plugin.ts': broken }).join('\n')).toMatch(/plugin\.ts\(\d+,\d+\): TS\d+ Type '"get"' is not assignable/);
  });
});
