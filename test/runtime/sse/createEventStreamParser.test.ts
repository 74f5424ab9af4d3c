/**
 * The SSE parser against the WHATWG "interpreting an event stream" rules, one behaviour per
 * test, fed whole (split positions are covered in createEventStreamParser.splits.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from '../../../runtime/sse/createEventStreamParser.js';
import { SseBlockTooLargeError } from '../../../runtime/errors/SseBlockTooLargeError.js';
import { collectParserOutput } from './collectParserOutput.js';

const feedText = (body: string) => collectParserOutput([new Uint8Array(Buffer.from(body, 'utf8'))]);
const feedBytes = (...parts: Array<string | number[]>) =>
  collectParserOutput([new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))))]);
const message = (data: string, lastEventId = '', type = 'message') => ({ type, data, lastEventId });

describe('createEventStreamParser: fields (WHATWG)', () => {
  it('dispatches one event per blank-line-terminated block', () => {
    expect(feedText('data: one\n\ndata: two\n\n').events).toEqual([message('one'), message('two')]);
  });

  it('joins data lines with LF and drops the final LF', () => {
    expect(feedText('data: a\ndata: b\ndata\n\n').events).toEqual([message('a\nb\n')]);
  });

  it('removes exactly one space after the colon and keeps tabs', () => {
    expect(feedText('data:x\n\ndata:  y\n\ndata:\tz\n\n').events.map((e) => e.data)).toEqual(['x', ' y', '\tz']);
  });

  it('treats a line without a colon as a field with an empty value', () => {
    expect(feedText('data\n\n').events).toEqual([message('')]);
  });

  it('matches field names case-sensitively and ignores unknown fields', () => {
    expect(feedText('Data: no\ndata : no\nfoo: bar\ndata: yes\n\n').events).toEqual([message('yes')]);
  });

  it('uses the event field as the type and falls back to "message" when it is empty', () => {
    expect(feedText('event: custom\ndata: 1\n\nevent:\ndata: 2\n\n').events).toEqual([message('1', '', 'custom'), message('2')]);
  });

  it('resets the event type after each dispatch', () => {
    expect(feedText('event: a\ndata: 1\n\ndata: 2\n\n').events.map((e) => e.type)).toEqual(['a', 'message']);
  });

  it('keeps the last event id across events until the next id field, and an empty id resets it', () => {
    expect(feedText('id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n').events.map((e) => e.lastEventId)).toEqual(['1', '1', '']);
  });

  it('applies an id from a block without data to later events', () => {
    expect(feedText('id: 5\n\ndata: x\n\n').events).toEqual([message('x', '5')]);
  });

  it('ignores an id that contains NUL', () => {
    expect(feedText('id: ok\n\nid: b\u0000d\ndata: x\n\n').events).toEqual([message('x', 'ok')]);
  });

  it('reports retry only for all-digit values', () => {
    expect(feedText('retry: 1500\nretry: 12a\nretry:\nretry: -5\nretry: 0\n\n').retries).toEqual([1500, 0]);
  });

  it('dispatches nothing for a block without data lines', () => {
    expect(feedText('event: lonely\n\n').events).toEqual([]);
  });

  it('reports comments without the colon and one leading space', () => {
    expect(feedText(':a\n: b\n:  c\n\n').comments).toEqual(['a', 'b', ' c']);
  });

  it('keeps NUL characters inside data', () => {
    expect(feedText('data: a\u0000b\n\n').events).toEqual([message('a\u0000b')]);
  });

  it('decodes UTF-8 and replaces invalid bytes with U+FFFD', () => {
    expect(feedBytes('data: é', [0xff], '\n\n').events).toEqual([message('é\ufffd')]);
  });

  it('discards an incomplete block at the end of the stream', () => {
    expect(feedText('data: done\n\ndata: partial\n').events).toEqual([message('done')]);
  });
});

describe('createEventStreamParser: line endings and BOM', () => {
  it('accepts CRLF, lone CR and lone LF, also mixed', () => {
    expect(feedText('data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: d\r\n\n').events.map((e) => e.data)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops one leading BOM', () => {
    expect(feedBytes([0xef, 0xbb, 0xbf], 'data: x\n\n').events).toEqual([message('x')]);
  });

  it('keeps a second BOM, which turns the first line into an unknown field', () => {
    expect(feedBytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'data: x\n\ndata: y\n\n').events).toEqual([message('y')]);
  });

  it('does not drop a BOM that is not at the start of the stream', () => {
    expect(feedBytes('data: a\n\n', [0xef, 0xbb, 0xbf], 'data: b\n\n').events).toEqual([message('a')]);
  });
});

describe('createEventStreamParser: raw blocks', () => {
  it('reports each block with its lines and terminating blank line, byte for byte', () => {
    expect(feedText('event: a\r\ndata: 1\r\n\r\n: ping\n\n').blocks).toEqual(['event: a\r\ndata: 1\r\n\r\n', ': ping\n\n']);
  });

  it('does not report blank lines that have no block before them', () => {
    expect(feedText('\n\r\n\rdata: a\n\n\n').blocks).toEqual(['data: a\n\n']);
  });

  it('leaves the BOM out of the first block', () => {
    expect(feedBytes([0xef, 0xbb, 0xbf], 'data: x\n\n').blocks).toEqual(['data: x\n\n']);
  });

  it('keeps invalid UTF-8 bytes in the raw block', () => {
    expect(feedBytes('data: ', [0xff, 0x00, 0x80], '\n\n').blocks).toEqual(['data: \u00ff\u0000\u0080\n\n']);
  });

  it('reports a block ended by a lone CR at the very end when the stream ends', () => {
    expect(feedText('data: x\r\r').blocks).toEqual(['data: x\r\r']);
  });

  it('holds a block whose blank line ends in CR until the next byte shows whether LF follows', () => {
    const blocks: string[] = [];
    const parser = createEventStreamParser({ onBlock: (raw) => blocks.push(Buffer.from(raw).toString('latin1')) });
    parser.feed(Buffer.from('data: x\r\n\r'));
    expect(blocks).toEqual([]);
    parser.feed(Buffer.from('\ndata: y\n\n'));
    expect(blocks).toEqual(['data: x\r\n\r\n', 'data: y\n\n']);
  });
});

describe('createEventStreamParser: memory guard and reset', () => {
  it('reports SseBlockTooLargeError once and ignores input until reset', () => {
    const errors: SseBlockTooLargeError[] = [];
    const events: string[] = [];
    const parser = createEventStreamParser({ onError: (error) => errors.push(error), onEvent: (event) => events.push(event.data) }, { maxBlockBytes: 16 });
    parser.feed(Buffer.from('data: 0123456789abcdef'));
    parser.feed(Buffer.from('\n\ndata: later\n\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SseBlockTooLargeError);
    expect(errors[0]?.code).toBe('WSC_ERR_SSE_BLOCK_TOO_LARGE');
    expect(events).toEqual([]);
    parser.reset();
    parser.feed(Buffer.from('data: again\n\n'));
    expect(events).toEqual(['again']);
  });

  it('accepts a complete block larger than the limit when it arrives in one chunk', () => {
    const events: string[] = [];
    const parser = createEventStreamParser({ onEvent: (event) => events.push(event.data) }, { maxBlockBytes: 8 });
    parser.feed(Buffer.from('data: 0123456789\n\n'));
    expect(events).toEqual(['0123456789']);
  });

  it('forgets the last event id and a partial line on reset', () => {
    const events: Array<{ data: string; lastEventId: string }> = [];
    const parser = createEventStreamParser({ onEvent: (event) => events.push(event) });
    parser.feed(Buffer.from('id: 9\ndata: a\n\ndata: part'));
    parser.reset();
    parser.feed(Buffer.from('data: b\n\n'));
    expect(events.map((e) => [e.data, e.lastEventId])).toEqual([
      ['a', '9'],
      ['b', ''],
    ]);
  });
});
