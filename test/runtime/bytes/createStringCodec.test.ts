/**
 * A message handed over as a byte string (how the SSE parser passes blocks, one latin1 char per
 * byte) decodes to exactly what its bytes decode to, in both `messageStrings` modes and across
 * any mix of byte and byte-string messages on one streaming decoder — including characters split
 * between messages and stray bytes that must become U+FFFD.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStringCodec } from '../../../runtime/bytes/createStringCodec.js';

const pieces = fc.array(
  fc.tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
      fc.constantFrom(new Uint8Array([0xe2]), new Uint8Array([0x82, 0xac]), new Uint8Array([0x41, 0x0a])),
    ),
    fc.boolean(),
  ),
  { maxLength: 12 },
);

describe('MessageDecoder.decodeByteString', () => {
  for (const mode of ['utf8', 'bytes'] as const) {
    for (const streaming of [true, false]) {
      it(`matches decode for any mix of messages (${mode}, ${streaming ? 'streaming' : 'whole messages'})`, () => {
        fc.assert(
          fc.property(pieces, (messages) => {
            const codec = createStringCodec(mode);
            const viaBytes = codec.createDecoder(streaming);
            const mixed = codec.createDecoder(streaming);
            for (const [bytes, asByteString] of messages) {
              const expected = viaBytes.decode(bytes);
              const actual = asByteString ? mixed.decodeByteString(Buffer.from(bytes).toString('latin1')) : mixed.decode(bytes);
              expect(actual).toBe(expected);
            }
            expect(mixed.flush()).toBe(viaBytes.flush());
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});

describe('the streaming UTF-8 decoder', () => {
  it('gives, message by message, what a streaming TextDecoder gives', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
    );
    const stream = fc.array(bytes, { maxLength: 6 }).map((parts) => new Uint8Array(Buffer.concat(parts)));
    const withSplits = stream.chain((whole) => fc.tuple(fc.constant(whole), fc.uniqueArray(fc.integer({ min: 0, max: whole.length }), { maxLength: 8 })));
    fc.assert(
      fc.property(withSplits, ([whole, cuts]) => {
        const decoder = createStringCodec('utf8').createDecoder(true);
        const reference = new TextDecoder('utf-8', { ignoreBOM: true });
        const positions = [0, ...[...cuts].sort((a, b) => a - b), whole.length];
        for (let index = 1; index < positions.length; index++) {
          const part = whole.subarray(positions[index - 1], positions[index]);
          expect(decoder.decode(part)).toBe(reference.decode(part, { stream: true }));
        }
        expect(decoder.flush()).toBe(reference.decode());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('UTF-8 messages of 4 KiB and more (decoded through the ASCII check)', () => {
  /** An ASCII run of 4-20 KiB with a few arbitrary bytes (non-ASCII, split characters, stray bytes) put in anywhere. */
  const large = fc
    .tuple(
      fc.integer({ min: 4096, max: 20_000 }),
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.constantFrom(Buffer.from('é€😀'), Buffer.from([0xe2])))), {
        maxLength: 3,
      }),
    )
    .map(([length, inserts]) => {
      const bytes = Buffer.alloc(length, 'data: ascii text\n');
      for (const [at, insert] of inserts) Buffer.from(insert).copy(bytes, at % (length - insert.length));
      return new Uint8Array(bytes);
    });

  it('decode the same as TextDecoder, whole and streaming', () => {
    fc.assert(
      fc.property(fc.array(large, { minLength: 1, maxLength: 3 }), (messages) => {
        const codec = createStringCodec('utf8');
        const whole = codec.createDecoder(false);
        const streaming = codec.createDecoder(true);
        const reference = new TextDecoder('utf-8', { ignoreBOM: true });
        for (const message of messages) {
          expect(whole.decode(message)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(message));
          expect(streaming.decode(message)).toBe(reference.decode(message, { stream: true }));
        }
        expect(streaming.flush()).toBe(reference.decode());
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a non-ASCII character at the very end of a large message', () => {
    const message = Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from('é')]);
    expect(createStringCodec('utf8').createDecoder(false).decode(message)).toBe(`${'a'.repeat(8192)}é`);
  });
});
