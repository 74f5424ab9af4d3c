/**
 * Turns what a user writes for `--api-version` into a build of the history log. Accepted forms:
 * the full version (`0.686.0.6860866`), the release (`0.686`) or its label (`686`). The build
 * chosen is the newest recorded build at or before the request, so `0.690` means "as of 0.686"
 * when nothing was recorded in between.
 */
import type { HistoryBuild } from '../history/types.js';
import { compareVersions } from '../dump/versions.js';
import { PinError } from './PinError.js';

const FORMS = /^(?:\d+|\d+\.\d+|\d+\.\d+\.\d+\.\d+)$/;

/** The request as a comparable version: `686` → `0.686`, others as written. */
export function normaliseRequestedVersion(requested: string): string {
  const text = requested.trim();
  if (!FORMS.test(text)) {
    throw new PinError(
      'PIN_BAD_VERSION',
      `${JSON.stringify(requested)} is not an engine version`,
      'write the release as 0.686 (or 686), or a full build version such as 0.686.0.6860866',
    );
  }
  return /^\d+$/.test(text) ? `0.${text}` : text;
}

/** Compares a requested version with a build; a short request `0.686` covers every `0.686.x.y`. */
function requestCovers(request: string, build: string): boolean {
  const parts = request.split('.').length;
  const prefix = build.split('.').slice(0, parts).join('.');
  return compareVersions(prefix, request) <= 0;
}

export function resolveBuild(builds: readonly HistoryBuild[], requested: string): HistoryBuild {
  const request = normaliseRequestedVersion(requested);
  const covered = builds.filter((build) => requestCovers(request, build.version));
  const build = covered.at(-1);
  if (build === undefined) {
    const oldest = builds[0]?.version ?? 'none';
    throw new PinError(
      'PIN_UNKNOWN_BUILD',
      `the history knows no build at or before ${request} (its oldest is ${oldest})`,
      `pick a build from ${oldest} on; \`rbx-webstream history show WebStreamClient\` lists them`,
    );
  }
  return build;
}
