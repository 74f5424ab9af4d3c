/**
 * The generated type-level checks (generated/conformance/typeLevel.ts) compile against the real
 * runtime's types, and fail to compile — at exactly the aliases of the broken members — against
 * runtime types with a missing event, a handler with the wrong parameter type and a wrong enum
 * value. Uses the TypeScript compiler on the repository's tsconfig, with the broken types as an
 * in-memory file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const typeLevelFile = join(repoRoot, 'generated/conformance/typeLevel.ts');
const brokenFile = join(repoRoot, 'generated/conformance/typeLevel.broken.ts');
const brokenTypesFile = join(repoRoot, 'test/conformance/brokenRuntimeTypes.ts');

/** Runtime types with three faults, in terms of the real ones. */
const brokenTypes = `
import type { RBXScriptSignal } from '../../generated/node/index.js';
import type { RuntimeTypes as Real } from './runtimeTarget.js';
type Client = Omit<Real['WebStreamClient'], 'Error' | 'Opened'> & { readonly Opened: RBXScriptSignal<(status: string, headers: string) => void> };
type States = Omit<Real['Enum']['WebStreamClientState'], 'Closed'> & { readonly Closed: Omit<Real['Enum']['WebStreamClientState']['Closed'], 'Value'> & { readonly Value: 4 } };
export interface RuntimeTypes {
  readonly HttpService: Real['HttpService'];
  readonly WebStreamClient: Client;
  readonly Enum: Omit<Real['Enum'], 'WebStreamClientState'> & { readonly WebStreamClientState: States };
}
`;

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath)).options;
}

/** The aliases (`export type X = [`) of `text` that contain a line with an error. */
function aliasesWithErrors(text: string, diagnostics: readonly ts.Diagnostic[]): string[] {
  const lines = text.split('\n');
  const aliasAt = (line: number): string => {
    for (let i = line; i >= 0; i--) {
      const match = /^export type (\w+) = \[/.exec(lines[i] ?? '');
      if (match) return match[1] as string;
    }
    return '(outside any alias)';
  };
  const source = ts.createSourceFile('check.ts', text, ts.ScriptTarget.ES2022, true);
  return [...new Set(diagnostics.map((d) => aliasAt(source.getLineAndCharacterOfPosition(d.start ?? 0).line)))].sort();
}

/** Type-checks `root` (with the in-memory files) and returns the diagnostics reported in it. */
function diagnosticsOf(root: string, memory: ReadonlyMap<string, string>, oldProgram?: ts.Program): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => memory.has(path) || fileExists.call(host, path);
  host.readFile = (path) => memory.get(path) ?? readFile.call(host, path);
  host.getSourceFile = (path, language, onError) => {
    const text = memory.get(path);
    return text === undefined ? getSourceFile.call(host, path, language, onError) : ts.createSourceFile(path, text, language, true);
  };
  const program = ts.createProgram({ rootNames: [root], options, host, ...(oldProgram ? { oldProgram } : {}) });
  const file = program.getSourceFile(root);
  if (file === undefined) throw new Error(`${root} is not part of the program`);
  return { program, diagnostics: [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)] };
}

// A whole-program type check of the runtime takes seconds, more on a loaded machine.
describe('generated type-level checks', { timeout: 120_000 }, () => {
  let real: ts.Program | undefined;

  it('compile against the real runtime types and the generated declarations', () => {
    const result = diagnosticsOf(typeLevelFile, new Map());
    real = result.program;
    expect(result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  it('fail exactly at the aliases of a missing event, a mistyped handler and a wrong enum value', () => {
    const text = readFileSync(typeLevelFile, 'utf8').replace("from '../../test/conformance/runtimeTarget.js'", "from '../../test/conformance/brokenRuntimeTypes.js'");
    const memory = new Map([
      [brokenFile, text],
      [brokenTypesFile, brokenTypes],
    ]);
    const { diagnostics } = diagnosticsOf(brokenFile, memory, real);
    expect(aliasesWithErrors(text, diagnostics)).toEqual(['Enum_WebStreamClientState', 'WebStreamClient_Error', 'WebStreamClient_Opened']);
  });
});
