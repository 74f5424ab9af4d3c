/**
 * The tracked slice of a dump: one class gives sliceDump's slice; several are merged in the full
 * dump's order.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { sliceDump } from '../../../codegen/slice/sliceDump.js';
import { sliceToScope } from '../../../codegen/slice/scopeSlice.js';
import { describeWithRealDumps, readRealDump } from '../../helpers/realDumps.js';

describeWithRealDumps('sliceToScope on the real 0.734 dump', ['0.734.0.7340915'], () => {
  let full: Dump;
  beforeAll(() => {
    full = parseDump(readRealDump('0.734.0.7340915'), '0.734').dump;
  });

  it('is the class’s slice when the scope has one class', () => {
    expect(sliceToScope(full, ['WebStreamClient'])).toStrictEqual(sliceDump(full, 'WebStreamClient'));
  });

  it('merges several slices, keeping every member any of them keeps, in dump order', () => {
    const merged = sliceToScope(full, ['WebStreamClient', 'WorldModel']);
    const parts = [sliceDump(full, 'WebStreamClient'), sliceDump(full, 'WorldModel')];
    const order = full.classes.map((cls) => cls.name);
    const names = merged.classes.map((cls) => cls.name);
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const part of parts) {
      for (const cls of part.classes) {
        const kept = merged.classes.find((candidate) => candidate.name === cls.name);
        expect(kept?.members.map((member) => member.name)).toEqual(expect.arrayContaining(cls.members.map((member) => member.name)));
      }
      for (const enumeration of part.enums) expect(merged.enums.map((e) => e.name)).toContain(enumeration.name);
    }
    const union = new Set(parts.flatMap((part) => part.classes.map((cls) => cls.name)));
    expect(new Set(names)).toEqual(union);
  });
});
