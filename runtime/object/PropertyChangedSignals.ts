/**
 * The per-property half of Roblox's Object API, shared by every class the runtime emulates:
 * `GetPropertyChangedSignal(property)` hands out one argument-less signal per known property
 * (created on first use) and refuses unknown names with the engine's reflection error; `fire`
 * is called by the owner when that property changes.
 */
import type { RBXScriptSignal } from '../contract.js';
import { engineMessages } from '../errors/engineMessages.js';
import { PropertyError } from '../errors/PropertyError.js';
import { createSignal, type SignalEnvironment } from '../signals/createSignal.js';

export class PropertyChangedSignals {
  // Made on first use: most clients never ask for a property's signal (issue 14, idle heap).
  #signals: Map<string, ReturnType<typeof createSignal<() => void>>> | undefined;

  constructor(
    /** Property names the class has (its own and its ancestors'), from the API dump. */
    private readonly properties: ReadonlySet<string>,
    private readonly environment: SignalEnvironment,
  ) {}

  /** The signal for `property`; throws `WSC_ERR_INVALID_PROPERTY_NAME` for a name the class lacks. */
  get(property: string): RBXScriptSignal<() => void> {
    if (!this.properties.has(property)) {
      throw new PropertyError('WSC_ERR_INVALID_PROPERTY_NAME', engineMessages.invalidPropertyName(property), property);
    }
    this.#signals ??= new Map();
    let pair = this.#signals.get(property);
    if (pair === undefined) {
      pair = createSignal<() => void>(`${property} changed`, this.environment);
      this.#signals.set(property, pair);
    }
    return pair.signal;
  }

  /** Fires the property's signal if anyone asked for it. */
  fire(property: string): void {
    this.#signals?.get(property)?.fire();
  }
}

/** What assigning a ReadOnly property does: throw the engine's read-only error. */
export function refuseReadOnlyAssignment(property: string): never {
  throw new PropertyError('WSC_ERR_READ_ONLY_PROPERTY', engineMessages.readOnlyProperty(property), property);
}
