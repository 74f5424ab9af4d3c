/**
 * `rbx-webstream compat <files or folders...> --target <V> [--json]`: reports each use of a
 * member or enum item of the WebStreamClient slice that is newer than engine build V (see
 * `codegen/compat/`). Exit 0 when there is none, 1 when there are (or on bad input), 2 on usage.
 */
import type { Command } from 'commander';

interface CompatCommandOptions {
  target: string;
  json?: boolean;
  input: string;
  tsconfig?: string;
  luauLsp?: string;
  definitions?: string;
}

export function registerCompat(program: Command): void {
  program
    .command('compat')
    .description('report uses of WebStreamClient members and enum items newer than an engine build, in TypeScript and Luau sources')
    .argument('<paths...>', 'files or folders (.ts/.tsx, .luau/.lua; node_modules, out, dist and dot-folders skipped)')
    .requiredOption('--target <V>', 'the oldest engine build to support: 0.686, 686 or 0.686.0.6860866')
    .option('--json', 'print the report as JSON')
    .option('--input <dir>', 'folder holding the slice Full-API-Dump.json and history.json', 'api-dump')
    .option('--tsconfig <file>', "the TypeScript project's tsconfig.json (default: strict defaults)")
    .option('--luau-lsp <binary>', 'luau-lsp, for Luau sources (default: $LUAU_LSP)')
    .option(
      '--definitions <file>',
      "luau-lsp's Roblox definitions, globalTypes.PluginSecurity.d.luau (default: $LUAU_LSP_DEFINITIONS, else next to the binary)",
    )
    .action(async (paths: string[], options: CompatCommandOptions) => {
      const [{ formatUse, runCompat }, { CompatError }] = await Promise.all([import('../compat/compat.js'), import('../compat/CompatError.js')]);
      const report = await runCompat({
        paths,
        target: options.target,
        input: options.input,
        ...(options.tsconfig === undefined ? {} : { tsconfig: options.tsconfig }),
        ...(options.luauLsp === undefined ? {} : { luauLsp: options.luauLsp }),
        ...(options.definitions === undefined ? {} : { definitions: options.definitions }),
      });
      if (options.json === true) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        for (const use of report.uses) process.stdout.write(`${formatUse(use)}\n`);
        for (const name of report.notCheckedInLuau) process.stderr.write(`note: the Luau definitions do not declare ${name}; its Luau uses are not checked\n`);
      }
      const { typescript, luau } = report.files;
      const summary = `${report.uses.length} use(s) newer than ${report.target} in ${typescript} TypeScript and ${luau} Luau file(s) (${report.milliseconds} ms)`;
      if (report.uses.length > 0) {
        const needs = report.uses
          .map((use) => use.needs)
          .sort()
          .at(-1)!;
        throw new CompatError(
          'COMPAT_NEWER_USES',
          summary,
          `require build ${needs} or later, or guard each use (for example, check the enum item or member exists before using it)`,
        );
      }
      if (options.json !== true) process.stderr.write(`${summary}\n`);
    });
}
