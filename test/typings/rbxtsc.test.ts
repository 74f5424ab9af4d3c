/**
 * A real compiler as the client of the roblox-ts flavour: roblox-ts 3.0.0 (`rbxtsc`, a pinned dev
 * dependency, offline) compiles a small Studio plugin against the pinned @rbxts/types and our
 * declarations — typed `WebStreamRequestOptions`, every event, Send, Close and ConnectionState —
 * and the emitted Luau is checked for the calls a plugin makes. One rbxtsc run; the misuse
 * checks go through the TypeScript that rbxtsc itself bundles, on the same project, so they
 * cost a type-check rather than a second compile.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const rbxtscCli = require.resolve('roblox-ts/out/CLI/cli.js');
/** The TypeScript rbxtsc compiles with (roblox-ts pins its own version). */
const rbxtsTypeScript = require(require.resolve('typescript', { paths: [join(rbxtscCli, '..', '..', '..')] })) as typeof import('typescript');

/** The roblox-ts declarations: generated/typings/index.d.ts once the package layout lands there. */
function robloxTsDeclarations(): string {
  const candidates = ['generated/typings/index.d.ts', 'generated/roblox-ts/index.d.ts'].map((path) => join(repoRoot, path));
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`no roblox-ts declarations at ${candidates.join(' or ')}; run npm run generate`);
  return found;
}

const TSCONFIG = {
  compilerOptions: {
    allowSyntheticDefaultImports: true,
    downlevelIteration: true,
    module: 'commonjs',
    moduleResolution: 'Node',
    moduleDetection: 'force',
    noLib: true,
    strict: true,
    target: 'ESNext',
    typeRoots: ['node_modules/@rbxts'],
    // A plugin project: @rbxts/types plus its plugin globals (\`plugin\`).
    types: ['types', 'types/plugin'],
    rootDir: 'src',
    outDir: 'out',
    baseUrl: 'src',
    incremental: false,
  },
  include: ['src'],
};

/** A Rojo project is required for a non-package project; rbxtsc reads where `include` goes. */
const ROJO_PROJECT = { name: 'webstream-probe', tree: { $className: 'Folder', plugin: { $path: 'out' }, include: { $path: 'include' } } };

const PLUGIN = `
const HttpService = game.GetService("HttpService");

const options: WebStreamRequestOptions = {
  Url: "ws://127.0.0.1:8080/socket",
  Headers: { Authorization: "Bearer token" },
  Compress: Enum.HttpCompression.None,
  Timeout: 10,
};
const client = HttpService.CreateWebStreamClient(Enum.WebStreamClientType.WebSocket, options);

client.Opened.Connect((responseStatusCode, headers) => {
  print(\`opened with \${responseStatusCode}\`, headers.size());
  client.Send("hello");
});
client.MessageReceived.Connect((message) => print(message.upper()));
client.Error.Connect((responseStatusCode, errorMessage) => warn(responseStatusCode + 0, errorMessage));
client.Closed.Connect(() => {
  const state: Enum.WebStreamClientState = client.ConnectionState;
  print(state === Enum.WebStreamClientState.Closed ? "closed" : state.Name);
});
client.GetPropertyChangedSignal("ConnectionState").Connect(() => print(client.ConnectionState.Name));

plugin.Unloading.Connect(() => client.Close());
`;

/**
 * Type-checks extra files in the probe project with the TypeScript rbxtsc bundles (one program);
 * returns `file:line: TSxxxx` per error outside node_modules.
 */
function typeErrors(dir: string, files: Readonly<Record<string, string>>): string[] {
  const ts = rbxtsTypeScript;
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, 'src', name);
    writeFileSync(path, text);
    return path;
  });
  try {
    const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (config === undefined) throw new Error('tsconfig.json of the probe project did not parse');
    const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true, skipLibCheck: true } }); // rbxtsc checked the .d.ts files already
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || !d.file.fileName.includes('/node_modules/'))
      .map((d) => {
        const where =
          d.file && d.start !== undefined ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '(global)';
        return `${where}: TS${d.code}`;
      });
  } finally {
    for (const path of paths) rmSync(path, { force: true });
  }
}

