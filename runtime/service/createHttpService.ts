/**
 * `createHttpService(options)`: a fresh HttpService with its own client limit and settings.
 * `CreateWebStreamClient` validates synchronously (throwing typed errors with the engine's
 * texts), takes a slot, and returns a client that starts connecting once the calling code has
 * finished its synchronous part.
 */
import type { HttpService, RBXScriptSignal, WebStreamClient, WebStreamClientTypeItem } from '../contract.js';
import { createStringCodec } from '../bytes/createStringCodec.js';
import type { ClientEnvironment } from '../client/ClientEnvironment.js';
import { NodeWebStreamClient } from '../client/NodeWebStreamClient.js';
import { engineMessages } from '../errors/engineMessages.js';
import { PropertyError } from '../errors/PropertyError.js';
import type { NodeRequestOptions } from '../request/NodeRequestOptions.js';
import { createSignal } from '../signals/createSignal.js';
import { resolveClientType } from '../request/resolveClientType.js';
import { validateRequestOptions } from '../request/validateRequestOptions.js';
import { ClientRegistry } from './ClientRegistry.js';
import { resolveHttpServiceOptions, type HttpServiceOptions, type ResolvedHttpServiceOptions } from './HttpServiceOptions.js';

/** The class and its ancestors, for IsA (HttpService → Instance → Object). */
const CLASS_CHAIN: ReadonlySet<string> = new Set(['HttpService', 'Instance', 'Object']);
/** The properties this emulation has (HttpService's own, like HttpEnabled, are not modelled). */
const PROPERTIES: ReadonlySet<string> = new Set(['ClassName', 'className']);

/** An HttpService plus Node-only helpers (lower-case names, not part of the Roblox API). */
export interface NodeHttpService extends HttpService {
  readonly ClassName: 'HttpService';
  /** Also takes `Enum.HttpCompression` items for `Compress`. */
  CreateWebStreamClient(streamClientType: WebStreamClientTypeItem, requestOptions: NodeRequestOptions): WebStreamClient;
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

  const changed = createSignal<(property: string) => void>('Changed', signals);
  const propertySignals = new Map<string, RBXScriptSignal<() => void>>();
  const GetPropertyChangedSignal = (property: string): RBXScriptSignal<() => void> => {
    if (!PROPERTIES.has(property)) {
      throw new PropertyError('WSC_ERR_INVALID_PROPERTY_NAME', engineMessages.invalidPropertyName(property), property);
    }
    let signal = propertySignals.get(property);
    if (signal === undefined) {
      signal = createSignal<() => void>(`${property} changed`, signals).signal;
      propertySignals.set(property, signal);
    }
    return signal;
  };

  const CreateWebStreamClient = (streamClientType: WebStreamClientTypeItem, requestOptions: NodeRequestOptions): WebStreamClient => {
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
    className: 'HttpService',
    IsA: (className: string) => CLASS_CHAIN.has(className),
    isA: (className: string) => CLASS_CHAIN.has(className),
    // No modelled property ever changes, so Changed never fires; it exists for conformance.
    Changed: changed.signal,
    GetPropertyChangedSignal,
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
