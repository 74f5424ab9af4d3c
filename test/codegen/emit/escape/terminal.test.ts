/** Terminal text: no escape sequences, no line breaks. */
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../../codegen/emit/escape/terminal.js';

describe('terminalText', () => {
  it('spells escape sequences and line breaks', () => {
    expect(terminalText('a\u001b[31mred\nfake line')).toBe('a\\u001B[31mred\\u000Afake line');
  });
});
