/**
 * What a command loads is what it pays for in start-up: `inspect` of a valid dump must not load
 * the HTTP client (undici, and with it http, tls and zlib: ~0.2 s of CPU) that only `update`
 * uses, nor jsonc-parser, which only a JSON syntax error needs. One spawned process, as the
 * test runner itself has loaded everything by now.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;

const script = `
import { createRequire } from 'node:module';
const { runCli } = await import('./codegen/cli/program.ts');
const write = process.stdout.write;
process.stdout.write = () => true;
const code = await runCli(['inspect', 'api-dump/Full-API-Dump.json']);
process.stdout.write = write;
const packages = Object.keys(createRequire(import.meta.url).cache)
  .filter((file) => file.includes('/node_modules/'))
  .map((file) => file.replace(/.*\\/node_modules\\//, '').split('/')[0]);
const builtins = process.moduleLoadList.filter((name) => /^NativeModule (http|https|tls|zlib)$/.test(name));
console.log(JSON.stringify({ code, packages: [...new Set(packages)], builtins }));
`;

describe('CLI start-up', () => {
  it('inspect of a valid dump loads neither undici nor jsonc-parser', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { code, packages, builtins } = JSON.parse(run.stdout) as { code: number; packages: string[]; builtins: string[] };
    expect(code).toBe(0);
    expect(packages).toContain('commander');
    expect(packages).not.toContain('undici');
    expect(packages).not.toContain('jsonc-parser');
    expect(builtins).toEqual([]);
  });
});
