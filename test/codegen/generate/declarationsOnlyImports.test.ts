/**
 * `generate --all --declarations-only` renders no Markdown, so it must not load Handlebars (its
 * compiler and source-map cost 40-100 ms of start-up), though it imports the page emitter; a
 * run with pages does load it. One spawned process for both, since the test runner itself has
 * loaded everything by now.
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
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/handlebars/'));
await generateAll({ dump: 'api-dump/Full-API-Dump.json', out: ${JSON.stringify(join(out, 'declarations'))}, declarationsOnly: true });
const afterDeclarations = loaded();
await generateAll({ dump: 'api-dump/Full-API-Dump.json', out: ${JSON.stringify(join(out, 'all'))} });
console.log(JSON.stringify({ afterDeclarations, afterPages: loaded() }));
`;

it('generate --all --declarations-only does not load Handlebars; with pages it does', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ afterDeclarations: false, afterPages: true });
});
