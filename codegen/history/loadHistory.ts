/**
 * Reading a history log from already-parsed JSON (no I/O): `parseHistoryFile` validates the
 * file's shape and its invariants (versions unique and oldest first, snapshot = latest dump
 * build), `loadHistory` also builds the query API the emitters use.
 */
import type { HistoryFile } from './fileFormat.js';
import type { HistoryQuery } from './types.js';
import { HistoryError } from './errors.js';
import { createHistoryQuery } from './query.js';
import { HISTORY_SCHEMA, validateAgainst } from './schemas.js';
import { compareVersions } from '../dump/versions.js';

const FIX = 'Fix the file by hand, or rebuild it with `rbx-webstream history seed --force` and `history add` for each dump.';

export function parseHistoryFile(json: unknown, file: string): HistoryFile {
  const history = validateAgainst<HistoryFile>(HISTORY_SCHEMA, json, file, 'HISTORY_INVALID', FIX);
  history.builds.forEach((build, i) => {
    const previous = history.builds[i - 1];
    if (previous !== undefined && compareVersions(previous.version, build.version) >= 0) {
      throw new HistoryError(
        'HISTORY_INVALID',
        file,
        `builds[${i}].version`,
        `${build.version} does not come after ${previous.version}`,
        'Builds must be listed oldest first, each version once. ' + FIX,
      );
    }
    build.changes.forEach((change, j) => {
      const isMember = change.kind !== 'Class' && change.kind !== 'Enum';
      if (isMember !== (change.parent !== undefined)) {
        throw new HistoryError(
          'HISTORY_INVALID',
          file,
          `builds[${i}].changes[${j}]${isMember ? '' : '.parent'}`,
          isMember ? `a ${change.kind} change needs a parent` : `a ${change.kind} change has no parent`,
          FIX,
        );
      }
    });
  });
  const recorded = history.builds.filter((build) => build.source !== 'public-record');
  const last = recorded.at(-1);
  if (history.snapshot !== undefined && last?.version !== history.snapshot.version) {
    throw new HistoryError(
      'HISTORY_INVALID',
      file,
      'snapshot.version',
      `the snapshot is of ${history.snapshot.version} but the latest recorded dump is ${last?.version ?? 'none'}`,
      FIX,
    );
  }
  if (history.snapshot === undefined && last !== undefined) {
    throw new HistoryError('HISTORY_INVALID', file, 'snapshot', `dump builds are recorded (latest ${last.version}) but there is no snapshot`, FIX);
  }
  return history;
}

/** Validates a parsed history.json and returns the query API over it. */
export function loadHistory(json: unknown, file: string): HistoryQuery {
  return createHistoryQuery(parseHistoryFile(json, file).builds);
}
