/**
 * `history add` without the I/O: records one more build in a history log, given the build's
 * version (+ GUID and date) and the scope slice of its dump.
 *
 * - no snapshot yet: the build becomes the `baseline` (no events) and its slice the snapshot;
 * - otherwise: diff snapshot → slice, append a `dump` build with those changes (moves in dump
 *   order are left out: they are not API events), and store the new snapshot;
 * - a version already in the log changes nothing; one older than the latest build is refused.
 */
import type { Dump } from '../dump/types.js';
import type { Change } from '../diff/types.js';
import type { BuildRef, HistoryBuild } from './types.js';
import type { HistoryFile } from './fileFormat.js';
import { diffRaw } from '../diff/diff.js';
import { deepEqual } from '../diff/deepEqual.js';
import { DiffError } from '../diff/errors.js';
import type { RawDump } from '../diff/rawDump.js';
import { serializeDump } from '../dump/serializeDump.js';
import { HistoryError } from './errors.js';
import { compareVersions } from '../dump/versions.js';

export type AddOutcome =
  | { readonly kind: 'baseline'; readonly history: HistoryFile }
  | { readonly kind: 'added'; readonly history: HistoryFile; readonly changes: readonly Change[] }
  | { readonly kind: 'already-recorded'; readonly history: HistoryFile };

export interface AddInput {
  readonly history: HistoryFile;
  /** Where the history came from, for error messages. */
  readonly historyFile: string;
  readonly build: BuildRef;
  /** The dump's slice to the history's scope. */
  readonly slice: Dump;
}

export function addBuild({ history, historyFile, build, slice }: AddInput): AddOutcome {
  const rawSlice = serializeDump(slice) as RawDump;
  const recorded = history.builds.find((existing) => existing.version === build.version);
  if (recorded !== undefined) {
    if (history.snapshot?.version === build.version && !deepEqual(history.snapshot.dump, rawSlice)) {
      throw new HistoryError(
        'HISTORY_VERSION_CONFLICT',
        historyFile,
        'snapshot',
        `${build.version} is already recorded, with a different ${history.scope.join(', ')} slice than this dump has`,
        'Check that the dump file is really that version; the log is left unchanged.',
      );
    }
    return { kind: 'already-recorded', history };
  }
  const latest = history.builds.at(-1);
  if (latest !== undefined && compareVersions(build.version, latest.version) < 0) {
    throw new HistoryError(
      'HISTORY_VERSION_ORDER',
      historyFile,
      'builds',
      `${build.version} is older than the latest recorded build ${latest.version}`,
      'Add builds oldest first; to insert an older build, rebuild the log with `history seed --force` and add the dumps in order.',
    );
  }
  const snapshot = { version: build.version, dump: rawSlice };
  if (history.snapshot === undefined) {
    const baseline: HistoryBuild = { ...build, source: 'baseline', changes: [] };
    return { kind: 'baseline', history: { ...history, builds: [...history.builds, baseline], snapshot } };
  }
  let changes: Change[];
  try {
    changes = diffRaw(history.snapshot.dump as RawDump, rawSlice).filter((change) => change.field !== 'Position');
  } catch (error) {
    if (!(error instanceof DiffError)) throw error;
    throw new HistoryError(
      'HISTORY_INVALID',
      historyFile,
      'snapshot.dump',
      error.message,
      'Restore the snapshot from git, or rebuild the log with `history seed --force` and `history add` for each dump.',
    );
  }
  const added: HistoryBuild = { ...build, source: 'dump', changes };
  return { kind: 'added', history: { ...history, builds: [...history.builds, added], snapshot }, changes };
}
