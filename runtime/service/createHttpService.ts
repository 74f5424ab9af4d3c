/**
 * `createHttpService(options)`: a fresh HttpService with its own client limit and settings.
 * `CreateWebStreamClient` validates synchronously (throwing typed errors with the engine's
 * texts), takes a slot, and returns a client that starts connecting once the calling code has
 * finished its synchronous part.
 */
import type { HttpService, RequestOptions, WebStreamClient, WebStreamClientTypeItem } from '../contract.js';
import { createStringCodec } from '../bytes/createStringCodec.js';
import type { ClientEnvironment } from '../client/ClientEnvironment.js';
import { NodeWebStreamClient } from '../client/NodeWebStreamClient.js';
import { resolveClientType } from '../request/resolveClientType.js';
import { validateRequestOptions } from '../request/validateRequestOptions.js';
import { ClientRegistry } from './ClientRegistry.js';
import { resolveHttpServiceOptions, type HttpServiceOptions, type ResolvedHttpServiceOptions } from './HttpServiceOptions.js';

/** An HttpService plus Node-only helpers (lower-case names, not part of the Roblox API). */
export interface NodeHttpService extends HttpService {
  readonly ClassName: 'HttpService';
  /** The settings in effect. */
  readonly options: ResolvedHttpServiceOptions;
  /** Clients currently Connecting or Open. */
  readonly liveClientCount: number;
  /** Calls `Close()` on every live client (e.g. in test teardown). */
  closeAll(): void;
}

export function createHttpService(options?: HttpServiceOptions): NodeHttpService {
  const resolved = resolveHttpServiceOptions(options);
  const registry = new ClientRegistry(resolved.maxLiveClients);
  const codec = createStringCodec(resolved.messageStrings);
  const signals = { behavior: resolved.signalBehavior, reportHandlerError: resolved.onHandlerError };
  const session = {
    sseMessageMode: resolved.sseMessageMode,
    maxReadBytes: resolved.maxReadBytes,
    maxSseBlockBytes: resolved.maxSseBlockBytes,
    undiciBodyTimeoutMs: resolved.undiciBodyTimeoutMs,
    undiciHeadersTimeoutMs: resolved.undiciHeadersTimeoutMs,
  };

  const CreateWebStreamClient = (streamClientType: WebStreamClientTypeItem, requestOptions: RequestOptions): WebStreamClient => {
    const kind = resolveClientType(streamClientType);
    const request = validateRequestOptions(kind, requestOptions, codec);
    registry.assertSlotFree();
    const environment: ClientEnvironment = {
      signals,
      codec,
      session,
      lifetimeMs: resolved.lifetimeMs,
      release: () => registry.release(client),
    };
    const client = new NodeWebStreamClient(request, environment);
    registry.add(client);
    return client;
  };

  return Object.freeze({
    ClassName: 'HttpService' as const,
    options: resolved,
    CreateWebStreamClient,
    get liveClientCount() {
      return registry.size;
    },
    closeAll: () => {
      for (const client of registry.snapshot()) client.Close();
    },
  });
}