const MISUSE = [
  'const timeout: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Timeout: "10" };',
  'const method: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Method: "get" };',
  'const compress: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Compress: Enum.WebStreamClientType.SSE };',
  'const url: WebStreamRequestOptions = { Url: 8080 };',
  'export { timeout, method, compress, url };',
].join('\n');

/** What RequestAsync takes must assign: Enum.HttpCompression, GetSecret values, a RequestAsyncRequest. */
const REQUEST_ASYNC_PROBE = [
  'const HttpService = game.GetService("HttpService");',
  'const key = HttpService.GetSecret("service_key");',
  'declare const request: RequestAsyncRequest;',
  'const fromRequest: WebStreamRequestOptions = request;',
  'const secret: WebStreamRequestOptions = { Url: key, Headers: { Authorization: key }, Compress: Enum.HttpCompression.Gzip };',
  'HttpService.CreateWebStreamClient("SSE", secret);',
  'HttpService.CreateWebStreamClient(1, fromRequest);',
  'export {};',
].join('\n');

describe('rbxtsc compiles a Studio plugin against @rbxts/types and our roblox-ts declarations', () => {
  let dir = '';
  let compile: { code: number; output: string } = { code: -1, output: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rbxtsc-probe-'));
    mkdirSync(join(dir, 'src'));
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'webstream-probe', version: '0.0.0', private: true })}\n`);
    writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    writeFileSync(join(dir, 'default.project.json'), `${JSON.stringify(ROJO_PROJECT, null, 2)}\n`);
    writeFileSync(join(dir, 'src', 'webstream.d.ts'), `/// <reference path=${JSON.stringify(robloxTsDeclarations())} />\n`);
    writeFileSync(join(dir, 'src', 'plugin.server.ts'), PLUGIN);
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [rbxtscCli, '--type', 'model', '--noInclude', '-p', dir], {
        cwd: dir,
        timeout: 150_000,
      });
      compile = { code: 0, output: stdout + stderr };
    } catch (error) {
      const failure = error as { code?: number; stdout?: string; stderr?: string; message: string };
      compile = { code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}${failure.message}` };
    }
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles without errors and emits the Luau a plugin needs', () => {
    expect(compile.output).not.toMatch(/error/i);
    expect(compile.code).toBe(0);
    const luau = readFileSync(join(dir, 'out', 'plugin.server.luau'), 'utf8');
    expect(luau).toContain('local HttpService = game:GetService("HttpService")');
    expect(luau).toContain('Compress = Enum.HttpCompression.None,');
    expect(luau).toContain('local client = HttpService:CreateWebStreamClient(Enum.WebStreamClientType.WebSocket, options)');
    for (const event of ['Opened', 'MessageReceived', 'Error', 'Closed']) expect(luau).toContain(`client.${event}:Connect(function(`);
    expect(luau).toContain('client:Send("hello")');
    expect(luau).toContain('client:Close()');
    expect(luau).toContain('local state = client.ConnectionState');
    expect(luau).toContain('state == Enum.WebStreamClientState.Closed');
    expect(luau).toContain('string.upper(message)'); // the handler's parameter is typed string
    expect(luau).toContain('client:GetPropertyChangedSignal("ConnectionState"):Connect(function(');
  });

  it("refuses a wrong field type in a named WebStreamRequestOptions, and takes what RequestAsync takes (rbxtsc's TypeScript, same project)", () => {
    expect(typeErrors(dir, { 'misuse.ts': MISUSE, 'probe.ts': REQUEST_ASYNC_PROBE })).toEqual([
      'src/misuse.ts:1: TS2322',
      'src/misuse.ts:2: TS2820', // "get" is not a method; TypeScript suggests "GET"
      'src/misuse.ts:3: TS2322',
      'src/misuse.ts:4: TS2322',
    ]);
  }, 120_000);
});
