/**
 * The command line once its process is set up: what both entry points run. `codegen/cli.ts` (the
 * sources, through tsx) calls it directly; the package's bin (`launcher.ts`) runs it from the
 * bundle `dist/cli.bundle.cjs`, whose entry this module is (scripts/bundleCli.mjs).
 */
import { runCli } from './program.js';
import { exitQuietlyOnClosedPipe } from './quietPipes.js';

/** Runs the CLI on `argv` (user arguments only) and resolves with the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  return runCli(argv);
}
