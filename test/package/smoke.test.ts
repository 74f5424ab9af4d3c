/**
 * The three published packages, used the way their audiences use them. One `npm run build`, one
 * `npm pack` of the three workspaces, then one install per package into its own empty folder (the
 * three in parallel, dependencies from the local npm cache where it has them):
 *
 * - `rbx-webstream` (runtime): the install holds it, `ws` and `undici` and nothing else, takes
 *   at most 6 MB on disk, and npm prints no install-script warning; a TypeScript consumer of the
 *   runtime and its Node declarations type-checks, and a Node script's SSE client receives a
 *   message from a server on 127.0.0.1.
 * - `rbx-webstream-types`: no dependencies; a roblox-ts project made from the `npm init roblox-ts`
 *   template, with the guide's two tsconfig.json lines and `@rbxts/types` + `@rbxts/compiler-types`
 *   at the versions this repository pins, type-checks a plugin script, and rbxtsc compiles it.
 * - `rbx-webstream-codegen`: from the empty folder, the bin prints the history of
 *   `WebStreamClient.Send` (since 696) and, with `--version`, the API build; `generate --all` works
 *   on the dump the package ships; `generate` refuses to run outside a checkout (exit 2); the bin
 *   keeps its code cache where `RBX_WEBSTREAM_COMPILE_CACHE` says and runs the same from it; on
 *   the real 0.734 dump, `generate --all` from the bundle writes what the sources write.
 *
 * Slow (a build, a pack, three installs): kept to this one file.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSnippets } from '../docs/helpers/guideSnippets.js';
import { describeWithRealDumps, realDumpPath } from '../helpers/realDumps.js';
import { checkRobloxTsProject, TEMPLATE_COMPILER_OPTIONS } from '../helpers/robloxTsTemplate.js';

const repo = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const RUNTIME_LIMIT_BYTES = 6_000_000;

interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000, env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `npm install` in a new folder of `work`; resolves with npm's whole output (warnings included). */
async function install(work: string, folder: string, specs: readonly string[]): Promise<{ dir: string; output: string }> {
  const dir = join(work, folder);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${folder}`, private: true, type: 'module' }, null, 2)}\n`);
  const { stdout, stderr } = await promisify(execFile)(npm, ['install', ...specs, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    env,
    timeout: 300_000,
  });
  return { dir, output: `${stdout}${stderr}` };
}

/** Bytes on disk under `dir`, as `du` counts them (allocated blocks, hard links once). */
function diskUsage(dir: string, seen = new Set<number>()): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stats = lstatSync(path);
    if (seen.has(stats.ino)) continue;
    seen.add(stats.ino);
    total += stats.blocks * 512;
    if (stats.isDirectory()) total += diskUsage(path, seen);
  }
  return total;
}

/**
 * The files the relative Markdown links of a declaration file or page point to (anchors and web
 * addresses left out), as absolute paths.
 */
function relativeLinks(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\]\(([^()\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => resolve(dirname(file), target));
}

/** Package names installed under `node_modules` (scoped ones as `@scope/name`). */
function installedPackages(dir: string): string[] {
  const modules = join(dir, 'node_modules');
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]))
    .sort();
}

