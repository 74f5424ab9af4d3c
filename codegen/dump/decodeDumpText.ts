/**
 * Dump bytes → text. Roblox publishes `Full-API-Dump.json` as UTF-8 without a byte order mark;
 * what else turns up is handled here, before the JSON parser sees it:
 *
 * - a UTF-8 byte order mark (Windows editors add one) is accepted and dropped;
 * - UTF-16 or UTF-32 (with a byte order mark, or recognised by its zero bytes) is refused by
 *   name, with the fix;
 * - bytes that are not UTF-8 are refused with the offset of the first bad byte, instead of being
 *   turned into U+FFFD and read on (a member called `��assName`).
 */
import { DumpError, ROOT_PATH } from './errors.js';

const UTF8_FIX = 'UTF-8 text, as Roblox publishes Full-API-Dump.json; download or copy the file again, or convert it to UTF-8';

function otherEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32 (little-endian byte order mark FF FE 00 00)';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian byte order mark 00 00 FE FF)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16 (little-endian byte order mark FF FE)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian byte order mark FE FF)';
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return 'UTF-16 little-endian (every other byte is zero)';
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return 'UTF-16 big-endian (every other byte is zero)';
  return undefined;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * The offset of the first byte that is not UTF-8. Decoding replaces each bad sequence by U+FFFD;
 * the first U+FFFD whose bytes are not a real EF BF BD marks the spot, and the text before it
 * decoded cleanly, so its UTF-8 length is the offset.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  const text = lenientDecoder.decode(bytes);
  let searchFrom = 0;
  let bytesBefore = 0;
  for (;;) {
    const at = text.indexOf('\uFFFD', searchFrom);
    if (at < 0) return undefined;
    bytesBefore += Buffer.byteLength(text.slice(searchFrom, at));
    if (!(bytes[bytesBefore] === 0xef && bytes[bytesBefore + 1] === 0xbf && bytes[bytesBefore + 2] === 0xbd)) return bytesBefore;
    bytesBefore += 3;
    searchFrom = at + 1;
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes a dump's bytes; `origin` (a file or URL) is only used in messages. Throws `DumpError`. */
export function decodeDumpText(bytes: Uint8Array, origin: string): string {
  const encoding = otherEncoding(bytes);
  if (encoding !== undefined) {
    throw new DumpError('DUMP_ENCODING', origin, ROOT_PATH, `the text is ${encoding}, not UTF-8`, UTF8_FIX);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start === 0 ? bytes : bytes.subarray(start);
  try {
    return fatalDecoder.decode(body);
  } catch {
    const offset = (firstInvalidUtf8Offset(body) ?? 0) + start;
    const { line, column } = lineOfByte(bytes, offset);
    const hex = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    throw new DumpError(
      'DUMP_ENCODING',
      origin,
      ROOT_PATH,
      `invalid UTF-8 at byte offset ${offset} (byte 0x${hex}, line ${line}, byte ${column} of the line)`,
      UTF8_FIX,
    );
  }
}
