/**
 * `npm run generate` (scripts/generateIfChanged.mjs) skips the generator only when nothing it
 * depends on changed: run on a copy of the repository's inputs, generator and output, it
 * generates the first time, answers "up to date" the second, and regenerates (restoring the
 * file) once an output file was edited by hand.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'generate-if-changed-'));
for (const entry of ['api-dump', 'codegen', 'generated', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
  cpSync(join(repoRoot, entry), join(copy, entry), { recursive: true });
}
symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
const stamp = join(copy, 'generate-stamp.json');

async function generate(): Promise<string> {
  const { stderr } = await run(process.execPath, [join(copy, 'scripts', 'generateIfChanged.mjs')], {
    cwd: copy,
    timeout: 120_000,
    env: { ...process.env, RBX_WEBSTREAM_GENERATE_STAMP: stamp, NODE_NO_WARNINGS: '1' },
  });
  return stderr;
}

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run generate up-to-date check', () => {
  it('generates, then skips while nothing changed, then regenerates after a hand edit', async () => {
    expect(await generate()).not.toMatch(/up to date/);
    expect(await generate()).toMatch(/^generated\/: up to date/);

    const model = join(copy, 'generated', 'model.json');
    const original = readFileSync(model, 'utf8');
    appendFileSync(model, ' ');
    expect(await generate()).not.toMatch(/up to date/);
    expect(readFileSync(model, 'utf8')).toBe(original);
    expect(await generate()).toMatch(/^generated\/: up to date/);
  }, 300_000);
});
