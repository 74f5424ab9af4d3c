/**
 * What the `rbx-webstream history …` commands do, minus argument parsing: read the files, call
 * the pure steps (seedHistory, addBuild, showEntity) and write history.json atomically. Each
 * returns the text to print.
 */
import { existsSync } from 'node:fs';
import type { BuildRef } from './types.js';
import type { HistoryFile } from './fileFormat.js';
import { addBuild } from './addBuild.js';
import { parseBuildsList, type BuildsIndex } from './buildsList.js';
import { HistoryError } from './errors.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { formatHistoryFile, readJsonFile } from './historyFileIO.js';
import { parseHistoryFile } from './loadHistory.js';
import { createHistoryQuery } from './query.js';
import { sliceToScope } from '../slice/scopeSlice.js';
import { parseSeedFile, seedHistory } from './seedHistory.js';
import { renderShowText, showEntity } from './showEntity.js';
import { isVersion } from '../dump/versions.js';
import { readDumpFile } from '../dump/readDumpFile.js';
import { renderChangeSentence } from '../diff/changelog.js';

export interface BuildsListOption {
  /** Path of Roblox's builds.json. */
  readonly builds: string;
  /** True when the user named the file; a missing default file is then not an error. */
  readonly buildsGiven: boolean;
}

function readBuildsList({ builds, buildsGiven }: BuildsListOption): BuildsIndex | undefined {
  if (!buildsGiven && !existsSync(builds)) return undefined;
  return parseBuildsList(readJsonFile(builds, 'builds list'), builds);
}

function readHistory(file: string): HistoryFile {
  return parseHistoryFile(readJsonFile(file, 'history log'), file);
}

export function runHistorySeed(options: { seed: string; history: string; force: boolean } & BuildsListOption): string {
  const seed = parseSeedFile(readJsonFile(options.seed, 'history seed'), options.seed);
  const builds = readBuildsList({ ...options, buildsGiven: true });
  const existing = existsSync(options.history) ? readHistory(options.history) : undefined;
  const history = seedHistory({
    seed,
    seedFile: options.seed,
    builds: builds!,
    buildsFile: options.builds,
    ...(existing ? { existing } : {}),
    force: options.force,
  });
  writeFileAtomic(options.history, formatHistoryFile(history));
  const events = history.builds.filter((build) => build.source === 'public-record').reduce((sum, build) => sum + build.changes.length, 0);
  const kept = history.builds.length - seed.builds.length;
  return `Wrote ${options.history}: ${seed.builds.length} public-record builds with ${events} events${kept > 0 ? `, ${kept} recorded dump builds kept` : ''}.\n`;
}

export interface HistoryAddOptions extends BuildsListOption {
  readonly history: string;
  readonly version: string;
  readonly guid?: string;
  readonly date?: string;
}

export function runHistoryAdd(dumpPath: string, options: HistoryAddOptions): string {
  if (!isVersion(options.version)) {
    throw new HistoryError(
      'HISTORY_VERSION_FORMAT',
      dumpPath,
      '',
      `--build ${JSON.stringify(options.version)} is not a version`,
      'Give the full version, e.g. --build 0.734.0.7340915.',
    );
  }
  const history = readHistory(options.history);
  // The build list is only needed for what the options leave out.
  const listed = options.guid !== undefined && options.date !== undefined ? undefined : readBuildsList(options)?.get(options.version);
  const guid = options.guid ?? listed?.guid;
  const date = options.date ?? listed?.date;
  const build: BuildRef = { version: options.version, ...(guid === undefined ? {} : { guid }), ...(date === undefined ? {} : { date }) };
  const loaded = readDumpFile(dumpPath);
  const outcome = addBuild({ history, historyFile: options.history, build, slice: sliceToScope(loaded.dump, history.scope) });
  if (outcome.kind === 'already-recorded') return `${options.version} is already recorded in ${options.history}; nothing changed.\n`;
  writeFileAtomic(options.history, formatHistoryFile(outcome.history));
  const dated = `${build.guid ?? 'GUID unknown'}, ${build.date ?? 'date unknown'}`;
  if (outcome.kind === 'baseline') {
    return `Recorded ${options.version} (${dated}) as the baseline of the ${history.scope.join(', ')} history: no events, snapshot stored in ${options.history}.\n`;
  }
  const lines = outcome.changes.map((change) => `  ${renderChangeSentence(change)} — ${change.impact}\n`);
  const count = outcome.changes.length;
  return `Recorded ${options.version} (${dated}): ${count} ${count === 1 ? 'change' : 'changes'} in the ${history.scope.join(', ')} slice.\n${lines.join('')}`;
}

export function runHistoryShow(entity: string, options: { history: string; json: boolean; members: boolean }): string {
  const history = readHistory(options.history);
  const result = showEntity(history, createHistoryQuery(history.builds), entity, options.history);
  if (!options.json) return renderShowText(result, history, options.members);
  return `${JSON.stringify(result, null, 2)}\n`;
}
