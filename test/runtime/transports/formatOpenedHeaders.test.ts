/** The Opened headers string: raw lines, original case and order, CRLF-joined, no trailing CRLF. */
import { describe, expect, it } from 'vitest';
import { formatOpenedHeaders } from '../../../runtime/transports/formatOpenedHeaders.js';

describe('formatOpenedHeaders', () => {
  it('joins name/value pairs as "Name: value" lines with CRLF, keeping case, order and duplicates', () => {
    expect(formatOpenedHeaders(['Content-Type', 'text/event-stream', 'set-cookie', 'a=1', 'Set-Cookie', 'b=2'])).toBe(
      'Content-Type: text/event-stream\r\nset-cookie: a=1\r\nSet-Cookie: b=2',
    );
  });

  it('gives an empty string for no headers', () => {
    expect(formatOpenedHeaders([])).toBe('');
  });

  it('keeps header bytes above 0x7F as they are', () => {
    expect(formatOpenedHeaders(['X-Name', 'caf\u00e9'])).toBe('X-Name: caf\u00e9');
  });
});
