/** Reads larger than maxReadBytes become several messages, without losing or copying bytes. */
import { describe, expect, it } from 'vitest';
import { splitRead } from '../../../runtime/sessions/splitRead.js';

describe('splitRead', () => {
  it('keeps a read at or under the limit whole', () => {
    const chunk = new Uint8Array([1, 2, 3]);
    expect(splitRead(chunk, 3)).toEqual([chunk]);
  });

  it('splits a larger read into parts of at most the limit, in order', () => {
    const parts = splitRead(new Uint8Array([1, 2, 3, 4, 5, 6, 7]), 3);
    expect(parts.map((part) => [...part])).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });
});
