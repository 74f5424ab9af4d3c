/**
 * Runs the emitters over one input and returns every file they produce, sorted by path, after
 * checking the paths: relative, forward slashes, inside the output folder, each path once.
 * Pure: nothing is written here.
 */
import { posix } from 'node:path';
import { GenerateError } from './GenerateError.js';
import type { EmittedFile, Emitter, GenerateInput } from './GenerateInput.js';

function checkPath(path: string, emitter: string): void {
  const normal = posix.normalize(path);
  if (
    path === '' ||
    path.includes('\\') ||
    posix.isAbsolute(path) ||
    normal !== path ||
    normal.startsWith('../') ||
    path.split('/').some((part) => part.startsWith('.'))
  ) {
    throw new GenerateError(
      'GENERATE_BAD_PATH',
      `emitter ${emitter} returned the path ${JSON.stringify(path)}`,
      'emitters return normalised relative paths with forward slashes inside the output folder, without dot-files, e.g. "node/index.d.ts"',
    );
  }
}

export function runEmitters(input: GenerateInput, emitters: readonly Emitter[]): EmittedFile[] {
  const byPath = new Map<string, { file: EmittedFile; emitter: string }>();
  for (const emitter of emitters) {
    const name = emitter.name || '(anonymous emitter)';
    for (const file of emitter(input)) {
      checkPath(file.path, name);
      const previous = byPath.get(file.path);
      if (previous !== undefined) {
        throw new GenerateError(
          'GENERATE_DUPLICATE_PATH',
          `${file.path} is produced by both ${previous.emitter} and ${name}`,
          'give each generated file exactly one emitter',
        );
      }
      byPath.set(file.path, { file, emitter: name });
    }
  }
  return [...byPath.values()].map((entry) => entry.file).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
