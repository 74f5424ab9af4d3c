/** Reading Roblox's client-version answer and building the dump URL. */
import { describe, expect, it } from 'vitest';
import { dumpUrl, parseClientVersion } from '../../../codegen/update/clientVersion.js';
import { UpdateError } from '../../../codegen/update/UpdateError.js';

const URL = 'https://clientsettingscdn.roblox.com/v2/client-version/WindowsStudio64';

function rejection(text: string): UpdateError {
  try {
    parseClientVersion(text, URL);
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateError);
    return error as UpdateError;
  }
  throw new Error('expected parseClientVersion to throw');
}

describe('parseClientVersion', () => {
  it('reads version and clientVersionUpload, ignoring the other fields', () => {
    const text = '{"version":"0.734.0.7340915","clientVersionUpload":"version-d679641ad17741aa","bootstrapperVersion":"1, 6, 0, 7340915"}';
    expect(parseClientVersion(text, URL)).toEqual({ version: '0.734.0.7340915', guid: 'version-d679641ad17741aa' });
  });

  it('names the URL and what was wrong for an answer that is not JSON', () => {
    const error = rejection('<html>maintenance</html>');
    expect(error.code).toBe('UPDATE_VERSION_RESPONSE');
    expect(error.message).toBe(`${URL} did not answer JSON (first bytes: "<html>maintenance</html>")`);
  });

  it('refuses a missing or malformed version or GUID', () => {
    expect(rejection('{"clientVersionUpload":"version-d679641ad17741aa"}').message).toContain('without a usable "version" (got nothing)');
    expect(rejection('{"version":"734","clientVersionUpload":"version-d679641ad17741aa"}').message).toContain('without a usable "version" (got "734")');
    expect(rejection('{"version":"0.734.0.7340915","clientVersionUpload":"d679641ad17741aa"}').message).toContain(
      'without a usable "clientVersionUpload" (got "d679641ad17741aa")',
    );
    expect(rejection('[1,2]').code).toBe('UPDATE_VERSION_RESPONSE');
  });
});

describe('dumpUrl', () => {
  it('joins the setup base and the GUID with or without a trailing slash', () => {
    expect(dumpUrl('https://setup.rbxcdn.com', 'version-d679641ad17741aa')).toBe('https://setup.rbxcdn.com/version-d679641ad17741aa-Full-API-Dump.json');
    expect(dumpUrl('http://127.0.0.1:8080/cdn/', 'version-d679641ad17741aa')).toBe('http://127.0.0.1:8080/cdn/version-d679641ad17741aa-Full-API-Dump.json');
  });
});
