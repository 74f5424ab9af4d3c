/**
 * The text buffer `printStructures` writes into: the few writer operations ts-morph's printers
 * use (code-block-writer's indentation, new lines, blank lines, blocks), over an array of chunks
 * instead of a writer object per type. Two-space indentation.
 */

const INDENT = '  ';
const INDENTS = Array.from({ length: 8 }, (_, level) => INDENT.repeat(level));

export class TextOut {
  private readonly chunks: string[] = [];
  private last = '';
  private beforeLast = '';
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

  /** Whole lines, already indented (`indentation()`), each ending in a newline. */
  writeLines(text: string): void {
    this.push(text);
    this.firstLineOfBlock = false;
  }

  atLineStart(): boolean {
    return this.last === '\n' || this.last === '';
  }

  indentation(): string {
    return INDENTS[this.level] ?? INDENT.repeat(this.level);
  }

  newLine(): void {
    this.push('\n');
    this.firstLineOfBlock = false;
  }

  newLineIfLastNot(): void {
    if (this.last !== '\n') this.newLine();
  }

  /** A blank line, whatever came before (code-block-writer's `blankLine`). */
  blankLine(): void {
    this.newLineIfLastNot();
    this.newLine();
  }

  blankLineIfLastNot(): void {
    if (!(this.last === '\n' && this.beforeLast === '\n')) this.blankLine();
  }

  atStartOfFirstLineOfBlock(): boolean {
    return this.firstLineOfBlock && (this.last === '\n' || this.last === '');
  }

  lastNonWhitespaceIsCloseBrace(): boolean {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const trimmed = (this.chunks[i] ?? '').trimEnd();
      if (trimmed !== '') return trimmed.endsWith('}');
    }
    return false;
  }

  /** `{`, the indented body, `}`. */
  block(body: () => void): void {
    this.write('{');
    if (this.last !== '') this.newLineIfLastNot();
    this.level++;
    this.firstLineOfBlock = true;
    body();
    this.firstLineOfBlock = false;
    this.level--;
    this.newLineIfLastNot();
    this.write('}');
  }

  text(): string {
    return this.chunks.join('');
  }

  private push(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.beforeLast = text.length > 1 ? text.charAt(text.length - 2) : this.last;
    this.last = text.charAt(text.length - 1);
  }
}
