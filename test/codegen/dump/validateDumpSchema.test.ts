/**
 * The precompiled validator leaves out ajv's `verbose` data (codegen/dump/compileDumpValidator.ts);
 * `failedAt` finds the failed value and schema node from the error's paths instead. Here every
 * field of the fixture is broken in turn (wrong type, empty, missing, an extra key), and for each
 * broken dump `failedAt` must give what a verbose validator reports.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DUMP_AJV_OPTIONS } from '../../../codegen/dump/compileDumpValidator.js';
import { DUMP_SCHEMA } from '../../../codegen/dump/dumpSchema.js';
import { pointerSegments } from '../../../codegen/dump/jsonPath.js';
import { failedAt } from '../../../codegen/dump/validateDumpSchema.js';
import { validate } from '../../../codegen/dump/precompiledDumpValidator.js';
import { rawDumpFixture, type Raw } from './fixtures/rawDumpFixture.js';

/** Every place in `value`: the path to it and a way to replace or delete it in a copy. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...children.flatMap((key) => places((value as Record<string | number, unknown>)[key], [...path, key]))];
}

function broken(path: readonly (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): Raw {
  const raw = rawDumpFixture();
  let parent = raw as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return raw;
}

const BREAKAGES: Record<string, (parent: Record<string | number, unknown>, key: string | number) => void> = {
  number: (parent, key) => (parent[key] = 5),
  empty: (parent, key) => (parent[key] = ''),
  list: (parent, key) => (parent[key] = []),
  object: (parent, key) => (parent[key] = { Odd: 1 }),
  missing: (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]),
  extraKey: (parent, key) => {
    const value = parent[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) (value as Record<string, unknown>).Odd = 1;
  },
};

describe('failedAt', () => {
  it('finds the value and schema node a verbose validator reports, for every broken field of the fixture', () => {
    const verbose = new Ajv({ ...DUMP_AJV_OPTIONS, verbose: true }).compile(DUMP_SCHEMA);
    let compared = 0;
    for (const path of places(rawDumpFixture()).filter((p) => p.length > 0)) {
      for (const [name, change] of Object.entries(BREAKAGES)) {
        const raw = broken(path, change);
        const ok = validate(raw);
        expect(verbose(raw), `${name} at ${path.join('.')}`).toBe(ok);
        if (ok) continue;
        const expected = verbose.errors![0]! as ErrorObject;
        const error = validate.errors![0]!;
        expect([error.instancePath, error.schemaPath, error.keyword]).toEqual([expected.instancePath, expected.schemaPath, expected.keyword]);
        const found = failedAt(error, raw, pointerSegments(error.instancePath));
        expect(found.data, `${name} at ${path.join('.')}`).toBe(expected.data);
        expect(found.parentSchema, `${name} at ${path.join('.')}`).toBe(expected.parentSchema);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
