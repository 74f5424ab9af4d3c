/**
 * One error base for the runtime: every error class the package exports extends WebStreamError
 * and carries a stable `code`, and docs/errors.md lists every code of WebStreamErrorCode.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WebStreamError } from '../../../runtime/errors/WebStreamError.js';
import * as runtime from '../../../runtime/index.js';

/** Every exported class whose instances are Errors, by export name. */
const errorClasses: Array<[string, { prototype: unknown }]> = [];
for (const [name, value] of Object.entries(runtime as Record<string, unknown>)) {
  if (typeof value === 'function' && (value as { prototype: unknown }).prototype instanceof Error) errorClasses.push([name, value as { prototype: unknown }]);
}

describe('runtime error base', () => {
  it('exports WebStreamError and at least the known error classes', () => {
    expect(errorClasses.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'RequestOptionsError',
        'ClientLimitError',
        'PropertyError',
        'UsageError',
        'NotCreatableError',
        'SseBlockTooLargeError',
        'EventWaitError',
      ]),
    );
  });

  it.each(errorClasses.filter(([name]) => name !== 'WebStreamError'))('%s extends WebStreamError', (_name, errorClass) => {
    expect(errorClass.prototype).toBeInstanceOf(WebStreamError);
  });

  it('documents every code in docs/errors.md', () => {
    const source = readFileSync('runtime/errors/WebStreamError.ts', 'utf8');
    const union = source.slice(source.indexOf('export type WebStreamErrorCode'), source.indexOf(';', source.indexOf('export type WebStreamErrorCode')));
    const codes = [...union.matchAll(/'(WSC_ERR_[A-Z_]+)'/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(20);
    const docs = readFileSync('docs/errors.md', 'utf8');
    expect(codes.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
