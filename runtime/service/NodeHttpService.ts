/**
 * A configurable HttpService: `CreateWebStreamClient` validates synchronously (throwing typed
 * errors with the engine's texts), takes a slot from the live-client limit, and returns a client
 * that starts connecting once the calling code has finished its synchronous part.
 *
 * Extends the generated `HttpServiceStub`, so the compiler checks it against the API dump. Members
 * with lower-case names (`options`, `liveClientCount`, `closeAll`) are Node-only helpers, not
 * Roblox API.
 */
import {
  HttpServiceStub,
  RBXObjectPropertyNames,
  type CastsToEnum,
  type RBXScriptSignal,
  type WebStreamClient,
  type WebStreamClientTypeItem,
} from '../contract.js';
import { createStringCodec, type StringCodec } from '../bytes/createStringCodec.js';
import type { ClientEnvironment } from '../client/ClientEnvironment.js';
import { NodeWebStreamClient, failAtLifetimeCap } from '../client/NodeWebStreamClient.js';
import { FACTORY_TOKEN, type FactoryToken } from '../client/factoryToken.js';
import { NotCreatableError } from '../errors/NotCreatableError.js';
import type { NodeRequestOptions } from '../request/NodeRequestOptions.js';
import { resolveClientType } from '../request/resolveClientType.js';
import { validateRequestOptions } from '../request/validateRequestOptions.js';
import { createSignal, type SignalEnvironment } from '../signals/createSignal.js';
import { PropertyChangedSignals, refuseReadOnlyAssignment } from '../object/PropertyChangedSignals.js';
import { ClientRegistry } from './ClientRegistry.js';
import { LifetimeCap } from './LifetimeCap.js';
import { resolveHttpServiceOptions, sessionSettingsOf, type HttpServiceOptions, type ResolvedHttpServiceOptions } from './HttpServiceOptions.js';

/** The class and its ancestors, for IsA (HttpService → Instance → Object). */
const CLASS_CHAIN: ReadonlySet<string> = new Set(['HttpService', 'Instance', 'Object']);
/** Properties this emulation has: Object's (HttpService's own, like HttpEnabled, are not modelled). */
const PROPERTIES: ReadonlySet<string> = new Set<string>(RBXObjectPropertyNames);

export class NodeHttpService extends HttpServiceStub {
  /** The settings in effect (Node-only). */
  readonly options: ResolvedHttpServiceOptions;
  /** No modelled property ever changes, so Changed never fires; it exists for conformance. */
  override readonly Changed: RBXScriptSignal<(property: string) => void>;

  readonly #registry: ClientRegistry;
  readonly #codec: StringCodec;
  /** What every client of this service shares (settings, codec, the slot release). */
  readonly #environment: ClientEnvironment;
  readonly #propertySignals: PropertyChangedSignals;

  /**
   * Made only by `createHttpService(options)` (the class is NotCreatable).
   * @hidden
   */
  constructor(token: FactoryToken, options?: HttpServiceOptions) {
    super();
    if (token !== FACTORY_TOKEN) throw new NotCreatableError('HttpService');
    this.options = resolveHttpServiceOptions(options);
    this.#registry = new ClientRegistry(this.options.maxLiveClients);
    this.#codec = createStringCodec(this.options.messageStrings);
    const signals: SignalEnvironment = { behavior: this.options.signalBehavior, reportHandlerError: this.options.onHandlerError };
    const registry = this.#registry;
    this.#environment = Object.freeze({
      signals,
      codec: this.#codec,
      session: sessionSettingsOf(this.options),
      lifetimeCap: Number.isFinite(this.options.lifetimeMs) ? new LifetimeCap(this.options.lifetimeMs, failAtLifetimeCap) : undefined,
      failureReporting: this.options.failureReporting,
      closeReportsAborted: this.options.closeReportsAborted,
      release: (client: NodeWebStreamClient) => registry.release(client),
    });
    this.Changed = createSignal<(property: string) => void>('Changed', signals).signal;
    this.#propertySignals = new PropertyChangedSignals(PROPERTIES, signals);
  }

  override get ClassName(): 'HttpService' {
    return 'HttpService';
  }

  override set ClassName(_value: string) {
    refuseReadOnlyAssignment('ClassName');
  }

  /** @deprecated Use `ClassName`. */
  override get className(): 'HttpService' {
    return 'HttpService';
  }

  override set className(_value: string) {
    refuseReadOnlyAssignment('className');
  }

  override IsA(className: string): boolean {
    return CLASS_CHAIN.has(className);
  }

  /** @deprecated Use `IsA`. */
  override isA(className: string): boolean {
    return this.IsA(className);
  }

  override GetPropertyChangedSignal(property: string): RBXScriptSignal<() => void> {
    return this.#propertySignals.get(property);
  }

  /** Takes an `Enum.WebStreamClientType` item, its name or its value, as the engine does. */
  override CreateWebStreamClient(streamClientType: CastsToEnum<WebStreamClientTypeItem>, requestOptions: NodeRequestOptions): WebStreamClient {
    const kind = resolveClientType(streamClientType);
    const request = validateRequestOptions(kind, requestOptions, this.#codec, this.options.urlCredentials);
    this.#registry.assertSlotFree();
    const client = new NodeWebStreamClient(FACTORY_TOKEN, request, this.#environment);
    this.#registry.add(client);
    return client;
  }

  /** Clients currently Connecting or Open (Node-only). */
  get liveClientCount(): number {
    return this.#registry.size;
  }

  /** Calls `Close()` on every live client, e.g. in test teardown (Node-only). */
  closeAll(): void {
    for (const client of this.#registry.snapshot()) client.Close();
  }
}
