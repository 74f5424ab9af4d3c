/**
 * The known deviations of a runtime from the generated suite (`test/conformance/expectations.json`):
 * check id → the reason it is expected to fail. Expected failures still run (as `it.fails`), so
 * one that starts passing fails the run until its entry is removed, as with undici's WPT
 * expectations. An entry naming a check the suite does not have (renamed, removed, or not
 * generated for this dump) is an error too: a stale expectation must not linger.
 */
import { readFileSync } from 'node:fs';
import type { ConformanceCheck } from './ConformanceTarget.js';

export type Expectations = ReadonlyMap<string, string>;

export class ExpectationsError extends Error {
  override readonly name = 'ExpectationsError';
  constructor(
    readonly code: 'EXPECTATIONS_INVALID' | 'EXPECTATIONS_STALE',
    readonly file: string,
    readonly path: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${file} at ${path}: ${problem}; ${fix}`);
  }
}

/** Parses the file's text: `{"expectedFailures": {"<check id>": "<reason>"}}`. */
export function parseExpectations(text: string, file: string): Expectations {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExpectationsError('EXPECTATIONS_INVALID', file, '(root)', `not valid JSON (${(error as Error).message})`, 'fix the JSON syntax');
  }
  const failures = (json as { expectedFailures?: unknown } | null)?.expectedFailures;
  if (typeof failures !== 'object' || failures === null || Array.isArray(failures)) {
    throw new ExpectationsError(
      'EXPECTATIONS_INVALID',
      file,
      'expectedFailures',
      'missing or not an object',
      'write {"expectedFailures": {"<check id>": "<why it fails>"}}',
    );
  }
  const unknownKeys = Object.keys(json as object).filter((key) => key !== 'expectedFailures' && key !== '$comment');
  if (unknownKeys.length > 0)
    throw new ExpectationsError('EXPECTATIONS_INVALID', file, unknownKeys[0] as string, 'unknown field', 'only "$comment" and "expectedFailures" are allowed');
  const entries = Object.entries(failures as Record<string, unknown>).map(([id, reason]): [string, string] => {
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new ExpectationsError(
        'EXPECTATIONS_INVALID',
        file,
        `expectedFailures["${id}"]`,
        'has no reason',
        'give each expected failure a sentence saying why the runtime deviates',
      );
    }
    return [id, reason];
  });
  return new Map(entries);
}

export function readExpectations(file: string): Expectations {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ExpectationsError(
      'EXPECTATIONS_INVALID',
      file,
      '(root)',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'create it with {"expectedFailures": {}}',
    );
  }
  return parseExpectations(text, file);
}

/** Throws when an expectation names no generated, runnable check. */
export function assertExpectationsApply(expectations: Expectations, checks: readonly ConformanceCheck[], file: string): void {
  for (const id of expectations.keys()) {
    const check = checks.find((candidate) => candidate.id === id);
    if (check === undefined)
      throw new ExpectationsError(
        'EXPECTATIONS_STALE',
        file,
        `expectedFailures["${id}"]`,
        'names a check the generated suite does not have',
        'remove the entry (the check was renamed or removed by regeneration)',
      );
    if (check.skip !== undefined)
      throw new ExpectationsError(
        'EXPECTATIONS_STALE',
        file,
        `expectedFailures["${id}"]`,
        `names a check that is not run for this dump (${check.skip})`,
        'remove the entry',
      );
  }
}
