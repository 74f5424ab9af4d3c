/** Byte strings: one char code per byte, lossless both ways, with UTF-8 helpers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteString } from '../../../runtime/bytes/ByteString.js';
import { createStringCodec } from '../../../runtime/bytes/createStringCodec.js';
import { UsageError } from '../../../runtime/errors/UsageError.js';

describe('ByteString', () => {
  it('round-trips every byte sequence through a byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const asString = ByteString.fromBuffer(bytes);
        expect(asString.length).toBe(bytes.length);
        expect([...ByteString.toBuffer(asString)]).toEqual([...bytes]);
      }),
    );
  });

  it('holds the UTF-8 bytes of text and decodes them back', () => {
    expect(ByteString.fromUtf8('é✓')).toBe('\u00c3\u00a9\u00e2\u009c\u0093');
    expect(ByteString.toUtf8('\u00c3\u00a9\u00e2\u009c\u0093')).toBe('é✓');
  });

  it('tells byte strings and UTF-8 apart', () => {
    expect(ByteString.isByteString('abc\u00ff')).toBe(true);
    expect(ByteString.isByteString('✓')).toBe(false);
    expect(ByteString.isUtf8(ByteString.fromUtf8('héllo'))).toBe(true);
    expect(ByteString.isUtf8('\u00ff')).toBe(false);
  });
});

describe('createStringCodec', () => {
  it('"bytes" decodes every byte to one char and refuses strings above U+00FF', () => {
    const codec = createStringCodec('bytes');
    expect(codec.decode(new Uint8Array([0, 0x80, 0xff]))).toBe('\u0000\u0080\u00ff');
    expect([...codec.encode('\u00e9', 'Body')]).toEqual([0xe9]);
    expect(() => codec.encode('✓', 'Body')).toThrow(UsageError);
    expect(() => codec.encode('✓', 'Body')).toThrow(/Body contains characters above U\+00FF.*ByteString\.fromUtf8/);
  });

  it('"utf8" decodes as UTF-8 (U+FFFD for invalid bytes) and encodes as UTF-8', () => {
    const codec = createStringCodec('utf8');
    expect(codec.decode(new Uint8Array([0xc3, 0xa9, 0xff]))).toBe('é\ufffd');
    expect([...codec.encode('é', 'Body')]).toEqual([0xc3, 0xa9]);
  });
});
