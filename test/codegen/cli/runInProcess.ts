/**
 * Runs the CLI inside the test process (no spawn, ~1 s saved per call) and captures what it
 * writes to stdout and stderr, with its exit code.
 */
import { vi } from 'vitest';
import { runCli } from '../../../codegen/cli/program.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runCli(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * For test files that assert on the last run's output piece by piece: `cli(args)` runs in process,
 * returns the exit code, and leaves what was printed in `output.stdout` / `output.stderr`.
 */
export function createCliRunner(): { cli: (args: readonly string[]) => Promise<number>; readonly output: { stdout: string; stderr: string } } {
  const output = { stdout: '', stderr: '' };
  return {
    output,
    cli: async (args) => {
      const run = await runInProcess(args);
      output.stdout = run.stdout;
      output.stderr = run.stderr;
      return run.code;
    },
  };
}
