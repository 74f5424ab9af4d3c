/**
 * Base class of every error this runtime throws (and of the rejections of `waitForEvent`). Each error has a stable `code` (listed in
 * docs/errors.md) so callers can branch on it without parsing messages; the message is the
 * engine's own text where it is known, otherwise a sentence that says what to do.
 */

export type WebStreamErrorCode =
  | 'WSC_ERR_INVALID_CLIENT_TYPE'
  | 'WSC_ERR_INVALID_REQUEST_OPTIONS'
  | 'WSC_ERR_UNKNOWN_REQUEST_FIELD'
  | 'WSC_ERR_EMPTY_URL'
  | 'WSC_ERR_TRUST_CHECK_FAILED'
  | 'WSC_ERR_INVALID_METHOD'
  | 'WSC_ERR_HEADER_NOT_ALLOWED'
  | 'WSC_ERR_INVALID_HEADER'
  | 'WSC_ERR_BODY_NOT_ALLOWED'
  | 'WSC_ERR_INVALID_BODY'
  | 'WSC_ERR_INVALID_COMPRESS'
  | 'WSC_ERR_INVALID_TIMEOUT'
  | 'WSC_ERR_TOO_MANY_CLIENTS'
  | 'WSC_ERR_READ_ONLY_PROPERTY'
  | 'WSC_ERR_INVALID_PROPERTY_NAME'
  | 'WSC_ERR_INVALID_HANDLER'
  | 'WSC_ERR_NOT_A_BYTE_STRING'
  | 'WSC_ERR_SEND_NOT_UTF8'
  | 'WSC_ERR_SSE_BLOCK_TOO_LARGE'
  | 'WSC_ERR_INVALID_SERVICE_OPTION'
  | 'WSC_ERR_NOT_CREATABLE'
  | 'WSC_ERR_UNKNOWN_EVENT'
  | 'WSC_ERR_INVALID_WAIT_OPTION'
  | 'WSC_ERR_WAIT_TIMEOUT'
  | 'WSC_ERR_WAIT_CLIENT_FAILED'
  | 'WSC_ERR_WAIT_CLIENT_CLOSED'
  | 'WSC_ERR_WAIT_ABORTED';

export class WebStreamError extends Error {
  override readonly name: string = 'WebStreamError';
  readonly code: WebStreamErrorCode;

  constructor(code: WebStreamErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
