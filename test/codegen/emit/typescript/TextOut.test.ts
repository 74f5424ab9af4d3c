/**
 * TextOut keeps what the layout rules ask about the text written so far up to date on each write
 * instead of reading the text back; these check it against the text itself.
 */
import { describe, expect, it } from 'vitest';
import { TextOut } from '../../../../codegen/emit/typescript/TextOut.js';

describe('TextOut', () => {
  it('knows whether the last non-blank character is `}` for every UTF-16 code unit written after it', () => {
    // String.prototype.trimEnd is the reference for what counts as blank.
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const out = new TextOut();
      out.write('x }');
      out.write(`${char}${char}`);
      if (out.lastNonWhitespaceIsCloseBrace() !== `x }${char}${char}`.trimEnd().endsWith('}')) wrong.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('looks past blank writes, and is false before anything is written', () => {
    const out = new TextOut();
    expect(out.lastNonWhitespaceIsCloseBrace()).toBe(false);
    out.block(() => out.write('a;'));
    out.newLine();
    out.write('   ');
    out.newLine();
    expect(out.lastNonWhitespaceIsCloseBrace()).toBe(true);
    out.write('b');
    expect(out.lastNonWhitespaceIsCloseBrace()).toBe(false);
  });

  it('after a comment, lays out what follows as if it had read the comment', () => {
    const out = new TextOut();
    out.block(() => {
      out.writeComment(`${out.indentation()}/**\n${out.indentation()} * a }\n${out.indentation()} */\n`);
      expect(out.atLineStart()).toBe(true);
      expect(out.lastNonWhitespaceIsCloseBrace()).toBe(false);
      out.blankLineIfLastNot();
      out.write('x;');
    });
    expect(out.text()).toBe('{\n  /**\n   * a }\n   */\n\n  x;\n}');
  });

  it('gives back exactly what was written, across many pieces', () => {
    const out = new TextOut();
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      out.write(`line ${i} é😀;`);
      out.newLine();
      expected += `line ${i} é😀;\n`;
    }
    expect(out.text()).toBe(expected);
  });
});
