/**
 * The history's JSON Schemas are valid schemas (the CLI compiles them without this check, for
 * speed), and JSON paths read the way the error messages print them.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILDS_LIST_SCHEMA, HISTORY_SCHEMA, SEED_SCHEMA, jsonPath } from '../../../codegen/history/schemas.js';

describe('history schemas', () => {
  it('pass the JSON Schema meta-schema in strict mode', () => {
    const ajv = new Ajv({ strict: true, validateSchema: true });
    for (const schema of [HISTORY_SCHEMA, SEED_SCHEMA, BUILDS_LIST_SCHEMA]) {
      expect(ajv.validateSchema(schema)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('turn ajv instance paths into dotted paths with indexes', () => {
    expect(jsonPath('/builds/3/changes/0', 'action')).toBe('builds[3].changes[0].action');
    expect(jsonPath('')).toBe('');
    expect(jsonPath('/snapshot/dump')).toBe('snapshot.dump');
  });
});
