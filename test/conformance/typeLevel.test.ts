/**
 * The generated type-level checks (generated/conformance/typeLevel.ts), instantiated with the
 * real runtime's types by test/conformance/typeLevel.ts, all hold; instantiated with runtime
 * types that have a missing event, a handler with the wrong parameter type and a wrong enum
 * value, exactly the check groups of those members fail and the file no longer compiles. Uses
 * the TypeScript compiler on the repository's tsconfig, with the broken types as an in-memory file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const typeLevelFile = join(repoRoot, 'test/conformance/typeLevel.ts');
const brokenFile = join(repoRoot, 'test/conformance/typeLevel.broken.ts');
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

/** The members of the string-literal union `FailingTypeLevelChecks` of `file`, as the checker resolves it. */
function failingChecks(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const alias = source?.statements.find(
    (statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'FailingTypeLevelChecks',
  );
  if (alias === undefined) throw new Error(`${file} has no type FailingTypeLevelChecks`);
  const type = checker.getTypeAtLocation(alias.name);
  const members = type.isUnion() ? type.types : type.flags & ts.TypeFlags.Never ? [] : [type];
  return members.map((member) => (member.isStringLiteral() ? member.value : checker.typeToString(member))).sort();
}

/** Type-checks `root` (with the in-memory files) and returns the diagnostics reported in it. */
function diagnosticsOf(
  root: string,
  memory: ReadonlyMap<string, string>,
  oldProgram?: ts.Program,
): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
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

  it('all hold for the real runtime types and the generated declarations', () => {
    const result = diagnosticsOf(typeLevelFile, new Map());
    real = result.program;
    expect(result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    expect(failingChecks(result.program, typeLevelFile)).toEqual([]);
  });

  it('fail exactly at the groups of a missing event, a mistyped handler and a wrong enum value', () => {
    const original = readFileSync(typeLevelFile, 'utf8');
    const text = original.replace("from './runtimeTarget.js'", "from './brokenRuntimeTypes.js'");
    if (text === original) throw new Error(`${typeLevelFile} no longer imports './runtimeTarget.js'; update this test`);
    const memory = new Map([
      [brokenFile, text],
      [brokenTypesFile, brokenTypes],
    ]);
    const { program, diagnostics } = diagnosticsOf(brokenFile, memory, real);
    expect(failingChecks(program, brokenFile)).toEqual(['Enum_WebStreamClientState', 'WebStreamClient_Error', 'WebStreamClient_Opened']);
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([
      expect.stringContaining("does not satisfy the constraint 'never'"),
    ]);
  });
});
