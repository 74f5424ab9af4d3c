/**
 * The load step of `generate` (the only reading it does): the slice `Full-API-Dump.json` and
 * `docs.json` from the input folder (`api-dump/`), parsed and checked, plus the model built
 * from the dump. History is optional until `api-dump/history.json` gets its loader here.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadDocs } from '../docs/loadDocs.js';
import { DUMP_FILE_NAME, readDumpFile } from '../dump/readDumpFile.js';
import type { DumpWarning } from '../dump/types.js';
import { buildModel } from '../model/buildModel.js';
import { GenerateError } from './GenerateError.js';
import type { GenerateInput } from './GenerateInput.js';

export const DOCS_FILE_NAME = 'docs.json';
export const REGENERATE_COMMAND = 'npm run generate';

export interface LoadedInput {
  readonly input: GenerateInput;
  /** The dump file as named in messages and headers, e.g. `api-dump/Full-API-Dump.json`. */
  readonly dumpFile: string;
  readonly warnings: readonly DumpWarning[];
}

/**
 * A path as shown in messages and generated headers: relative to the working folder and
 * `/`-separated when it lies inside it (so headers do not depend on where the repo is), else
 * absolute.
 */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  if (inside === '') return '.';
  if (inside.startsWith('..') || isAbsolute(inside)) return resolve(path);
  return inside.split(sep).join('/');
}

function readInput(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new GenerateError('GENERATE_INPUT_MISSING', `${displayPath(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${what}`, `run generate from the repository root, or point --input at the folder holding ${DUMP_FILE_NAME} and ${DOCS_FILE_NAME}`);
  }
}

export function loadGenerateInput(inputDir: string): LoadedInput {
  const dumpFile = displayPath(join(inputDir, DUMP_FILE_NAME));
  const { dump, warnings } = readDumpFile(dumpFile);
  const docsFile = displayPath(join(inputDir, DOCS_FILE_NAME));
  const docs = loadDocs(readInput(join(inputDir, DOCS_FILE_NAME), 'our descriptions of the slice'), docsFile, dump);
  const input: GenerateInput = { dump, docs, model: buildModel(dump), dumpFile, regenerateCommand: REGENERATE_COMMAND };
  return { input, dumpFile, warnings };
}
