/**
 * A long text built by appending, for the printers of whole-API output (4 MB of declarations
 * from a few hundred thousand appends). It grows by concatenation into pieces of about
 * `PIECE_LENGTH` characters, joined once at the end: an array with one entry per append made the
 * final join alone cost tens of milliseconds.
 */

const PIECE_LENGTH = 16 * 1024;
/**
 * Any regular expression run over a finished piece makes V8 copy it into one flat string (a
 * match needs one); the many small strings it was concatenated from are then garbage while still
 * young, instead of being copied by every young-generation collection until the final join. The
 * result of the test does not matter.
 */
const FLATTEN = /^/;

export class ChunkedText {
  private readonly pieces: string[] = [];
  /** The text after the last finished piece. */
  private tail = '';

  append(text: string): void {
    this.tail += text;
    if (this.tail.length >= PIECE_LENGTH) this.finishPiece();
  }

  private finishPiece(): void {
    FLATTEN.test(this.tail);
    this.pieces.push(this.tail);
    this.tail = '';
  }

  /**
   * Appends everything `other` holds, taking its finished pieces as they are rather than copying
   * them into this text's pieces (`other` is not used afterwards).
   */
  appendAll(other: ChunkedText): void {
    if (other.pieces.length > 0) {
      this.finishPiece();
      for (const piece of other.pieces) this.pieces.push(piece);
    }
    this.append(other.tail);
  }

  text(): string {
    return this.pieces.length === 0 ? this.tail : this.pieces.join('') + this.tail;
  }
}
