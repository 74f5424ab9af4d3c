/**
 * What `rbx-webstream diff <old> <new>` does, minus the argument parsing: read both dumps,
 * align what is only a difference of format (`alignFormats.ts`), optionally cut them to the
 * slice of some classes, diff, and format as JSON (the Change contract) or as a Markdown
 * changelog. Notes — the format alignments, a scoped class that only one dump has — head the
 * changelog; with JSON they are returned for the CLI to print on stderr.
 */
import type { Dump } from '../dump/types.js';
import { readDumpFile, type ReadDump } from '../dump/readDumpFile.js';
import { sliceToScope } from '../slice/scopeSlice.js';
import { SliceError, suggestClass } from '../slice/SliceError.js';
import { alignDumpFormats } from './alignFormats.js';
import { renderChangelog } from './changelog.js';
import { diff } from './diff.js';
import type { Change } from './types.js';

export type DiffFormat = 'json' | 'markdown';

export interface DiffCommandOptions {
  readonly format: DiffFormat;
  /** Compare only the slices of these classes (see `sliceDump`). */
  readonly scope?: readonly string[];
  readonly oldLabel?: string;
  readonly newLabel?: string;
}

export interface DiffCommandResult {
  /** What goes to stdout. */
  readonly text: string;
  /** Notes about the comparison (already part of a Markdown `text`). */
  readonly notes: readonly string[];
}

/** The changelog heading names a dump by its version when its folder tells it, else by its path. */
function labelOf(loaded: ReadDump, given: string | undefined): string {
  return given ?? loaded.versionFromPath ?? loaded.file;
}

export function formatChanges(changes: readonly Change[], format: DiffFormat, oldLabel: string, newLabel: string, notes: readonly string[] = []): string {
  if (format === 'json') return `${JSON.stringify(changes, null, 2)}\n`;
  const changelog = renderChangelog(changes, oldLabel, newLabel);
  if (notes.length === 0) return changelog;
  const heading = changelog.indexOf('\n\n');
  const block = `\n\n${notes.map((note) => `> **Note:** ${note}`).join('\n>\n')}`;
  return heading < 0 ? `${changelog}${block}\n` : `${changelog.slice(0, heading)}${block}${changelog.slice(heading)}`;
}

const hasClass = (dump: Dump, name: string): boolean => dump.classes.some((cls) => cls.name === name);

/**
 * Cuts both dumps to `scope`. A class that only one dump has is cut from that one (it shows as
 * added or removed, with what it uses) and named in a note; a class that neither has is an error.
 */
function cutToScope(before: Dump, after: Dump, scope: readonly string[], labels: readonly [string, string]): { before: Dump; after: Dump; notes: string[] } {
  const notes: string[] = [];
  for (const name of scope) {
    const inOld = hasClass(before, name);
    const inNew = hasClass(after, name);
    if (!inOld && !inNew) {
      const names = [...new Set([...before.classes, ...after.classes].map((cls) => cls.name))];
      throw new SliceError(name, suggestClass(name, names), `class "${name}" is in neither dump (${labels[0]}, ${labels[1]})`);
    }
    if (!inOld) notes.push(`${name} is not in the older dump (${labels[0]}); it is listed as added.`);
    if (!inNew) notes.push(`${name} is not in the newer dump (${labels[1]}); it is listed as removed.`);
  }
  const cut = (dump: Dump): Dump => {
    const present = scope.filter((name) => hasClass(dump, name));
    return present.length === 0 ? { ...dump, classes: [], enums: [] } : sliceToScope(dump, present);
  };
  return { before: cut(before), after: cut(after), notes };
}

export function runDiffCommand(oldPath: string, newPath: string, options: DiffCommandOptions): DiffCommandResult {
  const before = readDumpFile(oldPath);
  const after = readDumpFile(newPath);
  const labels = [labelOf(before, options.oldLabel), labelOf(after, options.newLabel)] as const;
  const aligned = alignDumpFormats(before.dump, after.dump);
  const scope = options.scope ?? [];
  const scoped = scope.length === 0 ? { before: aligned.old, after: aligned.new, notes: [] } : cutToScope(aligned.old, aligned.new, scope, labels);
  const notes = [...aligned.notes, ...scoped.notes];
  const changes = diff(scoped.before, scoped.after);
  return { text: formatChanges(changes, options.format, labels[0], labels[1], notes), notes };
}
