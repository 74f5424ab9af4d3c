/**
 * Roblox's build list (`builds.json`: `{Files, Builds: [{GUID, Date, Version}]}`), the public
 * record used to date versions. A version deployed more than once keeps its first entry (the
 * list is chronological, so that is when it shipped).
 */
import type { BuildRef } from './types.js';
import { BUILDS_LIST_SCHEMA, validateAgainst } from './schemas.js';

export type BuildsIndex = ReadonlyMap<string, BuildRef>;

interface RawBuildsList {
  readonly Builds: readonly { readonly GUID: string; readonly Date: string; readonly Version: string }[];
}

export function parseBuildsList(json: unknown, file: string): BuildsIndex {
  const list = validateAgainst<RawBuildsList>(
    BUILDS_LIST_SCHEMA,
    json,
    file,
    'HISTORY_BUILDS_INVALID',
    'Pass the builds list Roblox publishes (`{"Builds": [{"GUID", "Date", "Version"}]}`) with --builds.',
  );
  const index = new Map<string, BuildRef>();
  for (const build of list.Builds) {
    if (!index.has(build.Version)) index.set(build.Version, { version: build.Version, guid: build.GUID, date: build.Date });
  }
  return index;
}
