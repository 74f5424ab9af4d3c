/**
 * `rbx-webstream --version`: the package version and the Roblox API build its data describes
 * (the history's snapshot build: the build the slice was cut from, as in every generated header,
 * see `codegen/generate/computeProvenance.ts`). Reads `history.json` as plain JSON, not through
 * the validating loader: printing a version must stay instant, and a damaged log only makes the
 * second line say so.
 */
import { readFileSync } from 'node:fs';
import { dataFile, packageVersion } from './locations.js';

interface BuildFields {
  readonly version?: unknown;
  readonly guid?: unknown;
  readonly date?: unknown;
}

function apiBuildLine(historyFile: string): string {
  let history: { snapshot?: { version?: unknown }; builds?: unknown };
  try {
    history = JSON.parse(readFileSync(historyFile, 'utf8')) as typeof history;
  } catch (error) {
    return `Roblox API build unknown: ${historyFile} cannot be read (${(error as Error).message})`;
  }
  const version = history.snapshot?.version;
  const builds = Array.isArray(history.builds) ? (history.builds as BuildFields[]) : [];
  const build = builds.find((candidate) => candidate.version === version);
  if (typeof version !== 'string' || build === undefined) return `Roblox API build unknown: ${historyFile} records no dump yet`;
  const details = [
    typeof build.guid === 'string' ? `build ${build.guid}` : 'build GUID unknown',
    typeof build.date === 'string' ? build.date.slice(0, 10) : 'date unknown',
  ];
  return `Roblox API ${version} (${details.join(', ')})`;
}

/** Two lines: `rbx-webstream-codegen 0.734.0` and `Roblox API 0.734.0.7340915 (build version-…, 2026-08-11)`. */
export function versionText(): string {
  return `rbx-webstream-codegen ${packageVersion()}\n${apiBuildLine(dataFile('history.json'))}\n`;
}