describe('the three packed packages', () => {
  const rootManifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
  let work: string;
  const packed = new Map<string, PackedPackage>();
  let runtime: { dir: string; output: string };
  let typings: { dir: string; output: string };
  let codegen: { dir: string; output: string };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'rbx-webstream-pack-'));
    run(npm, ['run', '-s', 'build'], repo);
    const workspaces = ['runtime', 'codegen', 'generated/typings'].flatMap((dir) => ['--workspace', dir]);
    const packs = JSON.parse(run(npm, ['pack', ...workspaces, '--ignore-scripts', '--json', '--pack-destination', work], repo)) as PackedPackage[];
    for (const pack of packs) packed.set(pack.name, pack);
    const tarball = (name: string): string => join(work, packed.get(name)!.filename);
    const rbxts = ['@rbxts/types', '@rbxts/compiler-types'].map((name) => `${name}@${rootManifest.devDependencies[name]}`);
    [runtime, typings, codegen] = await Promise.all([
      install(work, 'runtime', [tarball('rbx-webstream')]),
      install(work, 'typings', [tarball('rbx-webstream-types'), ...rbxts]),
      install(work, 'codegen', [tarball('rbx-webstream-codegen')]),
    ]);
  }, 600_000);

  afterAll(() => {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it('packs all three at the root version, each with its LICENSE and README, with no tests, maps or install scripts', () => {
    expect([...packed.keys()].sort()).toEqual(['rbx-webstream', 'rbx-webstream-codegen', 'rbx-webstream-types']);
    for (const pack of packed.values()) {
      expect(pack.version, pack.name).toBe(rootManifest.version);
      const files = pack.files.map((file) => file.path);
      expect(files, pack.name).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
      expect(
        files.filter((path) => /(^|\/)(test|bench)\/|\.test\.[cm]?[jt]s$|\.map$|tsbuildinfo|^dist\/generated\/conformance\//.test(path)),
        pack.name,
      ).toEqual([]);
    }
    for (const [dir, name] of [
      [runtime.dir, 'rbx-webstream'],
      [typings.dir, 'rbx-webstream-types'],
      [codegen.dir, 'rbx-webstream-codegen'],
    ] as const) {
      const scripts = (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
      expect(
        Object.keys(scripts).filter((script) => /^(pre|post)?(install|prepare)$/.test(script)),
        name,
      ).toEqual([]);
    }
  });

  it('resolves every relative link of the generated declarations and pages inside the package that installs them', () => {
    // The runtime's Node declarations link to the pages it ships; the typings package ships its
    // own copy (and each pinned build its pages as of that build), since it cannot reach another
    // package's files. (The generator's own comments cite repository files, as its sources do.)
    for (const [dir, name] of [
      [runtime.dir, 'rbx-webstream'],
      [typings.dir, 'rbx-webstream-types'],
    ] as const) {
      const root = join(dir, 'node_modules', name);
      const files = packed.get(name)!.files.map((file) => file.path);
      const targets = files.filter((path) => /\.(d\.ts|md)$/.test(path)).flatMap((path) => relativeLinks(join(root, path)));
      expect(
        targets.filter((target) => !existsSync(target)).map((target) => relative(root, target)),
        name,
      ).toEqual([]);
      expect(targets.length, name).toBeGreaterThan(10);
    }
  });

  describe('rbx-webstream (runtime)', () => {
    it(`installs ws and undici only, in at most ${RUNTIME_LIMIT_BYTES / 1_000_000} MB, with no install-script warning`, () => {
      expect(installedPackages(runtime.dir)).toEqual(['rbx-webstream', 'undici', 'ws']);
      expect(diskUsage(join(runtime.dir, 'node_modules'))).toBeLessThanOrEqual(RUNTIME_LIMIT_BYTES);
      expect(runtime.output).not.toMatch(/install.scripts?|prepare/i);
    });

    it('type-checks a consumer of the runtime and its Node declarations', () => {
      writeFileSync(
        join(runtime.dir, 'tsconfig.json'),
        `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022'], types: ['node'], typeRoots: [join(repo, 'node_modules', '@types')] }, include: ['consumer.ts'] }, null, 2)}\n`,
      );
      writeFileSync(
        join(runtime.dir, 'consumer.ts'),
        [
          "import { HttpService, Enum, createHttpService } from 'rbx-webstream';",
          "import type { RequestOptions, WebStreamClient } from 'rbx-webstream/node';",
          '',
          "const options: RequestOptions = { Url: 'http://127.0.0.1:1/events', Method: 'GET' };",
          'const client: WebStreamClient = HttpService.CreateWebStreamClient(Enum.WebStreamClientType.SSE, options);',
          'client.MessageReceived.Connect((message: string) => console.log(message.length));',
          '// @ts-expect-error Send takes text, so the declarations are not `any`',
          'client.Send(42);',
          'console.log(createHttpService());',
          '',
        ].join('\n'),
      );
      const result = spawnSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
        cwd: runtime.dir,
        encoding: 'utf8',
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    }, 120_000);

    it('runs in Node: an SSE client receives a message from a local server', () => {
      writeFileSync(
        join(runtime.dir, 'client.mjs'),
        [
          "import { createServer } from 'node:http';",
          "import { HttpService, Enum } from 'rbx-webstream';",
          '',
          'const server = createServer((request, response) => {',
          "  response.writeHead(200, { 'content-type': 'text/event-stream' });",
          "  response.write('data: hello from 127.0.0.1\\n\\n');",
          '});',
          "server.listen(0, '127.0.0.1', () => {",
          '  const { port } = server.address();',
          '  const client = HttpService.CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: `http://127.0.0.1:${port}/events` });',
          '  client.MessageReceived.Connect((message) => {',
          '    console.log(`received: ${JSON.stringify(message)}`);',
          '    client.Close();',
          '    server.closeAllConnections();',
          '    server.close();',
          '  });',
          '  client.Error.Connect((status, message) => console.error(`error ${status}: ${message}`));',
          '});',
          'setTimeout(() => { console.error("no message within 10 s"); process.exit(1); }, 10_000).unref();',
          '',
        ].join('\n'),
      );
      const result = spawnSync(process.execPath, ['client.mjs'], { cwd: runtime.dir, encoding: 'utf8', timeout: 30_000 });
      expect(result.stderr).toBe('');
      // The engine hands SSE clients the event block as sent (docs/semantics.md): field name and blank line included.
      expect(result.stdout).toBe('received: "data: hello from 127.0.0.1\\n\\n"\n');
      expect(result.status).toBe(0);
    }, 60_000);
  });

  describe('rbx-webstream-types', () => {
    it('has no dependencies', () => {
      const manifest = JSON.parse(readFileSync(join(typings.dir, 'node_modules', 'rbx-webstream-types', 'package.json'), 'utf8')) as Record<string, unknown>;
      expect([manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies]).toEqual([undefined, undefined, undefined]);
      expect(installedPackages(typings.dir)).toEqual(['@rbxts/compiler-types', '@rbxts/types', 'rbx-webstream-types']);
    });

    it("type-checks a roblox-ts plugin in the npm init roblox-ts template with the guide's tsconfig lines, and rbxtsc compiles it", () => {
      const guide = 'docs/guides/roblox-ts.md';
      const snippets = new Map(extractSnippets(readFileSync(join(repo, guide), 'utf8'), guide).map((snippet) => [snippet.name, snippet.code]));
      const lines = (JSON.parse(snippets.get('tsconfig')!) as { compilerOptions: Record<string, unknown> }).compilerOptions;
      const plugin = snippets.get('plugin')!;
      // Not blind: the template as it comes does not see the declarations.
      expect(checkRobloxTsProject(typings.dir, TEMPLATE_COMPILER_OPTIONS, { 'plugin.server.ts': plugin }).join('\n')).toMatch(
        /Cannot find name 'WebStreamRequestOptions'/,
      );
      expect(checkRobloxTsProject(typings.dir, { ...TEMPLATE_COMPILER_OPTIONS, ...lines }, { 'plugin.server.ts': plugin })).toEqual([]);
      // The real compiler (roblox-ts 3.0.0, this repository's pinned copy) on the same project: it
      // also validates typeRoots and types, and it needs a Rojo project to place the output.
      writeFileSync(
        join(typings.dir, 'default.project.json'),
        JSON.stringify({ name: 'probe', tree: { $className: 'Folder', plugin: { $path: 'out' }, include: { $path: 'include' } } }),
      );
      const rbxtsc = spawnSync(process.execPath, [join(repo, 'node_modules', 'roblox-ts', 'out', 'CLI', 'cli.js'), 'build'], {
        cwd: typings.dir,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(rbxtsc.stdout + rbxtsc.stderr).toBe('');
      expect(rbxtsc.status).toBe(0);
      expect(readFileSync(join(typings.dir, 'out', 'plugin.server.luau'), 'utf8')).toContain(
        'HttpService:CreateWebStreamClient(Enum.WebStreamClientType.SSE, options)',
      );
    }, 180_000);
  });

  describe('rbx-webstream-codegen', () => {
    // The bin's code cache goes to this test's folder, not the user's (~/.cache).
    const bin = (...args: string[]) =>
      spawnSync(join(codegen.dir, 'node_modules', '.bin', 'rbx-webstream'), args, {
        cwd: codegen.dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...env, RBX_WEBSTREAM_COMPILE_CACHE: join(work, 'bin-cache') },
      });

    it('shows the history the package ships, from any folder: WebStreamClient.Send since 696', () => {
      const result = bin('history', 'show', 'WebStreamClient.Send');
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Function WebStreamClient\.Send — since 696 \(0\.696\./);
      expect(result.status).toBe(0);
    });

    it('--version prints the package version and the Roblox API build', () => {
      const history = JSON.parse(readFileSync(join(repo, 'api-dump', 'history.json'), 'utf8')) as {
        snapshot: { version: string };
        builds: { version: string; guid: string; date: string }[];
      };
      const build = history.builds.find((candidate) => candidate.version === history.snapshot.version)!;
      const result = bin('--version');
      expect(result.stdout).toBe(
        `rbx-webstream-codegen ${rootManifest.version}\nRoblox API ${build.version} (build ${build.guid}, ${build.date.slice(0, 10)})\n`,
      );
      expect(result.status).toBe(0);
    });

    it('generate --all works on the shipped dump; generate refuses outside a checkout (exit 2)', () => {
      const dump = join(codegen.dir, 'node_modules', 'rbx-webstream-codegen', 'dist', 'api-dump', 'Full-API-Dump.json');
      const out = join(codegen.dir, 'all');
      const all = bin('generate', '--all', '--dump', dump, '--out', out);
      expect(all.status, all.stderr).toBe(0);
      expect(readFileSync(join(out, 'node', 'index.d.ts'), 'utf8')).toContain('CreateWebStreamClient');
      const refused = bin('generate');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('error: generate rewrites a checkout of the rbx-webstream repository');
      expect(readdirSync(codegen.dir).sort()).toEqual(['all', 'node_modules', 'package-lock.json', 'package.json']);
    });

    it('keeps a code cache per command where RBX_WEBSTREAM_COMPILE_CACHE says, and prints the same from it', () => {
      const cacheDir = join(work, 'code-cache');
      const dump = join(codegen.dir, 'node_modules', 'rbx-webstream-codegen', 'dist', 'api-dump', 'Full-API-Dump.json');
      const inspect = () =>
        spawnSync(join(codegen.dir, 'node_modules', '.bin', 'rbx-webstream'), ['inspect', dump, '--json'], {
          cwd: codegen.dir,
          encoding: 'utf8',
          env: { ...env, RBX_WEBSTREAM_COMPILE_CACHE: cacheDir },
        });
      const first = inspect();
      expect(first.status, first.stderr).toBe(0);
      const files = readdirSync(cacheDir);
      expect(files).toEqual([expect.stringMatching(/^cli-[0-9a-f]{8}-inspect-[0-9a-f]{8}\.v8$/)]);
      expect(readFileSync(join(cacheDir, files[0]!), 'latin1')).toMatch(
        new RegExp(`^rbx-webstream code cache: node ${process.version} ${process.arch}, bundle of \\d+ bytes`),
      );
      const second = inspect();
      expect(second).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' });
      expect(readdirSync(cacheDir)).toEqual(files);
    });

    it('bundles its CLI as ASCII text, which the launcher reads as latin1', () => {
      const bundle = readFileSync(join(codegen.dir, 'node_modules', 'rbx-webstream-codegen', 'dist', 'cli.bundle.cjs'));
      expect(bundle.length).toBeGreaterThan(100_000);
      expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
    });
  });

  describeWithRealDumps('rbx-webstream-codegen on a real dump', ['0.734.0.7340915'], () => {
    it('generate --all from the bundle (pages written on the writer thread) is byte for byte what the sources write', () => {
      const out = join(work, 'real-all');
      const fromBin = spawnSync(
        join(codegen.dir, 'node_modules', '.bin', 'rbx-webstream'),
        ['generate', '--all', '--dump', realDumpPath('0.734.0.7340915'), '--out', out],
        {
          encoding: 'utf8',
          env,
        },
      );
      expect(fromBin.status, fromBin.stderr).toBe(0);
      renameSync(out, `${out}-bin`);
      run(process.execPath, ['--import', 'tsx', 'codegen/cli.ts', 'generate', '--all', '--dump', realDumpPath('0.734.0.7340915'), '--out', out], repo);
      const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
      expect(files(`${out}-bin`)).toEqual(files(out));
      expect(files(out).length).toBeGreaterThan(1_500);
      for (const file of files(out).filter((name) => name.endsWith('.md') || name.endsWith('.ts'))) {
        expect(readFileSync(join(`${out}-bin`, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
      }
    });
  });
});
