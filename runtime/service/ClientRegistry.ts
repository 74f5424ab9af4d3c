/**
 * Counts live clients of one HttpService (R9, §1.3 item 6): a slot is taken when a client is
 * created and freed when it reaches Closed or Error, so the (limit+1)-th creation throws.
 */
import { ClientLimitError } from '../errors/ClientLimitError.js';
import { engineMessages } from '../errors/engineMessages.js';

export interface ClientHandle {
  Close(): void;
}

export class ClientRegistry {
  readonly #limit: number;
  readonly #live = new Set<ClientHandle>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#live.size;
  }

  /** Throws `ClientLimitError` when no slot is free. */
  assertSlotFree(): void {
    if (this.#live.size >= this.#limit) throw new ClientLimitError(engineMessages.tooManyClients(), this.#limit);
  }

  add(client: ClientHandle): void {
    this.#live.add(client);
  }

  release(client: ClientHandle): void {
    this.#live.delete(client);
  }

  /** A snapshot, safe to iterate while clients close and release themselves. */
  snapshot(): ClientHandle[] {
    return [...this.#live];
  }
}
