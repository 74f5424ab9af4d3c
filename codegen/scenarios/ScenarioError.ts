/**
 * The typed error of the scenario table (`api-dump/scenarios.json`). Loading fails with a
 * `ScenarioError` naming the file, the JSON path of each problem and what would fix it, never
 * with a stack trace; the CLI prints `error CODE: message` plus the expected value.
 */

import { CodegenError, describeSchemaProblems } from '../errors/CodegenError.js';

export type ScenarioErrorCode =
  /** The text is not JSON. */
  | 'SCENARIOS_INVALID_JSON'
  /** A value has the wrong type or shape, or a key is unknown. */
  | 'SCENARIOS_SCHEMA'
  /** The table contradicts itself: a duplicate id, a route that is not defined, a step that cannot work. */
  | 'SCENARIOS_INCONSISTENT'
  /** The table does not fit the dump: the factory names a class, member or type the dump does not have. */
  | 'SCENARIOS_DUMP_MISMATCH'
  /** A step that needs the table (the conformance emitter) was given none. */
  | 'SCENARIOS_NOT_LOADED';

/** One finding: where in scenarios.json, what is wrong, and what would fix it. */
export interface ScenarioProblem {
  /** JSON path, e.g. `scenarios[3].events[1].event`. */
  readonly path: string;
  readonly problem: string;
  readonly expected: string;
}

export class ScenarioError extends CodegenError {
  /** The file; the first problem's path (the others are in {@link problems}) and what it expects. */
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    readonly code: ScenarioErrorCode,
    file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(
      ...describeSchemaProblems(file, problems, { path: '(root)', problem: 'invalid scenario table', expected: 'the shape in codegen/scenarios/types.ts' }),
    );
  }
}
