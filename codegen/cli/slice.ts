/**
 * `rbx-webstream slice <full-dump> --class <Name> --out <file> [--pretty]`: writes the slice of
 * one class (see `sliceDump`) as a dump of the same format. The output keeps the input's style
 * (minified or Roblox's pretty form) unless `--pretty` is given, and is read back before it is
 * written, so a slice on disk always parses.
 */
import type { Command } from 'commander';
import { printWarnings } from './printWarnings.js';

export function registerSlice(program: Command): void {
  program
    .command('slice')
    .description('cut the part of a full API dump that one class needs, as a dump of the same format')
    .argument('<full-dump>', 'a Full-API-Dump.json, or a folder holding one')
    .requiredOption('--class <name>', 'the class to slice for, e.g. WebStreamClient')
    .requiredOption('--out <file>', 'where to write the slice')
    .option('--pretty', "write Roblox's pretty-printed form (default: the input's style)")
    .action(async (path: string, options: { class: string; out: string; pretty?: boolean }) => {
      const { readDumpFile } = await import('../dump/readDumpFile.js');
      const { parseDump } = await import('../dump/parseDump.js');
      const { detectDumpStyle, formatDumpJson, serializeDump } = await import('../dump/serializeDump.js');
      const { dumpStats } = await import('../dump/dumpStats.js');
      const { sliceDump } = await import('../slice/sliceDump.js');
      const { writeFileAtomic } = await import('../fs/writeFileAtomic.js');
      const { file, text, dump, warnings } = readDumpFile(path);
      printWarnings(file, warnings);
      const slice = sliceDump(dump, options.class);
      const style = options.pretty === true ? 'pretty' : detectDumpStyle(text);
      const output = formatDumpJson(serializeDump(slice), style);
      parseDump(output, options.out);
      writeFileAtomic(options.out, output);
      const stats = dumpStats(slice);
      process.stderr.write(
        `wrote ${options.out} (${style}): ${stats.classes} classes, ${stats.members} members, ${stats.enums} enums, ${stats.enumItems} enum items — the slice of ${options.class} from ${file}\n`,
      );
    });
}
