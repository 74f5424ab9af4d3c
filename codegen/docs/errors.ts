/**
 * The typed error of the docs loader. `api-dump/docs.json` holds our own descriptions of the
 * slice; when it cannot be read, has the wrong shape, or does not match the slice entity for
 * entity, loading fails with a `DocsError` naming the file, the JSON path and the fix.
 */

import { CodegenError, describeSchemaProblems } from '../errors/CodegenError.js';

export type DocsErrorCode =
  /** The text is not JSON. */
  | 'DOCS_INVALID_JSON'
  /** A value has the wrong type, a required text is missing or empty, or a key is unknown. */
  | 'DOCS_SCHEMA'
  /** An entity of the slice (class, member, parameter, enum, item) has no description. */
  | 'DOCS_MISSING'
  /** The docs describe something the slice does not have (renamed, removed or misspelt). */
  | 'DOCS_UNKNOWN_ENTITY';

/** One finding: where in docs.json, what is wrong, and what would fix it. */
export interface DocsProblem {
  /** JSON path in docs.json, e.g. `classes.WebStreamClient.members.Send.parameters.data`. */
  readonly path: string;
  readonly problem: string;
  readonly expected: string;
}

export class DocsError extends CodegenError {
  /** The file; the first problem's path (the others are in {@link problems}) and what it expects. */
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    readonly code: DocsErrorCode,
    file: string,
    /** Every problem of this kind found, first one first. */
    readonly problems: readonly DocsProblem[],
  ) {
    super(...describeSchemaProblems(file, problems, { path: '(root)', problem: 'invalid docs', expected: 'a valid docs file' }));
  }
}
