/**
 * The text buffer `printStructures` writes into: the few writer operations ts-morph's printers
 * use (code-block-writer's indentation, new lines, blank lines, blocks), over plain strings
 * instead of a writer object per type. Two-space indentation. The text itself grows in a
 * `ChunkedText`; what the layout rules ask about the text so far (the last two characters,
 * whether the last non-blank one is `}`) is kept up to date on each write, so the text is never
 * read back.
 */
import { ChunkedText } from './ChunkedText.js';

const INDENT = '  ';
const INDENTS = Array.from({ length: 8 }, (_, level) => INDENT.repeat(level));
const NEWLINE = 0x0a;
const CLOSE_BRACE = 0x7d;
const SLASH = 0x2f;
/** Stands for "no character yet" in `last` and `beforeLast`. */
const NONE = -1;

/** The code units `String.prototype.trimEnd` removes: ECMAScript WhiteSpace and LineTerminator. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export class TextOut {
  private readonly out = new ChunkedText();
  private last = NONE;
  private beforeLast = NONE;
  /** Whether the last character that is not white space is `}` (false while there is none). */
  private closeBraceLast = false;
  private level = 0;
  private firstLineOfBlock = true;

  /**
   * Writes `text` at the current position, indenting it when it starts a line. Lines after the
   * first of a multi-line text (an object literal initializer, a tuple type) are indented to the
   * current block; ts-morph would add a hanging indent to them, we keep them as given.
   */
  write(text: string): void {
    if (text === '') return;
    if (this.atLineStart()) this.push(this.indentation());
    if (this.level > 0 && text.includes('\n')) text = text.replaceAll(/\n(?=[^\n])/g, `\n${this.indentation()}`);
    this.push(text);
  }

  /**
   * A whole multi-line comment, already indented (`indentation()`), ending in ` *\/` and a
   * newline. Its ending is known, so the text is not read back (reading a concatenated string
   * makes V8 copy it into one piece first).
   */
  writeComment(text: string): void {
    this.out.append(text);
    this.beforeLast = SLASH;
    this.last = NEWLINE;
    this.closeBraceLast = false;
    this.firstLineOfBlock = false;
  }

  atLineStart(): boolean {
    return this.last === NEWLINE || this.last === NONE;
  }

  indentation(): string {
    return INDENTS[this.level] ?? INDENT.repeat(this.level);
  }

  newLine(): void {
    this.push('\n');
    this.firstLineOfBlock = false;
  }

  newLineIfLastNot(): void {
    if (this.last !== NEWLINE) this.newLine();
  }

  /** A blank line, whatever came before (code-block-writer's `blankLine`). */
  blankLine(): void {
    this.newLineIfLastNot();
    this.newLine();
  }

  blankLineIfLastNot(): void {
    if (!(this.last === NEWLINE && this.beforeLast === NEWLINE)) this.blankLine();
  }

  atStartOfFirstLineOfBlock(): boolean {
    return this.firstLineOfBlock && this.atLineStart();
  }

  lastNonWhitespaceIsCloseBrace(): boolean {
    return this.closeBraceLast;
  }

  /** `{`, the indented body, `}`. */
  block(body: () => void): void {
    this.write('{');
    if (this.last !== NONE) this.newLineIfLastNot();
    this.level++;
    this.firstLineOfBlock = true;
    body();
    this.firstLineOfBlock = false;
    this.level--;
    this.newLineIfLastNot();
    this.write('}');
  }

  text(): string {
    return this.out.text();
  }

  private push(text: string): void {
    const length = text.length;
    if (length === 0) return;
    this.out.append(text);
    this.beforeLast = length > 1 ? text.charCodeAt(length - 2) : this.last;
    this.last = text.charCodeAt(length - 1);
    for (let i = length - 1; i >= 0; i--) {
      const code = text.charCodeAt(i);
      if (!isWhiteSpace(code)) {
        this.closeBraceLast = code === CLOSE_BRACE;
        break;
      }
    }
  }
}
