/**
 * The Luau escapers: whatever the text, a comment stays a comment and a string literal has
 * exactly the text as its value. Checked by reading the output back with a small model of the
 * Luau lexer's rules (line comments end at a line break; `--[[`/`--!` only count at the start).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLuauComment, toLuauStringLiteral } from '../../../../codegen/emit/escape/luau.js';

const HOSTILE = [
  '*/',
  '--[[',
  ']]',
  '--]]',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\0',
  '\ud800',
  '\udc00x',
  '"',
  '\\',
  '`',
  '${',
  '{{',
  '--!strict',
  'end',
  'return 1',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** Decodes a Luau double-quoted literal as the Luau lexer would (only the escapes we emit and plain ASCII). */
function decodeLuauString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  expect(body).toMatch(/^(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\[\\"nrt]|\\u\{[0-9A-F]+\})*$/);
  return body.replace(/\\u\{([0-9A-F]+)\}|\\([\\"nrt])/g, (_, code: string | undefined, simple: string | undefined) => {
    if (code !== undefined) return String.fromCodePoint(parseInt(code, 16));
    return ({ '\\': '\\', '"': '"', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[simple!]!;
  });
}

const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('toLuauStringLiteral', () => {
  it('round-trips any text (lone surrogates become U+FFFD) and writes only printable ASCII', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(decodeLuauString(toLuauStringLiteral(text))).toBe(wellFormed(text));
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it('escapes quotes, backslashes and line breaks', () => {
    expect(toLuauStringLiteral('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(toLuauStringLiteral('é\u2028')).toBe('"\\u{E9}\\u{2028}"');
  });
});

describe('escapeLuauComment', () => {
  it('keeps every line of `-- ${text}` a line comment, with no control characters', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const comment = `-- ${escapeLuauComment(text)}`;
        for (const line of comment.split('\n')) {
          expect(line.startsWith('-- ')).toBe(true);
          expect(line).not.toMatch(/[\r\u0085\u2028\u2029\u0000-\u0008\u000b-\u001f\u007f]/);
          expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it('continues a multi-line text as further comment lines', () => {
    expect(escapeLuauComment('one\r\ntwo\n--[[ three')).toBe('one\n-- two\n-- --[[ three');
    expect(escapeLuauComment('nul\0here')).toBe('nul\\u{0}here');
  });
});
