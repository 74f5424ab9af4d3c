/** Passwords in URL text are replaced by *** in every message; the rest of the text is kept. */
import { describe, expect, it } from 'vitest';
import { redactUrlPassword } from '../../../runtime/errors/redactUrlPassword.js';

describe('redactUrlPassword', () => {
  const cases: Array<[string, string]> = [
    ['http://user:pass@host/path?q=1', 'http://user:***@host/path?q=1'],
    ['ws://u:p%40ss@h:8080', 'ws://u:***@h:8080'],
    ['http://a:b@c@host/', 'http://a:***@host/'],
    ['https:\\\\u:secret@host', 'https:\\\\u:***@host'],
    ['http://user@host/', 'http://user@host/'],
    ['http://host:8080/a:b@c', 'http://host:8080/a:b@c'],
    ['not a url', 'not a url'],
    ['', ''],
  ];
  for (const [input, output] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(output)}`, () => expect(redactUrlPassword(input)).toBe(output));
  }
});
