/**
 * The dump schema itself: valid against the JSON Schema meta-schema (the parser skips that
 * check at run time for speed) and strict (no keyword ajv would ignore).
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DUMP_SCHEMA, SCHEMA_PIECES } from '../../../codegen/dump/dumpSchema.js';
import { DUMP_AJV_OPTIONS } from '../../../codegen/dump/compileDumpValidator.js';

describe('DUMP_SCHEMA', () => {
  it('is a valid JSON Schema and compiles in strict mode', () => {
    const ajv = new Ajv({ ...DUMP_AJV_OPTIONS, validateSchema: true, code: { optimize: true } });
    expect(ajv.validateSchema(DUMP_SCHEMA)).toBe(true);
    expect(() => ajv.compile(DUMP_SCHEMA)).not.toThrow();
  });

  it('gives every shared piece a wording for error messages', () => {
    expect(
      Object.entries(SCHEMA_PIECES)
        .filter(([, node]) => typeof node.expected !== 'string')
        .map(([name]) => name),
    ).toEqual([]);
  });
});
