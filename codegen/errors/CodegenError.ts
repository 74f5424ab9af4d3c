/**
 * The one error base of the generator. Every failure the generator reports on purpose — a bad
 * dump, history log, docs file or scenario table, an emitter that cannot type a member, an update
 * that cannot reach Roblox — is a `CodegenError` subclass with
 *
 * - `code`: stable, `AREA_WHAT` in capitals (docs/errors.md lists them; tests and scripts branch
 *   on it, never on the message);
 * - `message`: one line naming the file and, where there is one, the JSON path;
 * - `file` and `jsonPath`: the input concerned and the path inside it (`Classes[3].Members[1]`),
 *   when the error is about one;
 * - `fix`: what to do about it (or what would be valid there), one phrase.
 *
 * The CLI (codegen/cli/printError.ts) prints any `CodegenError` as `error CODE: message` plus
 * `  fix: ...` when the message does not already say it; anything else is a bug of ours.
 */

export interface CodegenErrorDetails {
  /** The input file concerned, as the user named it. */
  readonly file?: string;
  /** JSON path inside `file`, e.g. `Classes[12].Members[3].MemberType`. */
  readonly jsonPath?: string;
  /** What to do about it, or what would be valid there. */
  readonly fix: string;
}

export abstract class CodegenError extends Error {
  /** Stable code, e.g. `DUMP_SCHEMA`. */
  abstract readonly code: string;
  readonly file: string | undefined;
  readonly jsonPath: string | undefined;
  readonly fix: string;

  constructor(message: string, details: CodegenErrorDetails) {
    super(message);
    this.name = new.target.name;
    this.file = details.file;
    this.jsonPath = details.jsonPath;
    this.fix = details.fix;
  }
}

/** One problem of a file checked against a schema: where, what, and what would be valid there. */
export interface SchemaProblem {
  readonly path: string;
  readonly problem: string;
  readonly expected: string;
}

/**
 * The message and details of an error that reports every schema problem of one file: the first
 * one in full, then how many more and where the next few are.
 */
export function describeSchemaProblems(file: string, problems: readonly SchemaProblem[], fallback: SchemaProblem): [string, CodegenErrorDetails] {
  const first = problems[0] ?? fallback;
  const shown = problems
    .slice(1, 4)
    .map((p) => p.path)
    .join(', ');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${shown}${problems.length > 4 ? ', ...' : ''})` : '';
  return [`${file} at ${first.path}: ${first.problem}; expected ${first.expected}${more}`, { file, jsonPath: first.path, fix: first.expected }];
}
