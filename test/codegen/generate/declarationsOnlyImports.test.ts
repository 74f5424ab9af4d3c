/**
 * `generate --all --declarations-only` renders no Markdown, so it must not load Handlebars,
 * though it imports the page emitter; a run with pages loads Handlebars' runtime only, since its
 * templates are compiled ahead of time (the parser, compiler and source-map cost 40-100 ms of
 * start-up). One spawned process for both, since the test runner itself has loaded everything
 * by now.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'rbx-webstream-declarations-only-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const script = `
import { createRequire } from 'node:module';
const { generateAll } = await import('./codegen/generate/all.ts');
const loaded = (part) => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes(part));
const handlebars = () => ({ runtime: loaded('/node_modules/handlebars/'), compiler: loaded('/node_modules/handlebars/dist/cjs/handlebars/compiler/') });
await generateAll({ dump: 'api-dump/Full-API-Dump.json', out: ${JSON.stringify(join(out, 'declarations'))}, declarationsOnly: true });
const afterDeclarations = handlebars();
await generateAll({ dump: 'api-dump/Full-API-Dump.json', out: ${JSON.stringify(join(out, 'all'))} });
console.log(JSON.stringify({ afterDeclarations, afterPages: handlebars() }));
`;

it('generate --all --declarations-only does not load Handlebars; with pages it loads its runtime, not its compiler', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({
    afterDeclarations: { runtime: false, compiler: false },
    afterPages: { runtime: true, compiler: false },
  });
});
