/**
 * What a new API version means for the package's version (the scheme is in docs/package.md).
 *
 * The level comes from the impact of the changes in our slice (impact rules:
 * docs/diff-impact.md): any breaking change → major; otherwise any change → minor; no change in
 * the slice → patch. A first recorded build (baseline) has nothing to compare with and counts as
 * major, to be safe.
 *
 * The package version is `0.<API minor>.<N>`: while the package is 0.x, npm's caret ranges treat
 * the middle number as the compatibility line, so a major or minor level opens a new line named
 * after the API version (`0.735.0`), and a patch level stays on the current line (`0.734.N+1`,
 * same typings, re-stamped with the new build).
 */
import type { Change } from '../diff/types.js';

export type BumpLevel = 'major' | 'minor' | 'patch';

export interface VersionBump {
  readonly level: BumpLevel;
  readonly breaking: number;
  readonly compatible: number;
  /** Why, in a few words. */
  readonly reason: string;
}

/** `changes` undefined means a baseline build: no earlier dump to compare with. */
export function bumpFor(changes: readonly Change[] | undefined): VersionBump {
  if (changes === undefined) return { level: 'major', breaking: 0, compatible: 0, reason: 'first recorded build: nothing to compare with' };
  const listed = changes.filter((change) => !(change.action === 'Change' && change.field === 'Position'));
  const breaking = listed.filter((change) => change.impact === 'breaking').length;
  const compatible = listed.length - breaking;
  if (breaking > 0) return { level: 'major', breaking, compatible, reason: `${breaking} breaking ${breaking === 1 ? 'change' : 'changes'} in the slice` };
  if (compatible > 0)
    return { level: 'minor', breaking, compatible, reason: `${compatible} compatible ${compatible === 1 ? 'change' : 'changes'} in the slice, none breaking` };
  return { level: 'patch', breaking, compatible, reason: 'no change in the slice' };
}

const PACKAGE_VERSION = /^0\.(\d+)\.(\d+)$/;

/**
 * The next package version under the scheme, from the current one and the new API version
 * (`0.735.0.7350812`). Undefined when the current version does not follow the scheme, or when a
 * major or minor level comes with an API minor that did not move past the current line (a
 * hotfix build such as 0.734.1.x): that choice is left to a person (docs/package.md).
 */
export function nextPackageVersion(current: string, apiVersion: string, level: BumpLevel): string | undefined {
  const match = PACKAGE_VERSION.exec(current);
  const apiMinor = apiVersion.split('.')[1];
  if (match === null || apiMinor === undefined) return undefined;
  const [, line, patch] = match;
  if (level === 'patch') return `0.${line}.${Number(patch) + 1}`;
  return Number(apiMinor) > Number(line) ? `0.${Number(apiMinor)}.0` : undefined;
}
