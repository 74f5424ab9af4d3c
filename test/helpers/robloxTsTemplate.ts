/**
 * The tsconfig.json of the project `npm init roblox-ts` creates (create-roblox-ts's templates,
 * https://github.com/roblox-ts/create-roblox-ts/tree/main/templates): the options rbxtsc
 * requires plus the template's configurable ones; and a type-check of such a project. Used by
 * the roblox-ts guide test and the package smoke test.
 *
 * Diagnostics are gathered the way `rbxtsc` gathers them: the options and global ones (TS2688 is
 * one) and those of the project's own files, not of the libraries under node_modules
 * (@rbxts/types 1.0.954 has errors of its own under a full check). The template targets the
 * TypeScript that roblox-ts 3.0.0 ships (5.5.3); this repository's TypeScript 6 flags three of
 * its options (`moduleResolution: Node`, `baseUrl`, `downlevelIteration`) as deprecated, which
 * the check silences with `ignoreDeprecations` and nothing else.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The compilerOptions of the template's tsconfig.json, as `npm init roblox-ts` writes them. */
export const TEMPLATE_COMPILER_OPTIONS: Readonly<Record<string, unknown>> = {
  allowSyntheticDefaultImports: true,
  downlevelIteration: true,
  jsx: 'react',
  jsxFactory: 'React.createElement',
  jsxFragmentFactory: 'React.Fragment',
  module: 'commonjs',
  moduleResolution: 'Node',
  noLib: true,
  resolveJsonModule: true,
  experimentalDecorators: true,
  forceConsistentCasingInFileNames: true,
  moduleDetection: 'force',
  strict: true,
  target: 'ESNext',
  typeRoots: ['node_modules/@rbxts'],
  types: ['types'],
  rootDir: 'src',
  outDir: 'out',
  baseUrl: 'src',
  incremental: true,
  tsBuildInfoFile: 'out/tsconfig.tsbuildinfo',
};
export const TEMPLATE_EXCLUDE = ['out', 'node_modules', 'eslint.config.ts'];

/** Writes the project's tsconfig.json and `src/` files, then type-checks it as rbxtsc does; returns the diagnostics as text. */
export function checkRobloxTsProject(project: string, compilerOptions: Readonly<Record<string, unknown>>, sources: Readonly<Record<string, string>>): string[] {
  rmSync(join(project, 'src'), { recursive: true, force: true });
  mkdirSync(join(project, 'src'), { recursive: true });
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(project, 'src', file), text);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, exclude: TEMPLATE_EXCLUDE }, null, 2));
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(project, 'tsconfig.json'),
    { ignoreDeprecations: '6.0' },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const own = program.getSourceFiles().filter((file) => file.fileName.startsWith(`${project}/src/`));
  const diagnostics = [
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.replace(`${project}/`, '')}(${line + 1},${character + 1}): TS${diagnostic.code} ${message}`;
  });
}
