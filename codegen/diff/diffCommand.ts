/**
 * What `rbx-webstream diff <old> <new>` does, minus the argument parsing: read both dumps,
 * optionally cut them to the slice of some classes, diff, and format as JSON (the Change
 * contract) or as a Markdown changelog.
 */
import type { Change } from './types.js';
import { diff } from './diff.js';
import { renderChangelog } from './changelog.js';
import { readDumpFile, type LoadedDump } from './readDumpFile.js';
import { sliceToScope } from '../slice/scopeSlice.js';

export type DiffFormat = 'json' | 'markdown';

export interface DiffCommandOptions {
  readonly format: DiffFormat;
  /** Compare only the slices of these classes (see `sliceDump`). */
  readonly scope?: readonly string[];
  readonly oldLabel?: string;
  readonly newLabel?: string;
}

/** The changelog heading names a dump by its version when its folder tells it, else by its path. */
function labelOf(loaded: LoadedDump, given: string | undefined): string {
  return given ?? loaded.versionFromPath ?? loaded.file;
}

export function formatChanges(changes: readonly Change[], format: DiffFormat, oldLabel: string, newLabel: string): string {
  return format === 'json' ? `${JSON.stringify(changes, null, 2)}\n` : renderChangelog(changes, oldLabel, newLabel);
}

export function runDiffCommand(oldPath: string, newPath: string, options: DiffCommandOptions): string {
  const before = readDumpFile(oldPath);
  const after = readDumpFile(newPath);
  const scope = options.scope ?? [];
  const cut = (loaded: LoadedDump) => (scope.length === 0 ? loaded.dump : sliceToScope(loaded.dump, scope));
  const changes = diff(cut(before), cut(after));
  return formatChanges(changes, options.format, labelOf(before, options.oldLabel), labelOf(after, options.newLabel));
}
