/**
 * Package entry point (re-exports only): a Node implementation of Roblox's
 * `HttpService:CreateWebStreamClient` and `WebStreamClient` over undici (SSE, RawStream) and
 * ws (WebSocket). See docs/semantics.md for every behaviour decision and docs/errors.md for the
 * error codes.
 */
export { HttpService } from './service/HttpService.js';
export { createHttpService } from './service/createHttpService.js';
export { NodeHttpService } from './service/NodeHttpService.js';
export type { HttpServiceOptions, ResolvedHttpServiceOptions } from './service/HttpServiceOptions.js';
export { Enum } from './enums/Enum.js';
export { ByteString } from './bytes/ByteString.js';
export { NodeWebStreamClient, type ErrorHandler, type MessageHandler, type OpenedHandler } from './client/NodeWebStreamClient.js';
export { waitForEvent, type WaitForEventOptions, type WebStreamClientEventArguments, type WebStreamClientEventName } from './client/waitForEvent.js';
export type { HandlerErrorReporter } from './signals/createSignal.js';
export type { AnyItemOf, EnumItemOf, EnumOf } from './enums/createEnum.js';
export {
  createEventStreamParser,
  type EventStreamCallbacks,
  type EventStreamParser,
  type EventStreamParserOptions,
  type ServerSentEvent,
} from './sse/createEventStreamParser.js';
export { WebStreamError, type WebStreamErrorCode } from './errors/WebStreamError.js';
export { RequestOptionsError } from './errors/RequestOptionsError.js';
export { ClientLimitError } from './errors/ClientLimitError.js';
export { PropertyError } from './errors/PropertyError.js';
export { UsageError } from './errors/UsageError.js';
export { NotCreatableError } from './errors/NotCreatableError.js';
export { SseBlockTooLargeError } from './errors/SseBlockTooLargeError.js';
export { EventWaitError, type EventWaitFailure } from './errors/EventWaitError.js';
export type {
  CastsToEnum,
  EnumItem,
  Enums,
  HttpCompressionItem,
  HttpService as HttpServiceContract,
  RBXEnum,
  RBXObject,
  RBXScriptConnection,
  RBXScriptSignal,
  RequestOptions,
  WebStreamClient,
  WebStreamClientStateItem,
  WebStreamClientTypeItem,
} from './contract.js';
export type { NodeRequestOptions } from './request/NodeRequestOptions.js';
export type { FailureReporting, MessageStrings, SignalBehavior, SseMessageMode, UrlCredentials } from './semantics.js';
