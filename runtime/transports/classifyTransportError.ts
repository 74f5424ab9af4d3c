/**
 * Maps a Node, undici or ws error to the `HttpError` name the engine would report
 * (`HttpError: ConnectFail`, …). The mapping from error codes is ours (L): Roblox's own mapping
 * from curl errors is not public. The table is listed in docs/semantics.md ("Failures").
 */
import type { HttpErrorName } from '../errors/engineMessages.js';

const BY_CODE: ReadonlyMap<string, HttpErrorName> = new Map(
  Object.entries({
    ECONNREFUSED: 'ConnectFail',
    EHOSTUNREACH: 'ConnectFail',
    ENETUNREACH: 'ConnectFail',
    EADDRNOTAVAIL: 'ConnectFail',
    ENOTFOUND: 'DnsResolve',
    EAI_AGAIN: 'DnsResolve',
    EAI_FAIL: 'DnsResolve',
    ETIMEDOUT: 'TimedOut',
    UND_ERR_CONNECT_TIMEOUT: 'TimedOut',
    UND_ERR_HEADERS_TIMEOUT: 'TimedOut',
    UND_ERR_BODY_TIMEOUT: 'TimedOut',
    UND_ERR_HEADERS_OVERFLOW: 'NetFail',
    HPE_HEADER_OVERFLOW: 'NetFail',
    ECONNRESET: 'ConnectionClosed',
    EPIPE: 'ConnectionClosed',
    UND_ERR_SOCKET: 'ConnectionClosed',
    UND_ERR_ABORTED: 'Aborted',
    ABORT_ERR: 'Aborted',
    EPROTO: 'SslConnectFail',
    ERR_SSL_WRONG_VERSION_NUMBER: 'SslConnectFail',
    ERR_TLS_CERT_ALTNAME_INVALID: 'SslVerificationFail',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'SslVerificationFail',
    SELF_SIGNED_CERT_IN_CHAIN: 'SslVerificationFail',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'SslVerificationFail',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'SslVerificationFail',
    CERT_HAS_EXPIRED: 'SslVerificationFail',
    UND_ERR_INVALID_ARG: 'InvalidUrl',
    ERR_INVALID_URL: 'InvalidUrl',
  } satisfies Record<string, HttpErrorName>),
);

export function classifyTransportError(error: unknown): HttpErrorName {
  const code = errorCode(error) ?? errorCode((error as { cause?: unknown } | undefined)?.cause);
  if (code === undefined) return 'Unknown';
  const known = BY_CODE.get(code);
  if (known !== undefined) return known;
  if (code.startsWith('HPE_') || code.startsWith('WS_ERR_')) return 'ServerProtocolError';
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return 'SslConnectFail';
  if (code.startsWith('CERT_')) return 'SslVerificationFail';
  return 'Unknown';
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
