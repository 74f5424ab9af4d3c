/**
 * Builds the `rbx-webstream` program and runs it. Each command lives in
 * `codegen/cli/<command>.ts` and registers itself; adding one is a line in `COMMANDS`. A command
 * imports its implementation when it runs (`await import(...)` in its action), not at start-up:
 * the implementations between them load ts-morph, undici and cli-progress (~0.8 s), and a run
 * should only pay for its own command (whole-API `generate --all` has a 1.5 s goal). For the same
 * reason a run that names a command registers that command alone: the other registrations and
 * what they import (update's defaults, generate's locations, ...) were a fifth of the modules
 * `inspect` loaded. Without a known command name first (`--help`, `--version`, a typo commander
 * suggests a fix for), every command is registered. Exit
 * codes: 0 ok, 1 bad input or failed check, 2 usage error (including a command that rewrites a
 * checkout run outside one, `locations.ts`). Failures print as one or two lines (`printError.ts`),
 * never as a stack trace. `--version` prints the package version and the API build
 * (`versionText.ts`).
 */
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exitCodes.js';
import { formatError } from './printError.js';
import { versionText } from './versionText.js';

type Register = (program: Command) => void;

/** Each command by name, with the module that registers it (in the order `--help` lists them). */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  inspect: async () => (await import('./inspect.js')).registerInspect,
  slice: async () => (await import('./slice.js')).registerSlice,
  generate: async () => (await import('./generate.js')).registerGenerate,
  diff: async () => (await import('./diff.js')).registerDiff,
  history: async () => (await import('./history.js')).registerHistory,
  update: async () => (await import('./update.js')).registerUpdate,
  compat: async () => (await import('./compat.js')).registerCompat,
};

/** The program for `argv` (user arguments): with the command `argv` names, or with all of them. */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('rbx-webstream')
    .description("Tools for Roblox's API dump and the WebStreamClient slice: inspect, slice, generate, diff, history, update.")
    .showHelpAfterError('(run with --help for usage)')
    .option('-V, --version', 'print the package version and the Roblox API build it describes')
    .exitOverride();
  program.on('option:version', () => {
    process.stdout.write(versionText());
    throw new CommanderError(EXIT_OK, 'rbx-webstream.version', 'version printed');
  });
  const first = argv[0];
  const names = first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program);
  return program;
}

/** Runs the CLI on `argv` (user arguments only) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await (await createProgram(argv)).parseAsync([...argv], { from: 'user' });
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
