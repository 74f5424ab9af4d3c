/** How failures are printed: typed errors in one or two lines, anything else as a bug. */
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../codegen/cli/printError.js';
import { DumpError } from '../../../codegen/dump/errors.js';

describe('formatError', () => {
  it('prints a DumpError with its expectation on a second line', () => {
    const error = new DumpError('DUMP_SCHEMA', 'a.json', 'Classes[0].Name', 'found the number 5', 'a non-empty string');
    expect(formatError(error)).toEqual(['error DUMP_SCHEMA: a.json at Classes[0].Name: found the number 5', '  expected: a non-empty string']);
  });

  it('does not repeat a fix the message already contains', () => {
    const error = Object.assign(new Error('x.json at a: bad; expected a string'), { code: 'DOCS_SCHEMA', expected: 'a string' });
    expect(formatError(error)).toEqual(['error DOCS_SCHEMA: x.json at a: bad; expected a string']);
  });

  it('uses `fix` or `hint` when an error names its remedy that way', () => {
    expect(formatError(Object.assign(new Error('boom'), { code: 'HISTORY_INVALID', hint: 'reseed it' }))).toEqual(['error HISTORY_INVALID: boom', '  fix: reseed it']);
  });

  it("treats Node's own errors and plain errors as bugs, without a stack unless asked", () => {
    const nodeError = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const lines = formatError(nodeError, false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('error: ENOENT: no such file');
    expect(lines[1]).toMatch(/bug in rbx-webstream; please report it/);
    expect(formatError(new TypeError('x is undefined'), true).length).toBe(3);
  });
});
