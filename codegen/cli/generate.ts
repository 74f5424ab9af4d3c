/**
 * `rbx-webstream generate [--check]`: regenerates `generated/` from `api-dump/` (see
 * `codegen/generate/`). With `--check` nothing is written; the command lists the files that
 * differ and exits 1 if any do (`npm run check:generated`, run by CI).
 * `generate --all --dump <file> --out <dir>` is whole-API mode (`codegen/generate/all.ts`).
 * Those two and `--api-version <V> --out <dir>` (outside a checkout: from the shipped data) run
 * anywhere; plain `generate` and `--check` rewrite or compare a checkout's `generated/` and run
 * only in one.
 *
 * The two pipelines are imported when the command runs, each only in its own mode: the slice's
 * emitters load ts-morph (~0.6 s), which whole-API mode does not need and must not pay for
 * (its goal is 1.5 s for the whole run; see bench/generateAll.ts).
 */
import type { Command } from 'commander';
import { GenerateError } from '../generate/GenerateError.js';
import { isCheckout, requireCheckout, shippedDataDir } from './locations.js';
import { printWarnings } from './printWarnings.js';

interface GenerateCommandOptions {
  check?: boolean;
  input: string;
  out: string;
  all?: boolean;
  dump?: string;
  history?: string;
  declarationsOnly?: boolean;
  apiVersion?: string;
}

async function runWholeApi(options: GenerateCommandOptions, command: Command): Promise<void> {
  if (options.dump === undefined) command.error('error: generate --all needs --dump <Full-API-Dump.json>');
  if (command.getOptionValueSource('out') !== 'cli') command.error('error: generate --all needs --out <dir> (it must not write into generated/)');
  if (options.check === true) command.error('error: generate --all does not support --check');
  const allOptions = {
    dump: options.dump,
    out: options.out,
    ...(options.history === undefined ? {} : { history: options.history }),
    declarationsOnly: options.declarationsOnly === true,
    ...(options.apiVersion === undefined ? {} : { apiVersion: options.apiVersion }),
  };
  const { describeGenerateAll, generateAll } = await import('../generate/all.js');
  const result = await generateAll(allOptions);
  printWarnings(options.dump, result.warnings);
  for (const line of describeGenerateAll(result, allOptions)) process.stderr.write(`${line}\n`);
}

async function runPinned(options: GenerateCommandOptions, apiVersion: string, command: Command): Promise<void> {
  if (command.getOptionValueSource('out') !== 'cli')
    command.error('error: generate --api-version needs --out <dir> (generated/ holds the current build; its typings/api/ folders hold the shipped older ones)');
  if (options.check === true) command.error('error: generate --api-version does not support --check');
  const { generatePinned } = await import('../generate/pinnedTypings.js');
  const result = generatePinned({ inputDir: options.input, out: options.out, apiVersion });
  for (const path of result.files) process.stderr.write(`  written: ${options.out}/${path}\n`);
  const lacking = result.removed.length === 0 ? 'nothing newer removed' : `not in this build: ${result.removed.join(', ')}`;
  process.stderr.write(`${options.out}/: typings as of Roblox build ${result.build} (${lacking})\n`);
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('regenerate generated/ from api-dump/ (the slice dump and docs.json)')
    .option('--check', 'write nothing; exit 1 listing the files in the output folder that differ')
    .option('--input <dir>', 'folder holding Full-API-Dump.json and docs.json', 'api-dump')
    .option('--out <dir>', 'output folder', 'generated')
    .option('--all', 'whole-API mode: declarations and reference pages for every class and enum of --dump, into --out')
    .option('--dump <file>', 'with --all: a Full-API-Dump.json, or a folder holding one')
    .option('--history <file>', 'with --all: a history log (history.json) to date members with')
    .option('--declarations-only', 'with --all: write node/index.d.ts only, no reference pages')
    .option('--api-version <V>', 'pin the output to engine build V as the history records it (0.686, 686 or 0.686.0.6860866); needs --out')
    .action(async (options: GenerateCommandOptions, command: Command) => {
      if (options.all === true) {
        if (options.apiVersion !== undefined && options.history === undefined)
          command.error('error: generate --all --api-version needs --history <history.json> to know what each build had');
        await runWholeApi(options, command);
        return;
      }
      const wholeApiOnly = [
        ['--dump', options.dump],
        ['--history', options.history],
        ['--declarations-only', options.declarationsOnly],
      ]
        .filter(([, value]) => value !== undefined)
        .map(([flag]) => flag);
      if (wholeApiOnly.length > 0)
        command.error(
          `error: ${wholeApiOnly.join(', ')} ${wholeApiOnly.length === 1 ? 'goes' : 'go'} with --all (whole-API mode); without --all, generate reads --input (default api-dump/)`,
        );
      if (options.apiVersion !== undefined) {
        // Read-only for a checkout: outside one, the input is the data the package ships.
        const input = command.getOptionValueSource('input') === 'default' && !isCheckout('.') ? shippedDataDir() : options.input;
        await runPinned({ ...options, input }, options.apiVersion, command);
        return;
      }
      requireCheckout(command, 'generate', '.');
      const { runGenerate } = await import('../generate/generate.js');
      const { displayPath } = await import('../generate/loadGenerateInput.js');
      const check = options.check === true;
      const { loaded, comparison, upToDate } = runGenerate({ inputDir: options.input, outDir: options.out, check });
      printWarnings(loaded.dumpFile, loaded.warnings);
      const out = displayPath(options.out);
      const input = displayPath(options.input);
      const lines = [
        ...comparison.changed.map((path) => `  ${check ? 'differs' : 'updated'}: ${out}/${path}`),
        ...comparison.missing.map((path) => `  ${check ? 'missing' : 'created'}: ${out}/${path}`),
        ...comparison.stale.map((path) => `  ${check ? 'stale (no emitter makes it)' : 'removed'}: ${out}/${path}`),
      ];
      for (const line of lines) process.stderr.write(`${line}\n`);
      if (check && !upToDate) {
        throw new GenerateError(
          'GENERATE_OUT_OF_DATE',
          `${lines.length} file(s) in ${out}/ differ from what ${input}/ gives`,
          'run `npm run generate` and commit the result',
        );
      }
      const { changed, missing, stale, unchanged } = comparison;
      process.stderr.write(
        check
          ? `${out}/: all ${unchanged.length} generated file(s) up to date\n`
          : `${out}/: ${changed.length + missing.length} written, ${unchanged.length} unchanged, ${stale.length} removed\n`,
      );
    });
}
