/**
 * Imports run one way, and `npm run check:imports` (dependency-cruiser with
 * .dependency-cruiser.cjs) proves it: the repository passes, and a small tree with one import of
 * each forbidden kind — runtime → codegen, codegen → runtime, generated → test, a lower codegen
 * layer → a higher one (dump → emit, diff → history) — fails with exactly those rules.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const depcruise = join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = join(repoRoot, '.dependency-cruiser.cjs');

function cruise(cwd: string, folders: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [depcruise, ...folders, '--config', config, '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('import direction (npm run check:imports)', { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'import-direction-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds for the repository', () => {
    const { status, output } = cruise(repoRoot, ['codegen', 'runtime', 'generated', 'scripts']);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('fails on each kind of import against the direction, naming the rule', () => {
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true },
      }),
      'runtime/client.ts': "import { parse } from '../codegen/dump/parse.ts';\nexport const client = parse;\n",
      'codegen/dump/parse.ts': "import { emit } from '../emit/emit.ts';\nexport const parse = emit;\n",
      'codegen/emit/emit.ts': "import { client } from '../../runtime/client.ts';\nexport const emit = () => client;\n",
      'codegen/diff/diff.ts': "import { log } from '../history/log.ts';\nexport const diff = log;\n",
      'codegen/history/log.ts': 'export const log = 1;\n',
      'generated/conformance/suite.ts': "import { harness } from '../../test/conformance/harness.ts';\nexport const suite = harness;\n",
      'test/conformance/harness.ts': 'export const harness = 1;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const { status, output } = cruise(scratch, ['codegen', 'runtime', 'generated']);
    expect(status).not.toBe(0);
    const rules = [...output.matchAll(/error (\S+): (\S+) → (\S+)/g)].map((m) => `${m[1]}: ${m[2]} -> ${m[3]}`).sort();
    expect(rules).toEqual([
      'codegen-layer-diff: codegen/diff/diff.ts -> codegen/history/log.ts',
      'codegen-layer-dump: codegen/dump/parse.ts -> codegen/emit/emit.ts',
      'codegen-not-runtime: codegen/emit/emit.ts -> runtime/client.ts',
      'generated-only-generated: generated/conformance/suite.ts -> test/conformance/harness.ts',
      'nothing-imports-tests: generated/conformance/suite.ts -> test/conformance/harness.ts',
      'runtime-not-codegen: runtime/client.ts -> codegen/dump/parse.ts',
    ]);
  });
});
