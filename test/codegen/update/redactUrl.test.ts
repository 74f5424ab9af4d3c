/** URL passwords never reach a message `update` (or any command) prints (issue 13). */
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../codegen/cli/printError.js';
import { redactUrl, redactUrlsIn } from '../../../codegen/update/redactUrl.js';
import { UpdateError } from '../../../codegen/update/UpdateError.js';

describe('redactUrl', () => {
  it('replaces the password and keeps the user', () => {
    expect(redactUrl('https://ci:s3cret@mirror.example/v2/client-version')).toBe('https://ci:***@mirror.example/v2/client-version');
  });

  it('leaves a URL without a password as it is', () => {
    expect(redactUrl('https://setup.rbxcdn.com/version-d679641ad17741aa-Full-API-Dump.json')).toBe(
      'https://setup.rbxcdn.com/version-d679641ad17741aa-Full-API-Dump.json',
    );
    expect(redactUrl('https://user@host/')).toBe('https://user@host/');
  });

  it('finds URLs with passwords in free text', () => {
    expect(redactUrlsIn('GET http://a:b@127.0.0.1:9/x failed; see https://c:d%40e@host')).toBe('GET http://a:***@127.0.0.1:9/x failed; see https://c:***@host');
  });

  it('is applied to every error line the CLI prints', () => {
    const lines = formatError(new UpdateError('UPDATE_NETWORK', 'GET http://ci:hunter2@127.0.0.1:9/v failed', 'check http://ci:hunter2@127.0.0.1:9/v'));
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(lines[0]).toBe('error UPDATE_NETWORK: GET http://ci:***@127.0.0.1:9/v failed');
  });
});
