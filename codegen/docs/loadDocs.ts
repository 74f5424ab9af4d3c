/**
 * Loads `api-dump/docs.json`: parses the text, checks its shape (ajv, `docsSchema.ts`) and
 * checks that it describes exactly the entities of the slice (`validateDocs.ts`). Pure: the
 * callers read the file at the I/O edge.
 */
import type { Dump } from '../dump/types.js';
import { withoutPrototypes } from '../emit/shared/lookupTable.js';
import { DocsError } from './errors.js';
import { describeDocsSchemaError, docsValidator } from './docsSchema.js';
import type { DocsFile } from './types.js';
import { validateDocs } from './validateDocs.js';

/** Parses docs text and checks its shape only (no comparison with a dump). */
export function parseDocs(text: string, file: string): DocsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocsError('DOCS_INVALID_JSON', file, [
      { path: '(root)', problem: `not valid JSON (${reason})`, expected: 'a JSON object {"classes": {...}, "enums": {...}}' },
    ]);
  }
  const validate = docsValidator();
  if (!validate(json)) {
    throw new DocsError('DOCS_SCHEMA', file, (validate.errors ?? []).map(describeDocsSchemaError));
  }
  return json;
}

/** Parses docs text and checks it matches the dump entity for entity; throws DocsError otherwise. */
export function loadDocs(text: string, file: string, dump: Dump): DocsFile {
  const docs = parseDocs(text, file);
  const { missing, unknown } = validateDocs(docs, dump);
  if (missing.length > 0) throw new DocsError('DOCS_MISSING', file, missing);
  if (unknown.length > 0) throw new DocsError('DOCS_UNKNOWN_ENTITY', file, unknown);
  // Keys are dump names: `docs.classes.constructor` must not find Object.prototype's.
  return withoutPrototypes(docs);
}
