/**
 * Event-stream bodies shared by the parser tests: each entry is a raw body (bytes) covering one
 * WHATWG rule (BOM, line endings, comments, fields, ids, retry, UTF-8, incomplete tail).
 */

export interface CorpusEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const text = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'utf8'));
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));

export const eventStreamCorpus: readonly CorpusEntry[] = [
  { name: 'two LF events', bytes: text('data: one\n\ndata: two\n\n') },
  { name: 'CRLF endings', bytes: text('event: greet\r\ndata: hi\r\n\r\ndata: there\r\n\r\n') },
  { name: 'CR endings', bytes: text('data: a\r\rdata: b\rdata: c\r\r') },
  { name: 'mixed endings', bytes: text('data: a\r\ndata: b\ndata: c\r\r\ndata: d\n\r\n') },
  { name: 'leading BOM', bytes: bytes([0xef, 0xbb, 0xbf], 'data: bom\n\n') },
  { name: 'second BOM is kept', bytes: bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'data: x\n\ndata: y\n\n') },
  { name: 'comments everywhere', bytes: text(':start\n: spaced\ndata: a\n:mid\n\n:\n\n') },
  { name: 'multi-line data', bytes: text('data: line1\ndata: line2\ndata\ndata:\n\n') },
  { name: 'leading spaces', bytes: text('data:no-space\n\ndata:  two-spaces\n\ndata:\ttab\n\n') },
  { name: 'field without colon', bytes: text('data\n\nevent\ndata: x\n\n') },
  { name: 'case-sensitive field names', bytes: text('Data: no\ndata : no\nDATA: no\ndata: yes\n\n') },
  { name: 'unknown fields', bytes: text('foo: bar\nbaz\ndata: kept\n\n') },
  { name: 'event type and reset', bytes: text('event: custom\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n') },
  { name: 'id persists', bytes: text('id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: 7\n\ndata: d\n\n') },
  { name: 'id with NUL ignored', bytes: text('id: good\ndata: a\n\nid: b\u0000ad\ndata: b\n\n') },
  { name: 'retry values', bytes: text('retry: 1500\n\nretry: 12a\nretry:\nretry: -5\nretry: 0\ndata: r\n\n') },
  { name: 'event without data dispatches nothing', bytes: text('event: lonely\n\nid: 5\n\ndata: after\n\n') },
  { name: 'utf-8 multibyte', bytes: text('data: héllo ✓ 𝄞\n\ndata: Ω\n\n') },
  { name: 'invalid utf-8 bytes', bytes: bytes('data: ', [0xff, 0xfe, 0x41], '\n\n') },
  { name: 'NUL in data', bytes: text('data: a\u0000b\n\n') },
  { name: 'blank lines between blocks', bytes: text('\n\n\r\ndata: a\n\n\n\ndata: b\n\n') },
  { name: 'incomplete tail discarded', bytes: text('data: complete\n\ndata: partial\n') },
  { name: 'tail without newline', bytes: text('data: complete\n\ndata: partial') },
  { name: 'long line', bytes: text(`data: ${'x'.repeat(1200)}\n\n`) },
  { name: 'empty body', bytes: new Uint8Array(0) },
  { name: 'only comments (keep-alive)', bytes: text(':\n\n: ping\n\n') },
  { name: 'json payloads', bytes: text('event: update\nid: 42\ndata: {"a":1,\ndata: "b":[1,2]}\n\n') },
];
