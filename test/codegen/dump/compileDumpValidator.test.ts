/**
 * The ajv options of the precompiled validator (codegen/dump/compileDumpValidator.ts). `unicode:
 * false` measures strings with `.length` instead of counting code points; that is only safe
 * while every length rule of the schema asks for at least one character, where the two measures
 * agree. These tests fail when a length rule that could tell them apart is added, and compare the
 * two validators on names made of arbitrary UTF-16 (astral characters, lone surrogates, empty).
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUMP_AJV_OPTIONS } from '../../../codegen/dump/compileDumpValidator.js';
import { DUMP_SCHEMA } from '../../../codegen/dump/dumpSchema.js';
import { rawDumpFixture } from './fixtures/rawDumpFixture.js';

/** Every value of `keyword` anywhere in `node`. */
function keywordValues(node: unknown, keyword: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((child) => keywordValues(child, keyword));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === keyword ? [value] : keywordValues(value, keyword)));
}

describe('DUMP_AJV_OPTIONS', () => {
  it('measures lengths by .length only where that cannot change a verdict: minLength 1 and nothing else', () => {
    expect(DUMP_AJV_OPTIONS.unicode).toBe(false);
    expect(new Set(keywordValues(DUMP_SCHEMA, 'minLength'))).toEqual(new Set([1]));
    expect(keywordValues(DUMP_SCHEMA, 'maxLength')).toEqual([]);
  });

  it('gives the verdict and first error of code-point counting for any name', () => {
    const { unicode: _byLength, ...codePointOptions } = DUMP_AJV_OPTIONS;
    const byLength = new Ajv(DUMP_AJV_OPTIONS).compile(DUMP_SCHEMA);
    const byCodePoints = new Ajv(codePointOptions).compile(DUMP_SCHEMA);
    const name = fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(name, name, (className, enumName) => {
        const raw = rawDumpFixture();
        raw.Classes[3].Name = className;
        raw.Enums[1].Name = enumName;
        const verdict = byLength(raw);
        expect(byCodePoints(raw)).toBe(verdict);
        expect(byLength.errors?.[0]?.instancePath).toBe(byCodePoints.errors?.[0]?.instancePath);
        expect(byLength.errors?.[0]?.keyword).toBe(byCodePoints.errors?.[0]?.keyword);
        expect(verdict).toBe(className !== '' && enumName !== '');
      }),
      { numRuns: 500 },
    );
  });
});
