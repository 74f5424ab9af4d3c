/**
 * `npm run docs` (scripts/docs.ts) on bad input: one or two lines naming what is wrong and what
 * to do, the right exit code, no stack trace. (A full build is exercised by test/docs/site.test.ts.)
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatBytes, measureSite } from '../../scripts/docsSiteSize.js';

const run = promisify(execFile);

async function docs(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/docs.ts', ...args], {
      timeout: 30_000,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('npm run docs on bad input', () => {
  it('refuses an unknown option with the usage, exit 2', async () => {
    const { code, stderr } = await docs('--bogus');
    expect(code).toBe(2);
    expect(stderr).toBe("docs: Unknown option '--bogus'\nusage: npm run docs [-- --out <dir>] [-- --whole-api <dir> [--out <dir>]]\n");
  }, 40_000);

  it('names each missing input of a whole-API site and the command that makes it, exit 1', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-generation-'));
    try {
      const { code, stderr } = await docs('--whole-api', empty);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `docs: ${empty}/node/index.d.ts is missing; generate it with: npm run -s cli -- generate --all --dump <Full-API-Dump.json> --out ${empty}`,
        `docs: ${empty}/reference/index.md is missing; generate it with: npm run -s cli -- generate --all --dump <Full-API-Dump.json> --out ${empty}`,
      ]);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 40_000);
});

describe('site size', () => {
  it('formats bytes in decimal units', () => {
    expect([formatBytes(880), formatBytes(81_234), formatBytes(1_834_000)]).toEqual(['880 B', '81 kB', '1.8 MB']);
  });

  it('counts files, HTML pages and the search index, in sub-folders too', () => {
    const site = mkdtempSync(join(tmpdir(), 'small-site-'));
    try {
      mkdirSync(join(site, 'assets'));
      mkdirSync(join(site, 'documents'));
      writeFileSync(join(site, 'index.html'), '0123456789');
      writeFileSync(join(site, 'documents', 'a.html'), 'abcd');
      writeFileSync(join(site, 'assets', 'search.js'), '12345');
      writeFileSync(join(site, 'assets', 'style.css'), 'css');
      expect(measureSite(site)).toEqual({ files: 4, bytes: 22, htmlFiles: 2, htmlBytes: 14, searchBytes: 5 });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
