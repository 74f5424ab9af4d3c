/**
 * Builds the `rbx-webstream` program and runs it. Each command lives in
 * `codegen/cli/<command>.ts` and registers itself; adding one is a line in `COMMANDS`. A command
 * imports its implementation when it runs (`await import(...)` in its action), not at start-up:
 * the implementations between them load ts-morph, undici and cli-progress (~0.8 s), and a run
 * should only pay for its own command (whole-API `generate --all` has a 1.5 s goal). Exit
 * codes: 0 ok, 1 bad input or failed check, 2 usage error (including a command that rewrites a
 * checkout run outside one, `locations.ts`). Failures print as one or two lines (`printError.ts`),
 * never as a stack trace. `--version` prints the package version and the API build
 * (`versionText.ts`).
 */
import { Command, CommanderError } from 'commander';
import { registerCompat } from './compat.js';
import { registerDiff } from './diff.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exitCodes.js';
import { registerGenerate } from './generate.js';
import { registerHistory } from './history.js';
import { registerInspect } from './inspect.js';
import { formatError } from './printError.js';
import { registerSlice } from './slice.js';
import { registerUpdate } from './update.js';
import { versionText } from './versionText.js';

const COMMANDS: readonly ((program: Command) => void)[] = [
  registerInspect,
  registerSlice,
  registerGenerate,
  registerDiff,
  registerHistory,
  registerUpdate,
  registerCompat,
];

export function createProgram(): Command {
  const program = new Command('rbx-webstream')
    .description("Tools for Roblox's API dump and the WebStreamClient slice: inspect, slice, generate, diff, history, update.")
    .showHelpAfterError('(run with --help for usage)')
    .option('-V, --version', 'print the package version and the Roblox API build it describes')
    .exitOverride();
  program.on('option:version', () => {
    process.stdout.write(versionText());
    throw new CommanderError(EXIT_OK, 'rbx-webstream.version', 'version printed');
  });
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI on `argv` (user arguments only) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and --version end here too.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    for (const line of formatError(error)) process.stderr.write(`${line}\n`);
    return EXIT_FAILURE;
  }
}
