/** Node/undici/ws error codes map to Roblox HttpError names (used as "HttpError: <name>"). */
import { describe, expect, it } from 'vitest';
import { classifyTransportError } from '../../../runtime/transports/classifyTransportError.js';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('classifyTransportError', () => {
  const cases: Array<[string, string]> = [
    ['ECONNREFUSED', 'ConnectFail'],
    ['ENOTFOUND', 'DnsResolve'],
    ['EAI_AGAIN', 'DnsResolve'],
    ['UND_ERR_CONNECT_TIMEOUT', 'TimedOut'],
    ['UND_ERR_BODY_TIMEOUT', 'TimedOut'],
    ['UND_ERR_SOCKET', 'ConnectionClosed'],
    ['ECONNRESET', 'ConnectionClosed'],
    ['UND_ERR_HEADERS_OVERFLOW', 'NetFail'],
    ['HPE_HEADER_OVERFLOW', 'NetFail'],
    ['HPE_INVALID_CONSTANT', 'ServerProtocolError'],
    ['WS_ERR_INVALID_UTF8', 'ServerProtocolError'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SslVerificationFail'],
    ['CERT_NOT_YET_VALID', 'SslVerificationFail'],
    ['ERR_SSL_DECRYPTION_FAILED', 'SslConnectFail'],
    ['SOMETHING_ELSE', 'Unknown'],
  ];
  for (const [code, name] of cases) {
    it(`maps ${code} to ${name}`, () => expect(classifyTransportError(withCode(code))).toBe(name));
  }

  it('looks at the cause when the error itself has no code', () => {
    expect(classifyTransportError(new Error('wrapped', { cause: withCode('ECONNREFUSED') }))).toBe('ConnectFail');
  });

  it('gives Unknown for values that are not errors', () => {
    expect(classifyTransportError(undefined)).toBe('Unknown');
    expect(classifyTransportError('boom')).toBe('Unknown');
  });
});
