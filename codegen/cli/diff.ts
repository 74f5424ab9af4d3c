/**
 * `rbx-webstream diff <old> <new>`: the changes between two dumps, as a Markdown changelog or as
 * JSON (the Change contract of codegen/diff/types.ts). Typed errors propagate to the shared
 * printer of cli.ts (exit 1); commander reports usage errors (exit 2).
 */
import { Option, type Command } from 'commander';
import type { DiffFormat } from '../diff/diffCommand.js';

interface DiffOptions {
  readonly format: DiffFormat;
  readonly scope?: string[];
  readonly oldLabel?: string;
  readonly newLabel?: string;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('list the API changes between two dumps, with their impact (breaking or compatible)')
    .argument('<old>', 'the older dump: a Full-API-Dump.json, or a folder holding one')
    .argument('<new>', 'the newer dump, the same way')
    .addOption(new Option('--format <format>', 'markdown changelog, or JSON changes for tools and `patch`').choices(['markdown', 'json']).default('markdown'))
    .option('--scope <class...>', 'compare only the slice of these classes (e.g. WebStreamClient)')
    .option('--old-label <label>', 'name of the older dump in the changelog (default: its version folder or path)')
    .option('--new-label <label>', 'name of the newer dump in the changelog')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rbx-webstream diff ../shared/api-dumps/0.733.0.7330989 ../shared/api-dumps/0.734.0.7340915\n  $ rbx-webstream diff old.json new.json --format json --scope WebStreamClient\n\nImpact rules: docs/diff-impact.md',
    )
    .action(async (oldPath: string, newPath: string, options: DiffOptions) => {
      const { runDiffCommand } = await import('../diff/diffCommand.js');
      const result = runDiffCommand(oldPath, newPath, {
        format: options.format,
        ...(options.scope === undefined ? {} : { scope: options.scope }),
        ...(options.oldLabel === undefined ? {} : { oldLabel: options.oldLabel }),
        ...(options.newLabel === undefined ? {} : { newLabel: options.newLabel }),
      });
      // The Markdown changelog carries the notes itself; JSON stays a plain list of changes.
      if (options.format === 'json') for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
      process.stdout.write(result.text);
    });
}
