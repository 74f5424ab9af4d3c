/**
 * The real entry point, spawned the way `npm run -s cli` runs it (tsx codegen/cli.ts): exit
 * codes reach the shell and a failure prints no stack trace. Kept to three spawns (~1 s each).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('starts with a shebang, so the built file runs as the package bin', () => {
    expect(readFileSync(new URL('codegen/cli.ts', `file://${repo}`), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
