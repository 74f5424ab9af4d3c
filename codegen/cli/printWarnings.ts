/** Prints parser warnings to stderr, one line each, so stdout stays clean for data. */
import { truncateLine } from '../dump/messageText.js';
import type { DumpWarning } from '../dump/types.js';

/** One line, cut to a readable length (a 10 MB tag must not make a 10 MB line). */
export function formatWarning(file: string, warning: DumpWarning): string {
  return truncateLine(`warning ${warning.code}: ${file} at ${warning.path}: ${warning.message}`);
}

export function printWarnings(file: string, warnings: readonly DumpWarning[]): void {
  for (const warning of warnings) process.stderr.write(`${formatWarning(file, warning)}\n`);
}
