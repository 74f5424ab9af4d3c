/**
 * The real entry point, spawned the way `npm run -s cli` runs it (tsx codegen/cli.ts): exit
 * codes reach the shell, a failure prints no stack trace, and a reader that stops early (`| head`)
 * ends the command quietly. Kept to four spawns (~1 s each).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../dump/fixtures/rawDumpFixture.js';

const repo = new URL('../../../', import.meta.url).pathname;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'codegen/cli.ts', ...args], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('codegen/cli.ts as a process', () => {
  it('exits 0 and prints data on stdout', () => {
    const run = cli('inspect', 'api-dump/Full-API-Dump.json', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ classes: 4, enums: 2 });
  });

  it('exits 1 on bad input with two lines and no stack trace', () => {
    const run = cli('inspect', 'package.json');
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'error DUMP_SCHEMA: package.json at Classes: required field "Classes" is missing',
      '  fix: a list of class objects',
    ]);
  });

  it('exits 2 on a usage error', () => {
    expect(cli('inspect', '--no-such-option').status).toBe(2);
  });

  it('the package bin is the bundled launcher, whose source starts with a shebang', () => {
    const manifest = JSON.parse(readFileSync(new URL('codegen/package.json', `file://${repo}`), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ 'rbx-webstream': './dist/rbx-webstream.cjs' });
    expect(readFileSync(new URL('codegen/cli/launcher.ts', `file://${repo}`), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 without a stack trace when the reader closes the pipe early (| head)', () => {
    const work = mkdtempSync(join(tmpdir(), 'rbx-epipe-'));
    try {
      const small = join(work, 'small.json');
      const large = join(work, 'large.json');
      writeFileSync(small, fixtureText());
      // ~3,000 added members: a JSON diff of about 1 MB, far more than a pipe holds.
      writeFileSync(
        large,
        fixtureText((raw) =>
          raw.Classes[3].Members.push(
            ...Array.from({ length: 3000 }, (_, i) => ({ MemberType: 'Event', Name: `Extra${i}`, Parameters: [], Security: 'None', ThreadSafety: 'Unsafe' })),
          ),
        ),
      );
      const script = `node --import tsx codegen/cli.ts diff ${small} ${large} --format json 2>${join(work, 'stderr')} | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const run = spawnSync('bash', ['-c', script], { cwd: repo, encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('0');
      expect(readFileSync(join(work, 'stderr'), 'utf8')).toBe('');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
