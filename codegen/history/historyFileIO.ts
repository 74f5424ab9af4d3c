/**
 * The only file I/O of the history: reading JSON files with clear errors, and writing
 * history.json atomically (temp file + rename) in its stable format (2-space JSON, newline).
 */
import { readFileSync } from 'node:fs';
import type { HistoryFile } from './fileFormat.js';
import { HistoryError } from './errors.js';

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new HistoryError('HISTORY_READ_FAILED', file, '', `the ${what} ${reason}`, 'Check the path.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HistoryError(
      'HISTORY_JSON_SYNTAX',
      file,
      '',
      `the ${what} is not valid JSON (${(error as Error).message})`,
      'Fix the syntax or restore the file from git.',
    );
  }
}

/** The stable text form of a history log. */
export function formatHistoryFile(history: HistoryFile): string {
  const ordered = {
    scope: history.scope,
    ...(history.publicRecord === undefined ? {} : { publicRecord: history.publicRecord }),
    builds: history.builds.map((build) => ({
      version: build.version,
      ...(build.guid === undefined ? {} : { guid: build.guid }),
      ...(build.date === undefined ? {} : { date: build.date }),
      source: build.source,
      changes: build.changes,
    })),
    ...(history.snapshot === undefined ? {} : { snapshot: history.snapshot }),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
