/**
 * A run that names a command registers that command alone (codegen/cli/program.ts), so it loads
 * no other command's module; without a known command first, every command is there, for the
 * program's help, --version and commander's "did you mean" on a typo.
 */
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../../codegen/cli/program.js';
import { runInProcess } from './runInProcess.js';

const ALL = ['inspect', 'slice', 'generate', 'diff', 'history', 'update', 'compat'];
const names = async (argv: string[]): Promise<string[]> => (await createProgram(argv)).commands.map((command) => command.name());

describe('createProgram', () => {
  it('registers only the command a run names', async () => {
    expect(await names(['inspect', 'dump.json', '--json'])).toEqual(['inspect']);
    expect(await names(['diff', 'a', 'b'])).toEqual(['diff']);
  });

  it('registers every command, in help order, when the first argument names none', async () => {
    for (const argv of [[], ['--help'], ['--version'], ['inspekt', 'dump.json'], ['help', 'inspect']]) expect(await names(argv)).toEqual(ALL);
  });

  it('still suggests the command a typo meant', async () => {
    const run = await runInProcess(['inspekt', 'dump.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(Did you mean inspect?)');
  });
});
