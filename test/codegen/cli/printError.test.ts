/** How failures are printed: generator errors in one or two lines, anything else as a bug. */
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../codegen/cli/printError.js';
import { DocsError } from '../../../codegen/docs/errors.js';
import { DumpError } from '../../../codegen/dump/errors.js';
import { CodegenError } from '../../../codegen/errors/CodegenError.js';
import { HistoryError } from '../../../codegen/history/errors.js';

describe('formatError', () => {
  it('prints a DumpError with its fix on a second line', () => {
    const error = new DumpError('DUMP_SCHEMA', 'a.json', 'Classes[0].Name', 'found the number 5', 'a non-empty string');
    expect(formatError(error)).toEqual(['error DUMP_SCHEMA: a.json at Classes[0].Name: found the number 5', '  fix: a non-empty string']);
  });

  it('does not repeat a fix the message already contains', () => {
    const error = new DocsError('DOCS_SCHEMA', 'x.json', [{ path: 'a', problem: 'bad', expected: 'a string' }]);
    expect(formatError(error)).toEqual(['error DOCS_SCHEMA: x.json at a: bad; expected a string']);
  });

  it('reads every generator error through the one base: code, file, JSON path, fix', () => {
    const error = new HistoryError('HISTORY_INVALID', 'h.json', 'builds[0]', 'bad', 'reseed it');
    expect(error).toBeInstanceOf(CodegenError);
    expect({ code: error.code, file: error.file, jsonPath: error.jsonPath, fix: error.fix, name: error.name }).toEqual({
      code: 'HISTORY_INVALID',
      file: 'h.json',
      jsonPath: 'builds[0]',
      fix: 'reseed it',
      name: 'HistoryError',
    });
  });

  it('treats an error that merely looks typed (a `code` and a `fix`) as a bug: no duck typing', () => {
    const lookalike = Object.assign(new Error('boom'), { code: 'HISTORY_INVALID', fix: 'reseed it' });
    expect(formatError(lookalike, false)[0]).toBe('error: boom');
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
