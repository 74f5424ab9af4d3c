import { describe, expect, it } from 'vitest';
import { escapeDocText } from '../../../../codegen/emit/shared/escapeDocText.js';

describe('escapeDocText', () => {
  it.each([
    ['leaves ordinary text alone', 'Fires when the server answered.', 'Fires when the server answered.'],
    ['breaks a comment end', 'a */ b', 'a *\\/ b'],
    ['breaks every comment end', '*/*/', '*\\/*\\/'],
    ['escapes a tag at line start', 'first\n@param x', 'first\n\\@param x'],
    ['escapes an indented tag at line start', '  @returns', '  \\@returns'],
    ['leaves an @ inside a line', 'mail me@example.com', 'mail me@example.com'],
    ['keeps quotes and backticks', 'say "hi" with `code`', 'say "hi" with `code`'],
    ['normalises CRLF', 'a\r\nb', 'a\nb'],
  ])('%s', (_, text, expected) => {
    expect(escapeDocText(text)).toBe(expected);
  });
});
