/**
 * Builds the public-record part of history.json from history-seed.json and Roblox's build list:
 * each seed build gets its GUID and date from the list and each event its impact from the diff
 * rules. Builds already recorded from dumps (and their snapshot) are kept, so the seed can be
 * re-run after `history add`.
 */
import type { Change } from '../diff/types.js';
import type { HistoryBuild } from './types.js';
import type { HistoryFile, SeedFile } from './fileFormat.js';
import type { BuildsIndex } from './buildsList.js';
import { classifyImpact } from '../diff/impactRules.js';
import { HistoryError } from './errors.js';
import { SEED_SCHEMA, validateAgainst } from './schemas.js';
import { compareVersions } from '../dump/versions.js';

export function parseSeedFile(json: unknown, file: string): SeedFile {
  const seed = validateAgainst<SeedFile>(SEED_SCHEMA, json, file, 'HISTORY_SEED_INVALID', 'Fix the seed file; its format is described in docs/history.md.');
  seed.builds.forEach((build, i) => {
    const previous = seed.builds[i - 1];
    if (previous !== undefined && compareVersions(previous.version, build.version) >= 0) {
      throw new HistoryError(
        'HISTORY_SEED_INVALID',
        file,
        `builds[${i}].version`,
        `${build.version} does not come after ${previous.version}`,
        'List seed builds oldest first, each version once.',
      );
    }
  });
  return seed;
}

export interface SeedInput {
  readonly seed: SeedFile;
  readonly seedFile: string;
  readonly builds: BuildsIndex;
  readonly buildsFile: string;
  /** The current history.json, if there is one. */
  readonly existing?: HistoryFile;
  /** Start over: drop recorded dump builds and the snapshot. */
  readonly force?: boolean;
}

export function seedHistory(input: SeedInput): HistoryFile {
  const { seed, seedFile, builds, buildsFile, existing, force = false } = input;
  const seeded: HistoryBuild[] = seed.builds.map((build, i) => {
    const ref = builds.get(build.version);
    if (ref === undefined) {
      throw new HistoryError(
        'HISTORY_SEED_INVALID',
        seedFile,
        `builds[${i}].version`,
        `${build.version} is not listed in ${buildsFile}`,
        'Seed only versions of the public build list, or pass the right list with --builds.',
      );
    }
    const changes = build.events.map((event): Change => ({
      action: event.action,
      kind: event.kind,
      ...(event.parent === undefined ? {} : { parent: event.parent }),
      name: event.name,
      ...(event.field === undefined ? {} : { field: event.field }),
      impact: classifyImpact(event),
    }));
    return {
      version: ref.version,
      ...(ref.guid === undefined ? {} : { guid: ref.guid }),
      ...(ref.date === undefined ? {} : { date: ref.date }),
      source: 'public-record',
      changes,
    };
  });
  const kept = force || existing === undefined ? [] : existing.builds.filter((build) => build.source !== 'public-record');
  if (kept.length > 0 && existing !== undefined) {
    if (existing.scope.join('\n') !== seed.scope.join('\n')) {
      throw new HistoryError(
        'HISTORY_WOULD_DROP_BUILDS',
        seedFile,
        'scope',
        `the seed tracks [${seed.scope.join(', ')}] but history.json records dumps for [${existing.scope.join(', ')}]`,
        'Pass --force to start the log over from the seed, then `history add` each dump again.',
      );
    }
    const lastSeeded = seeded.at(-1);
    const firstKept = kept[0]!;
    if (lastSeeded !== undefined && compareVersions(lastSeeded.version, firstKept.version) >= 0) {
      throw new HistoryError(
        'HISTORY_WOULD_DROP_BUILDS',
        seedFile,
        `builds[${seeded.length - 1}].version`,
        `seed version ${lastSeeded.version} is not older than the first recorded dump ${firstKept.version}`,
        'Keep the seed to versions before the baseline, or pass --force to start over.',
      );
    }
  }
  return {
    scope: [...seed.scope],
    publicRecord: seed.source,
    builds: [...seeded, ...kept],
    ...(kept.length > 0 && existing?.snapshot !== undefined ? { snapshot: existing.snapshot } : {}),
  };
}
