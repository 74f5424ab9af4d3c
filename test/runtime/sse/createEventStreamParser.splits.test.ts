/**
 * Chunk boundaries do not change what the SSE parser reports: for every corpus body and every
 * split position (and byte-at-a-time, and random chunkings from fast-check), the blocks, events,
 * comments and retries equal those of the whole body. Raw blocks are also checked against a
 * naive regex-based splitter written independently here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from '../../../runtime/sse/createEventStreamParser.js';
import { collectParserOutput, splitAt } from './collectParserOutput.js';
import { eventStreamCorpus } from './eventStreamCorpus.js';

/** Independent reference for raw blocks: whole-string regex split, no streaming. */
function naiveBlocks(bytes: Uint8Array): string[] {
  let body = Buffer.from(bytes).toString('latin1');
  if (body.startsWith('\u00ef\u00bb\u00bf')) body = body.slice(3);
  const blocks: string[] = [];
  let current = '';
  for (const line of body.match(/[^\r\n]*(?:\r\n|\r|\n)/g) ?? []) {
    const isBlank = /^(?:\r\n|\r|\n)$/.test(line);
    if (!isBlank) {
      current += line;
    } else if (current !== '') {
      blocks.push(current + line);
      current = '';
    }
  }
  return blocks;
}

describe('createEventStreamParser across chunk boundaries', () => {
  for (const entry of eventStreamCorpus) {
    it(`gives the same output for every single split position: ${entry.name}`, () => {
      const whole = collectParserOutput([entry.bytes]);
      for (let position = 0; position <= entry.bytes.length; position++) {
        expect(collectParserOutput(splitAt(entry.bytes, [position])), `split at ${position}`).toEqual(whole);
      }
    });

    it(`gives the same output byte by byte: ${entry.name}`, () => {
      const positions = Array.from({ length: Math.max(0, entry.bytes.length - 1) }, (_, index) => index + 1);
      expect(collectParserOutput(splitAt(entry.bytes, positions))).toEqual(collectParserOutput([entry.bytes]));
    });

    it(`reports the raw blocks a naive whole-body splitter finds: ${entry.name}`, () => {
      const output = collectParserOutput([entry.bytes]);
      expect(output.blocks).toEqual(naiveBlocks(entry.bytes));
      expect(output.blockTexts).toEqual(output.blocks);
    });

    it(`reports the same blocks as byte strings byte by byte, with onBlockText alone (client path): ${entry.name}`, () => {
      const blocks: string[] = [];
      const parser = createEventStreamParser({ onBlockText: (raw) => blocks.push(raw) });
      for (const chunk of splitAt(
        entry.bytes,
        Array.from({ length: Math.max(0, entry.bytes.length - 1) }, (_, index) => index + 1),
      )) {
        parser.feed(chunk);
      }
      parser.end();
      expect(blocks).toEqual(naiveBlocks(entry.bytes));
    });

    it(`reports the same raw blocks byte by byte when no field callback is given (client path): ${entry.name}`, () => {
      const blocks: string[] = [];
      const parser = createEventStreamParser({ onBlock: (raw) => blocks.push(Buffer.from(raw).toString('latin1')) });
      for (const chunk of splitAt(
        entry.bytes,
        Array.from({ length: Math.max(0, entry.bytes.length - 1) }, (_, index) => index + 1),
      )) {
        parser.feed(chunk);
      }
      parser.end();
      expect(blocks).toEqual(naiveBlocks(entry.bytes));
    });
  }

  it('gives the same output for every pair of split positions in short bodies', () => {
    for (const entry of eventStreamCorpus.filter((candidate) => candidate.bytes.length <= 40)) {
      const whole = collectParserOutput([entry.bytes]);
      for (let first = 0; first <= entry.bytes.length; first++) {
        for (let second = first; second <= entry.bytes.length; second++) {
          expect(collectParserOutput(splitAt(entry.bytes, [first, second])), `${entry.name} @${first},${second}`).toEqual(whole);
        }
      }
    }
  });

  it('is independent of chunking for random streams (property)', () => {
    const token = fc.constantFrom(
      'data: x',
      'data:',
      'data',
      'event: e',
      'id: 1',
      'id',
      'retry: 10',
      ': c',
      ':',
      'é',
      '✓',
      '\r',
      '\n',
      '\r\n',
      '\n\n',
      '\r\r',
      ' ',
      'unknown: v',
      '\u0000',
    );
    const body = fc
      .tuple(fc.boolean(), fc.array(token, { maxLength: 40 }))
      .map(([bom, tokens]) => new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(tokens.join(''))])));
    const bodyWithSplits = body.chain((bytes) => fc.tuple(fc.constant(bytes), fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 })));
    fc.assert(
      fc.property(bodyWithSplits, ([bytes, positions]) => {
        const chunked = collectParserOutput(
          splitAt(
            bytes,
            [...positions].sort((a, b) => a - b),
          ),
        );
        expect(chunked).toEqual(collectParserOutput([bytes]));
        expect(chunked.blocks).toEqual(naiveBlocks(bytes));
      }),
      { numRuns: 250 },
    );
  });
});
