/**
 * The published package, used the way a consumer uses it: `npm run build`, `npm pack` into a
 * temp folder, `npm install <tarball>` into a fresh project (dependencies from the local npm
 * cache), then: the tarball holds what the exports name and no tests or input data; a TypeScript
 * file importing `rbx-webstream`, `rbx-webstream/node` and `rbx-webstream/codegen` type-checks
 * with the repo's tsc; a Node script's SSE client receives a message from a server on 127.0.0.1;
 * the `rbx-webstream` bin regenerates the output (its templates are in the package). Slow (one
 * build, one install): kept to this one file.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackedFile {
  readonly path: string;
}

function run(command: string, args: readonly string[], cwd: string, timeout = 240_000): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

describe('the packed rbx-webstream package', () => {
  let work: string;
  let project: string;
  let files: string[];
  let installed: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rbx-webstream-pack-'));
    run(npm, ['run', '-s', 'build'], repo);
    const packed = JSON.parse(run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repo).stdout) as { filename: string; files: PackedFile[] }[];
    const tarball = join(work, packed[0]!.filename);
    files = packed[0]!.files.map((file) => file.path);
    project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'rbx-webstream-consumer', private: true, type: 'module' }, null, 2)}\n`);
    run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
    installed = join(project, 'node_modules', 'rbx-webstream');
  }, 420_000);

  afterAll(() => {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it('holds every file its exports and bin name, and no tests, benchmarks or input data', () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>>; bin: Record<string, string> };
    const targets = Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
    for (const target of [...targets, ...Object.values(manifest.bin)]) expect(files).toContain(target.replace(/^\.\//, ''));
    expect(files.filter((path) => /(^|\/)(test|bench|api-dump)\/|\.test\.[cm]?[jt]s$|\.map$|tsbuildinfo|^dist\/generated\/conformance\//.test(path))).toEqual([]);
    const templates = (dir: string): string[] =>
      readdirSync(join(repo, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? templates(`${dir}/${entry.name}`) : entry.name.endsWith('.hbs') ? [`dist/${dir}/${entry.name}`] : []));
    expect(templates('codegen').length).toBeGreaterThan(5);
    for (const template of templates('codegen')) expect(files).toContain(template);
  });

  it('type-checks a consumer importing the runtime, the Node declarations and the generator API', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022'], types: ['node'], typeRoots: [join(repo, 'node_modules', '@types')] }, include: ['consumer.ts'] }, null, 2)}\n`,
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { HttpService, Enum, createHttpService } from 'rbx-webstream';",
        "import type { RequestOptions, WebStreamClient } from 'rbx-webstream/node';",
        "import { parseDump, sliceDump, diff, type Change } from 'rbx-webstream/codegen';",
        '',
        "const options: RequestOptions = { Url: 'http://127.0.0.1:1/events', Method: 'GET' };",
        'const client: WebStreamClient = HttpService.CreateWebStreamClient(Enum.WebStreamClientType.SSE, options);',
        'client.MessageReceived.Connect((message: string) => console.log(message.length));',
        '// @ts-expect-error Send takes text, so the declarations are not `any`',
        'client.Send(42);',
        'const service = createHttpService();',
        "const { dump } = parseDump('{}', 'x.json');",
        "const changes: Change[] = diff(sliceDump(dump, 'WebStreamClient'), dump);",
        'console.log(service, changes.length);',
        '',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('runs in Node: an SSE client receives a message from a local server', () => {
    writeFileSync(
      join(project, 'client.mjs'),
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
        "  client.Error.Connect((status, message) => console.error(`error ${status}: ${message}`));",
        '});',
        'setTimeout(() => { console.error("no message within 10 s"); process.exit(1); }, 10_000).unref();',
        '',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, ['client.mjs'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    // The engine hands SSE clients the event block as sent (docs/semantics.md): field name and blank line included.
    expect(result.stdout).toBe('received: "data: hello from 127.0.0.1\\n\\n"\n');
    expect(result.status).toBe(0);
  }, 60_000);

  it('ships a working rbx-webstream bin: generate renders every output from the repo\'s api-dump/', () => {
    const out = join(work, 'generated');
    const bin = join(project, 'node_modules', '.bin', 'rbx-webstream');
    const result = spawnSync(bin, ['generate', '--input', join(repo, 'api-dump'), '--out', out], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toContain('generated');
    expect(result.status).toBe(0);
    expect(existsSync(join(installed, 'dist', 'codegen', 'cli.js'))).toBe(true);
    for (const path of ['model.json', 'node/index.d.ts', 'roblox-ts/index.d.ts', 'reference/WebStreamClient.md']) expect(existsSync(join(out, path))).toBe(true);
    expect(readFileSync(join(out, 'node', 'index.d.ts'), 'utf8')).toContain('Roblox API 0.734.0.7340915 (build version-d679641ad17741aa');
  }, 180_000);
});
