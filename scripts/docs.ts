/**
 * `npm run docs`: builds the documentation site into `docs/site/` with TypeDoc (options in
 * `typedoc.json`, our plugin in `docs/typedoc/`), then prints how long it took and how big it is.
 *
 *   npm run docs                          the slice site from generated/ (run `npm run generate` first)
 *   npm run docs -- --out <dir>           somewhere else
 *   npm run docs -- --whole-api <dir>     a site of a whole-API generation
 *                                         (`generate --all --dump … --out <dir>`): its declarations
 *                                         and reference pages, no runtime, no guides
 *
 * On GitHub Actions, links from the guides to source files point to the commit being built
 * (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_SHA`; see docs/typedoc/sourceFileLinks.ts).
 *
 * Exits 1, naming the missing file and the command that makes it, when an input is missing, and
 * when TypeDoc (or our plugin, e.g. on a broken history log) reports an error; 2 on a wrong
 * option. Never with a stack trace for bad input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Application, TSConfigReader, TypeDocReader, type TypeDocOptions } from 'typedoc';
import { formatError } from '../codegen/cli/printError.js';
import { githubSourceUrl } from '../docs/typedoc/sourceFileLinks.js';
import { formatBytes, measureSite } from './docsSiteSize.js';

interface BuildRequest {
  readonly out: string;
  readonly wholeApi?: string;
}

const USAGE = 'usage: npm run docs [-- --out <dir>] [-- --whole-api <dir> [--out <dir>]]';

function parseRequest(argv: readonly string[]): BuildRequest {
  const { values } = parseArgs({
    args: [...argv],
    options: { out: { type: 'string' }, 'whole-api': { type: 'string' } },
    strict: true,
  });
  const wholeApi = values['whole-api'];
  return { out: values.out ?? (wholeApi === undefined ? 'docs/site' : join(wholeApi, 'site')), ...(wholeApi === undefined ? {} : { wholeApi }) };
}

/** Inputs the build needs, each with the command that produces it. */
function requiredInputs(request: BuildRequest): { path: string; fix: string }[] {
  if (request.wholeApi !== undefined) {
    const fix = `generate it with: npm run -s cli -- generate --all --dump <Full-API-Dump.json> --out ${request.wholeApi}`;
    return [
      { path: join(request.wholeApi, 'node/index.d.ts'), fix },
      { path: join(request.wholeApi, 'reference/index.md'), fix },
    ];
  }
  return [
    { path: 'generated/node/index.d.ts', fix: 'run `npm run generate`' },
    { path: 'generated/reference/index.md', fix: 'run `npm run generate`' },
    { path: 'typedoc.json', fix: 'run from the repository root' },
  ];
}

/** `Roblox API 0.734.0.7340915`, from the version the generated header names (its dump's folder). */
function wholeApiName(declarations: string): string {
  const version = /\b0\.\d+\.\d+\.\d+\b/.exec(readFileSync(declarations, 'utf8').slice(0, 500))?.[0];
  return version === undefined ? 'Roblox API' : `Roblox API ${version}`;
}

/**
 * The options of a whole-API site (typedoc.json describes the slice site and is not read).
 * TypeDoc only documents files its tsconfig includes, so a small one naming the declarations
 * is written next to them.
 */
function wholeApiOptions(dir: string): TypeDocOptions {
  const tsconfig = join(dir, 'tsconfig.docs.json');
  const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2022'], target: 'ES2022', module: 'NodeNext' };
  writeFileSync(tsconfig, `${JSON.stringify({ compilerOptions, files: ['node/index.d.ts'] }, null, 2)}\n`);
  return {
    plugin: ['./docs/typedoc/plugin.ts'],
    tsconfig,
    name: wholeApiName(join(dir, 'node/index.d.ts')),
    entryPoints: [join(dir, 'node/index.d.ts')],
    projectDocuments: [join(dir, 'reference/index.md'), join(dir, 'reference/*.md')],
    readme: 'none',
    rbxReferenceDir: join(dir, 'reference'),
    // A single entry point becomes a module named after its file.
    rbxModules: { index: { name: 'Roblox API', summary: 'Every class and enum of the dump as TypeScript declarations (`generate --all`).' } },
    rbxDumpFile: '',
    rbxHistoryFile: '',
    skipErrorChecking: true,
    navigation: { includeGroups: true },
    groupOrder: ['Reference', 'Modules', 'Namespaces', 'Interfaces', 'Type Aliases', 'Properties', 'Events', 'Variables', 'Methods', '*'],
  };
}

async function build(request: BuildRequest): Promise<number> {
  const missing = requiredInputs(request).filter((input) => !existsSync(input.path));
  for (const input of missing) process.stderr.write(`docs: ${input.path} is missing; ${input.fix}\n`);
  if (missing.length > 0) return 1;

  const sourceUrl = githubSourceUrl(process.env);
  const overrides: TypeDocOptions = {
    out: request.out,
    ...(sourceUrl === '' ? {} : { rbxSourceUrl: sourceUrl }),
    ...(request.wholeApi === undefined ? {} : wholeApiOptions(request.wholeApi)),
  };
  const readers = request.wholeApi === undefined ? [new TypeDocReader(), new TSConfigReader()] : [new TSConfigReader()];
  const app = await Application.bootstrapWithPlugins(overrides, readers);
  const project = await app.convert();
  if (!project) {
    process.stderr.write('docs: TypeDoc could not convert the project (see the errors above)\n');
    return 1;
  }
  app.validate(project);
  if (app.logger.hasErrors()) {
    process.stderr.write('docs: TypeDoc reported errors (above); the site was not written\n');
    return 1;
  }
  await app.generateOutputs(project);
  // Since the process started: tsx, loading TypeDoc, converting and rendering.
  const seconds = performance.now() / 1000;
  if (app.logger.hasErrors()) return 1;

  const size = measureSite(request.out);
  const out = relative(process.cwd(), resolve(request.out)) || '.';
  process.stdout.write(
    `docs: ${out}/ built in ${seconds.toFixed(1)} s: ${size.files} files, ${formatBytes(size.bytes)}` +
      ` (HTML ${formatBytes(size.htmlBytes)} in ${size.htmlFiles} pages, search index ${formatBytes(size.searchBytes)})` +
      `${app.logger.warningCount > 0 ? `; ${app.logger.warningCount} warning(s) above` : ''}\n`,
  );
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let request: BuildRequest;
  try {
    request = parseRequest(argv);
  } catch (error) {
    process.stderr.write(`docs: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await build(request);
  } catch (error) {
    for (const line of formatError(error)) process.stderr.write(`docs: ${line}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
