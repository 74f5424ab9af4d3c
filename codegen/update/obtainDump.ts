/**
 * Step 1 of `update`: find out which build to record and get its `Full-API-Dump.json` text —
 * either by asking Roblox (the client-version endpoint, then the setup CDN) or from a file the
 * maintainer names with `--dump` and `--build`. Also works out the build's GUID and date:
 * the command line first, then Roblox's build list, then (downloads only) the dump's
 * Last-Modified header, then the day of the update.
 */
import { decodeDumpText } from '../dump/decodeDumpText.js';
import { readDumpText } from '../dump/readDumpFile.js';
import type { BuildsIndex } from '../history/buildsList.js';
import type { BuildRef } from '../history/types.js';
import { isVersion } from '../dump/versions.js';
import { dumpUrl, isBuildGuid, parseClientVersion, type ClientVersion } from './clientVersion.js';
import { httpGetText, type HttpGetOptions } from './httpGet.js';
import { redactUrl } from './redactUrl.js';
import type { UpdateProgress } from './progress.js';
import { UpdateError } from './UpdateError.js';

export interface DumpSource {
  readonly text: string;
  /** The URL or file the text came from, as named in messages. */
  readonly origin: string;
  readonly build: BuildRef;
  readonly downloaded: boolean;
}

/** What `update` was told about the build on the command line. */
export interface BuildHints {
  readonly guid?: string;
  readonly date?: string;
  readonly builds?: BuildsIndex;
  /** The clock, for the last-resort date of a download. */
  readonly now: () => Date;
}

export type HttpSettings = Omit<HttpGetOptions, 'what' | 'onProgress'>;

export function checkBuildHints(version: string | undefined, hints: Pick<BuildHints, 'guid' | 'date'>): void {
  if (version !== undefined && !isVersion(version)) {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      `--build ${JSON.stringify(version)} is not a Roblox version`,
      'give the full version, e.g. --build 0.734.0.7340915',
    );
  }
  if (hints.guid !== undefined && !isBuildGuid(hints.guid)) {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      `--guid ${JSON.stringify(hints.guid)} is not a build GUID`,
      'give it as Roblox writes it, e.g. --guid version-d679641ad17741aa',
    );
  }
  if (hints.date !== undefined && Number.isNaN(Date.parse(hints.date))) {
    throw new UpdateError('UPDATE_OPTIONS', `--date ${JSON.stringify(hints.date)} is not a date`, 'give an ISO 8601 date, e.g. --date 2026-08-11');
  }
}

/** ISO date of a Last-Modified header, or undefined when absent or unreadable. */
function lastModifiedDate(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const time = Date.parse(header);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function buildRef(version: string, guid: string | undefined, date: string | undefined): BuildRef {
  return { version, ...(guid === undefined ? {} : { guid }), ...(date === undefined ? {} : { date }) };
}

/** Asks the client-version endpoint which Studio build is current. */
export async function fetchClientVersion(versionUrl: string, http: HttpSettings): Promise<ClientVersion> {
  const response = await httpGetText(versionUrl, { ...http, what: 'the current Studio version' });
  return parseClientVersion(response.text, redactUrl(versionUrl));
}

/** Downloads the dump of a build from the setup CDN. */
export async function downloadDump(
  current: ClientVersion,
  setupUrl: string,
  hints: BuildHints,
  http: HttpSettings,
  progress: UpdateProgress,
): Promise<DumpSource> {
  const url = dumpUrl(setupUrl, current.guid);
  const response = await httpGetText(url, { ...http, what: `the API dump of ${current.version}`, onProgress: progress.download(`${current.version} dump`) });
  const listed = hints.builds?.get(current.version);
  const date = hints.date ?? listed?.date ?? lastModifiedDate(response.lastModified) ?? hints.now().toISOString().slice(0, 10);
  const origin = redactUrl(url);
  return { text: decodeDumpText(response.body, origin), origin, build: buildRef(current.version, current.guid, date), downloaded: true };
}

/** Reads a dump the maintainer already has (`--dump <file> --build <V>`). */
export function readGivenDump(path: string, version: string, hints: BuildHints): DumpSource {
  const { file, text } = readDumpText(path);
  const listed = hints.builds?.get(version);
  return { text, origin: file, build: buildRef(version, hints.guid ?? listed?.guid, hints.date ?? listed?.date), downloaded: false };
}
