/** Which Content-Type values make a valid SSE response, and header lookup in raw header lists. */
import { describe, expect, it } from 'vitest';
import { findHeader, isEventStreamContentType } from '../../../runtime/sessions/isEventStreamContentType.js';

describe('isEventStreamContentType', () => {
  const accepted = ['text/event-stream', 'Text/Event-Stream', 'text/event-stream;', 'text/event-stream; charset=utf-8', ' text/event-stream '];
  const refused = [undefined, '', 'text/plain', 'text/event-streams', 'application/json; x=text/event-stream', 'text/event-stream-x'];
  for (const value of accepted) it(`accepts ${JSON.stringify(value)}`, () => expect(isEventStreamContentType(value)).toBe(true));
  for (const value of refused) it(`refuses ${JSON.stringify(value)}`, () => expect(isEventStreamContentType(value)).toBe(false));
});

describe('findHeader', () => {
  it('finds the first header of that name in any case', () => {
    expect(findHeader(['X-A', '1', 'content-type', 'text/plain', 'Content-Type', 'x'], 'Content-Type')).toBe('text/plain');
    expect(findHeader(['X-A', '1'], 'content-type')).toBeUndefined();
  });
});
