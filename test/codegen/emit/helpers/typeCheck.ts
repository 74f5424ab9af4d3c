/**
 * Type-checks files with the TypeScript compiler API, the way `tsc --strict --noEmit` does with
 * `skipLibCheck: false`: the given files only, from memory or from disk. Files read from disk
 * (the TypeScript lib, @rbxts typings) are parsed once per process and shared between calls, so
 * several checks in one test file stay cheap.
 */
import ts from 'typescript';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const diskCache = new Map<string, ts.SourceFile | undefined>();

export interface TypeCheckOptions {
  readonly compilerOptions?: ts.CompilerOptions;
}

export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
  lib: ['lib.es2022.d.ts'],
};

/**
 * The compiler options of a roblox-ts project: no ES lib (the @rbxts typings are the world),
 * bundler-style resolution, no @types packages. @rbxts/types itself does not pass TypeScript 6's
 * library check (selector.d.ts, TS2536), so library checking is off: check our declarations as a
 * script placed after `RBXTS_ROOTS`, so that errors in it, clashes with @rbxts/types included
 * (the compiler reports them on the later declaration), are reported.
 */
export const ROBLOX_TS_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  noLib: true,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
};

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The @rbxts typings in the order a roblox-ts plugin project loads them, as `typeCheck` files read from disk. */
export const RBXTS_ROOTS: Readonly<Record<string, undefined>> = Object.fromEntries(
  ['compiler-types/types/core.d.ts', 'types/include/roblox.d.ts', 'types/plugin.d.ts'].map((file) => [`${repoRoot}node_modules/@rbxts/${file}`, undefined]),
);

/**
 * Checks `files` (absolute path → contents; a path mapped to `undefined` is read from disk) and
 * returns the diagnostics as `file(line,col): TSxxxx message` lines; empty means no errors.
 */
export function typeCheck(files: Readonly<Record<string, string | undefined>>, options: TypeCheckOptions = {}): string[] {
  const program = createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return `TS${d.code}: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}(${line + 1},${character + 1}): TS${d.code} ${message}`;
  });
}

/** The program {@link typeCheck} checks, for tests that ask the type checker questions. */
export function createProgram(files: Readonly<Record<string, string | undefined>>, options: TypeCheckOptions = {}): ts.Program {
  const compilerOptions: ts.CompilerOptions = { ...STRICT_OPTIONS, ...options.compilerOptions };
  if (compilerOptions.noLib) delete compilerOptions.lib;
  const memory = new Map(
    Object.entries(files)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([p, text]) => [resolve(p), text]),
  );
  const host = ts.createCompilerHost(compilerOptions, true);
  const readFromDisk = host.readFile.bind(host);
  const getSourceFromDisk = host.getSourceFile.bind(host);
  host.fileExists = (fileName) => memory.has(resolve(fileName)) || existsSync(fileName);
  host.directoryExists = (dir) => [...memory.keys()].some((file) => file.startsWith(`${resolve(dir)}/`)) || existsSync(dir);
  host.realpath = (path) => path;
  host.readFile = (fileName) => memory.get(resolve(fileName)) ?? readFromDisk(fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = memory.get(resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    const cacheKey = `${String(languageVersion)}:${fileName}`;
    if (!diskCache.has(cacheKey)) diskCache.set(cacheKey, getSourceFromDisk(fileName, languageVersion, onError, shouldCreate));
    return diskCache.get(cacheKey);
  };
  return ts.createProgram({ rootNames: Object.keys(files).map((p) => resolve(p)), options: compilerOptions, host });
}
