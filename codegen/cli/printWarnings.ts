/** Prints parser warnings to stderr, one line each, so stdout stays clean for data. */
import type { DumpWarning } from '../dump/types.js';

export function formatWarning(file: string, warning: DumpWarning): string {
  return `warning ${warning.code}: ${file} at ${warning.path}: ${warning.message}`;
}

export function printWarnings(file: string, warnings: readonly DumpWarning[]): void {
  for (const warning of warnings) process.stderr.write(`${formatWarning(file, warning)}\n`);
}
