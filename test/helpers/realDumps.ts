/**
 * Access to the real Roblox dumps in `../shared/api-dumps` (or `$RBX_API_DUMPS`) for tests.
 * The dumps are never copied into the repo, so a test that needs them goes through
 * `describeWithRealDumps`: under CI (`CI=true`) a missing dump fails the test file; elsewhere
 * the suite is skipped and the reason is printed and shown in the suite's name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REAL_DUMP_VERSIONS = ['0.564.1.5640444', '0.732.0.7321040', '0.733.0.7330989', '0.734.0.7340915'] as const;
export type RealDumpVersion = (typeof REAL_DUMP_VERSIONS)[number];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder holding one sub-folder per version plus builds.json. */
export function realDumpsDir(): string {
  return process.env.RBX_API_DUMPS ?? resolve(repoRoot, '..', 'shared', 'api-dumps');
}

export function realDumpPath(version: RealDumpVersion): string {
  return join(realDumpsDir(), version, 'Full-API-Dump.json');
}

/** Roblox's build list (`{Files, Builds: [{GUID, Date, Version}]}`). */
export function buildsListPath(): string {
  return join(realDumpsDir(), 'builds.json');
}

export function readRealDump(version: RealDumpVersion): string {
  return readFileSync(realDumpPath(version), 'utf8');
}

/** Why the given dumps (and builds.json, if asked) cannot be used, or undefined when they can. */
export function missingRealDumps(versions: readonly RealDumpVersion[], needsBuildsList = false): string | undefined {
  const missing = versions.map(realDumpPath).filter((path) => !existsSync(path));
  if (needsBuildsList && !existsSync(buildsListPath())) missing.push(buildsListPath());
  return missing.length === 0 ? undefined : `real dumps missing: ${missing.join(', ')} (set RBX_API_DUMPS to their folder)`;
}

/**
 * `describe` for suites on real dumps: fails under CI when a dump is missing, otherwise skips
 * with the reason visible in the output.
 */
export function describeWithRealDumps(name: string, versions: readonly RealDumpVersion[], body: () => void, options: { needsBuildsList?: boolean } = {}): void {
  const reason = missingRealDumps(versions, options.needsBuildsList ?? false);
  if (reason === undefined) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${name}: ${reason}. CI must provide the real dumps.`);
  console.warn(`[skipped] ${name}: ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}
