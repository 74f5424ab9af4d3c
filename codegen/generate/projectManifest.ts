/**
 * The project a `generate` run belongs to: the workspace root's `package.json` and `LICENSE`,
 * read from the input folder's parent (`api-dump/..`, the repository root). Everything under
 * `generated/` is computed from `api-dump/` except the manifest, README and LICENSE of the
 * typings package (`generated/typings/`), which is published with the root's version, license and
 * links (docs/package.md): those come from here. Outside a checkout there is none, and the
 * typings package files are not emitted.
 */
import type { ProjectManifest } from '../emit/typingsPackage/emitTypingsPackage.js';
import { GenerateError } from './GenerateError.js';

export type { ProjectManifest };

export const PROJECT_MANIFEST_FILE = 'package.json';
export const PROJECT_LICENSE_FILE = 'LICENSE';

/** The two files as read, each with the name used for it in messages. */
export interface ProjectTexts {
  readonly manifestText: string;
  readonly manifestFile: string;
  readonly licenseText: string;
}

function fail(file: string, path: string, problem: string): never {
  throw new GenerateError(
    'GENERATE_PROJECT_MANIFEST',
    `${file} at ${path}: ${problem}`,
    'the workspace root package.json needs version, license, repository.url, homepage, bugs.url and engines.node (see docs/package.md)',
  );
}

function stringAt(value: unknown, path: readonly string[], file: string): string {
  let current = value;
  for (const key of path)
    current = typeof current === 'object' && current !== null && Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  if (typeof current !== 'string' || current === '') fail(file, path.join('.'), 'a non-empty string is required');
  return current;
}

/** Parses the root manifest; throws a GenerateError naming the file and the field. */
export function parseProjectManifest(texts: ProjectTexts): ProjectManifest {
  let manifest: unknown;
  try {
    manifest = JSON.parse(texts.manifestText) as unknown;
  } catch (error) {
    fail(texts.manifestFile, '(root)', `not valid JSON (${(error as Error).message})`);
  }
  const file = texts.manifestFile;
  return {
    version: stringAt(manifest, ['version'], file),
    license: stringAt(manifest, ['license'], file),
    repositoryUrl: stringAt(manifest, ['repository', 'url'], file),
    homepage: stringAt(manifest, ['homepage'], file),
    bugsUrl: stringAt(manifest, ['bugs', 'url'], file),
    nodeEngine: stringAt(manifest, ['engines', 'node'], file),
    licenseText: texts.licenseText,
  };
}
