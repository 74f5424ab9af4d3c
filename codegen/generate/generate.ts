/**
 * The `generate` pipeline end to end: load (`api-dump/`) → model → emitters → write, with the
 * reading and writing only at the two ends. `check` mode stops before writing and reports how
 * the output folder differs from what the input gives.
 */
import { syncFolder, compareFolder, type FolderComparison } from './outputFolder.js';
import { EMITTERS } from './emitters.js';
import type { Emitter } from './GenerateInput.js';
import { loadGenerateInput, type LoadedInput } from './loadGenerateInput.js';
import { runEmitters } from './runEmitters.js';

export interface GenerateOptions {
  readonly inputDir: string;
  readonly outDir: string;
  /** Compare only; write nothing. */
  readonly check: boolean;
  readonly emitters?: readonly Emitter[];
}

export interface GenerateResult {
  readonly loaded: LoadedInput;
  readonly comparison: FolderComparison;
  /** True when the output folder already matched (for `check`) or was brought in line. */
  readonly upToDate: boolean;
}

export function runGenerate(options: GenerateOptions): GenerateResult {
  const loaded = loadGenerateInput(options.inputDir);
  const files = runEmitters(loaded.input, options.emitters ?? EMITTERS);
  const comparison = options.check ? compareFolder(options.outDir, files) : syncFolder(options.outDir, files);
  const upToDate = comparison.changed.length + comparison.missing.length + comparison.stale.length === 0;
  return { loaded, comparison, upToDate };
}
