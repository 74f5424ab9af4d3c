/**
 * The load step of `generate` (the only reading it does): the slice `Full-API-Dump.json`,
 * `docs.json` and, when present, `history.json` from the input folder (`api-dump/`), parsed and
 * checked, plus the model built from the dump and the provenance (API version, build, input
 * hash) that goes into every generated header. `createGenerateInput` does the same from texts
 * already in memory (used by `update`, which generates from files it has not written yet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadDocs } from '../docs/loadDocs.js';
import { parseDump } from '../dump/parseDump.js';
import { DUMP_FILE_NAME, readDumpText } from '../dump/readDumpFile.js';
import type { DumpWarning } from '../dump/types.js';
import { HistoryError } from '../history/errors.js';
import { parseHistoryFile } from '../history/loadHistory.js';
import { createHistoryQuery } from '../history/query.js';
import { buildModel } from '../model/buildModel.js';
import { loadScenarios, SCENARIOS_FILE_NAME } from '../scenarios/loadScenarios.js';
import { computeProvenance } from './computeProvenance.js';
import { GenerateError } from './GenerateError.js';
import type { GenerateInput } from './GenerateInput.js';
import { parseProjectManifest, PROJECT_LICENSE_FILE, PROJECT_MANIFEST_FILE, type ProjectTexts } from './projectManifest.js';

export const DOCS_FILE_NAME = 'docs.json';
export const HISTORY_FILE_NAME = 'history.json';
export const REGENERATE_COMMAND = 'npm run generate';

export interface LoadedInput {
  readonly input: GenerateInput;
  /** The dump file as named in messages and headers, e.g. `api-dump/Full-API-Dump.json`. */
  readonly dumpFile: string;
  readonly warnings: readonly DumpWarning[];
}

/** The input files' contents, each with the name used for it in messages and headers. */
export interface GenerateInputTexts {
  readonly dumpText: string;
  readonly dumpFile: string;
  readonly docsText: string;
  readonly docsFile: string;
  /** The history log; without it the output has no history and no provenance. */
  readonly history?: { readonly text: string; readonly file: string };
  /** The conformance scenario table; without it the generated suite has no behaviour checks. */
  readonly scenarios?: { readonly text: string; readonly file: string };
  /** The workspace root's package.json and LICENSE; without them the typings package has no manifest. */
  readonly project?: ProjectTexts;
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
    throw new GenerateError(
      'GENERATE_INPUT_MISSING',
      `${displayPath(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${what}`,
      `run generate from the repository root, or point --input at the folder holding ${DUMP_FILE_NAME} and ${DOCS_FILE_NAME}`,
    );
  }
}

function parseHistoryJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HistoryError(
      'HISTORY_JSON_SYNTAX',
      file,
      '',
      `the history log is not valid JSON (${(error as Error).message})`,
      'Fix the syntax or restore the file from git.',
    );
  }
}

/** Parses and checks the input texts and builds what the emitters read. No I/O. */
export function createGenerateInput(texts: GenerateInputTexts): LoadedInput {
  const { dumpFile } = texts;
  const { dump, warnings } = parseDump(texts.dumpText, dumpFile);
  const docs = loadDocs(texts.docsText, texts.docsFile, dump);
  const historyFile = texts.history === undefined ? undefined : parseHistoryFile(parseHistoryJson(texts.history.text, texts.history.file), texts.history.file);
  const provenance = historyFile === undefined ? undefined : computeProvenance(historyFile, texts.dumpText);
  const input: GenerateInput = {
    dump,
    docs,
    model: buildModel(dump, dumpFile),
    dumpFile,
    regenerateCommand: REGENERATE_COMMAND,
    ...(historyFile === undefined ? {} : { history: createHistoryQuery(historyFile.builds) }),
    ...(provenance === undefined ? {} : { provenance }),
    ...(texts.scenarios === undefined ? {} : { scenarios: loadScenarios(texts.scenarios.text, texts.scenarios.file) }),
    ...(texts.project === undefined ? {} : { project: parseProjectManifest(texts.project) }),
  };
  return { input, dumpFile, warnings };
}

/** The workspace root's package.json and LICENSE, from the input folder's parent, when both are there. */
function readProjectTexts(inputDir: string): ProjectTexts | undefined {
  const root = dirname(resolve(inputDir));
  const manifest = join(root, PROJECT_MANIFEST_FILE);
  const license = join(root, PROJECT_LICENSE_FILE);
  if (!existsSync(manifest) || !existsSync(license)) return undefined;
  return {
    manifestText: readInput(manifest, 'the workspace root manifest'),
    manifestFile: PROJECT_MANIFEST_FILE,
    licenseText: readInput(license, 'the license'),
  };
}

/**
 * Reads the input files of a folder. Each file is named in messages and headers as
 * `<shownAs>/<file name>`; `shownAs` defaults to the folder as seen from the working folder
 * (`update` passes `api-dump` so a copy of the repo elsewhere gives the same headers).
 */
export function readGenerateInputTexts(inputDir: string, shownAs: string = displayPath(inputDir)): GenerateInputTexts {
  const shown = (name: string): string => (shownAs === '.' ? name : `${shownAs}/${name}`);
  const optional = (name: string, what: string): { text: string; file: string } | undefined => {
    const path = join(inputDir, name);
    return existsSync(path) ? { text: readInput(path, what), file: shown(name) } : undefined;
  };
  const history = optional(HISTORY_FILE_NAME, 'the version history of the slice');
  const scenarios = optional(SCENARIOS_FILE_NAME, 'the conformance scenarios');
  const project = readProjectTexts(inputDir);
  return {
    dumpText: readDumpText(join(inputDir, DUMP_FILE_NAME)).text,
    dumpFile: shown(DUMP_FILE_NAME),
    docsText: readInput(join(inputDir, DOCS_FILE_NAME), 'our descriptions of the slice'),
    docsFile: shown(DOCS_FILE_NAME),
    ...(history === undefined ? {} : { history }),
    ...(scenarios === undefined ? {} : { scenarios }),
    ...(project === undefined ? {} : { project }),
  };
}

export function loadGenerateInput(inputDir: string): LoadedInput {
  return createGenerateInput(readGenerateInputTexts(inputDir));
}
