/**
 * checkDumpIntegrity's shortcut for type references: given the distinct types of a dump (as
 * normalizeDump collects them), it walks the members only when one of those types does not
 * resolve. The warnings must be the ones the full walk gives, with or without the shortcut.
 */
import { describe, expect, it } from 'vitest';
import { checkDumpIntegrity } from '../../../codegen/dump/checkDumpIntegrity.js';
import { DumpWarnings } from '../../../codegen/dump/dumpWarnings.js';
import { normalizeDump } from '../../../codegen/dump/normalizeDump.js';
import type { RawDump } from '../../../codegen/dump/rawTypes.js';
import { rawDumpFixture, type Raw } from './fixtures/rawDumpFixture.js';

function warningsOf(change: (raw: Raw) => void, withTypes: boolean): ReturnType<DumpWarnings['list']> {
  const raw = rawDumpFixture();
  change(raw);
  const warnings = new DumpWarnings();
  const { dump, types } = normalizeDump(raw as RawDump, 'dump.json', warnings);
  checkDumpIntegrity(dump, 'dump.json', warnings, { checkReferences: true, ...(withTypes ? { types } : {}) });
  return warnings.list();
}

describe('checkDumpIntegrity with the distinct types of the dump', () => {
  it.each([
    ['every type resolves', () => {}, 0],
    ['an enum type is missing', (r: Raw) => (r.Enums[0].Name = 'OtherState'), 1],
    [
      'a class type is missing in a tuple and a parameter',
      (r: Raw) => {
        r.Classes[3].Members[3].ReturnType[1] = { Category: 'Class', Name: 'Gone' };
        r.Classes[3].Members[2].Parameters[0].Type = { Category: 'Class', Name: 'Gone?' };
      },
      2,
    ],
  ])('warns exactly as the full walk when %s', (_case, change, count) => {
    const shortcut = warningsOf(change, true);
    expect(shortcut).toEqual(warningsOf(change, false));
    expect(shortcut.filter((warning) => warning.code === 'DUMP_UNRESOLVED_TYPE')).toHaveLength(count);
  });
});
