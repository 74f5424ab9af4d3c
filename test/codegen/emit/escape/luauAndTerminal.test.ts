/** Luau comment and string escaping (checked byte for byte) and terminal text. */
import { describe, expect, it } from 'vitest';
import { luauComment, luauStringLiteral } from '../../../../codegen/emit/escape/luau.js';
import { terminalText } from '../../../../codegen/emit/escape/terminal.js';

describe('luau', () => {
  it('keeps a comment on one line', () => {
    expect(luauComment('a\nb\r\nc\u2028]]--[[')).toBe('-- a b c ]]--[[');
  });

  it.each([
    ['quotes and backslashes', 'a"b\\c', '"a\\"b\\\\c"'],
    ['line breaks and NUL', 'a\nb\r\u0000', '"a\\nb\\r\\x00"'],
    ['line separators and bidi overrides', '\u2028\u202E', '"\\u{2028}\\u{202E}"'],
    ['a lone surrogate as its WTF-8 bytes', 'x\ud800', '"x\\xED\\xA0\\x80"'],
    ['surrogate pairs and other text as they are', 'é😀', '"é😀"'],
  ])('writes %s', (_, value, expected) => {
    expect(luauStringLiteral(value)).toBe(expected);
  });
});

describe('terminalText', () => {
  it('spells escape sequences and line breaks', () => {
    expect(terminalText('a\u001b[31mred\nfake line')).toBe('a\\u001B[31mred\\u000Afake line');
  });
});
