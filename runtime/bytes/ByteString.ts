/**
 * Byte strings: how this package shows a Luau string (a sequence of bytes) to JavaScript.
 *
 * A byte string is a JS string in which every char code is one byte (0–255), i.e. the bytes
 * decoded as latin1. It keeps every byte of a binary WebSocket frame or a RawStream chunk that
 * splits a UTF-8 character, where decoding as UTF-8 would insert U+FFFD (R5, §1.3 item 1).
 * These helpers convert between byte strings, Buffers and ordinary (UTF-16) text.
 */
import { Buffer } from 'node:buffer';

export const ByteString = Object.freeze({
  /** The byte string holding exactly these bytes. */
  fromBuffer(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  },

  /** The bytes of a byte string. Throws nothing; use `isByteString` first if unsure. */
  toBuffer(byteString: string): Buffer {
    return Buffer.from(byteString, 'latin1');
  },

  /** The UTF-8 encoding of `text`, as a byte string (what Luau holds for that text). */
  fromUtf8(text: string): string {
    return Buffer.from(text, 'utf8').toString('latin1');
  },

  /** Decodes a byte string as UTF-8; invalid sequences become U+FFFD. */
  toUtf8(byteString: string): string {
    return Buffer.from(byteString, 'latin1').toString('utf8');
  },

  /** True when every char code is at most 0xFF. */
  isByteString(value: string): boolean {
    // eslint-disable-next-line no-control-regex
    return !/[^\u0000-\u00ff]/.test(value);
  },

  /** True when the bytes of `byteString` are valid UTF-8. */
  isUtf8(byteString: string): boolean {
    return isUtf8Bytes(Buffer.from(byteString, 'latin1'));
  },
});

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when `bytes` is valid UTF-8. */
export function isUtf8Bytes(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
