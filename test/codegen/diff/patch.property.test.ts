/**
 * Property-based proof that patch(a, diff(a, b)) rebuilds b exactly, on random valid dumps and
 * random mutations of them (arbitraries in test/helpers/rawDumpArbitraries.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import { diff } from '../../../codegen/diff/diff.js';
import { patch } from '../../../codegen/diff/patch.js';
import { PatchError } from '../../../codegen/diff/errors.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { serializeDump } from '../../../codegen/dump/serializeDump.js';
import { rawDump, rawDumpPair, type RawDump } from '../../helpers/rawDumpArbitraries.js';

const parse = (raw: RawDump): Dump => parseDump(JSON.stringify(raw), 'generated.json').dump;

function expectExactRebuild(a: Dump, b: Dump): void {
  const changes = diff(a, b);
  const patched = patch(a, changes);
  expect(patched).toStrictEqual(b);
  expect(JSON.stringify(serializeDump(patched))).toBe(JSON.stringify(serializeDump(b)));
  // The JSON contract alone is enough: a diff that went through JSON text still applies.
  expect(patch(a, JSON.parse(JSON.stringify(changes)))).toStrictEqual(b);
}

describe('patch(a, diff(a, b)) on generated dumps', () => {
  it('rebuilds a mutated copy exactly, order included', () => {
    fc.assert(
      fc.property(rawDumpPair, ([rawA, rawB]) => expectExactRebuild(parse(rawA), parse(rawB))),
      { numRuns: 400 },
    );
  });

  it('rebuilds an unrelated dump exactly', () => {
    fc.assert(
      fc.property(rawDump, rawDump, (rawA, rawB) => expectExactRebuild(parse(rawA), parse(rawB))),
      { numRuns: 200 },
    );
  });

  it('finds no change between a dump and itself', () => {
    fc.assert(
      fc.property(rawDump, (raw) => {
        expect(diff(parse(raw), parse(raw))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses to apply a diff to its own result when it changes more than the order', () => {
    fc.assert(
      fc.property(rawDumpPair, ([rawA, rawB]) => {
        const b = parse(rawB);
        const changes = diff(parse(rawA), b);
        fc.pre(changes.some((change) => change.field !== 'Position'));
        expect(() => patch(b, changes)).toThrow(PatchError);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a change whose `from` does not match the dump', () => {
    fc.assert(
      fc.property(rawDumpPair, fc.nat(), ([rawA, rawB], pickIndex) => {
        const a = parse(rawA);
        const changes = diff(a, parse(rawB)).filter((change) => change.action === 'Change' && change.field !== 'Position');
        fc.pre(changes.length > 0);
        const target = changes[pickIndex % changes.length]!;
        const tampered = { ...target, from: { tampered: true } };
        expect(() => patch(a, [tampered])).toThrow(PatchError);
      }),
      { numRuns: 200 },
    );
  });
});
