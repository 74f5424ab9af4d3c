/**
 * The lifetime cap of one HttpService's connections (R11: the engine ends a connection after
 * 30 min, `DEFAULT_LIFETIME_MS`), kept with one timer for all of them.
 *
 * Every connection of a service has the same `lifetimeMs`, so they run out in the order they
 * started: a Map (which keeps insertion order and deletes in constant time) from connection to
 * start time, and one timer for the oldest one, replace a Node `Timeout` per connection (about
 * 0.2 KB per idle client with its arguments, issue 14). A connection that ends earlier leaves
 * the map at once, so nothing here holds a closed client.
 *
 * The timer is ref'ed while any connection is under the cap, as a timer per connection was: a
 * live connection holds its socket anyway. A connection runs out no earlier than `lifetimeMs`
 * after it started (start times are rounded up to the next millisecond).
 */
import { performance } from 'node:perf_hooks';

/** The timer's callback (set in the class's static block): one function for every cap. */
let expireDue: (cap: LifetimeCap<unknown>) => void;

export class LifetimeCap<T> {
  readonly #lifetimeMs: number;
  readonly #onExpired: (item: T) => void;
  /** Connections under the cap, oldest first, with the time they started (ms, rounded up). */
  readonly #started = new Map<T, number>();
  #timer: NodeJS.Timeout | undefined;

  constructor(lifetimeMs: number, onExpired: (item: T) => void) {
    this.#lifetimeMs = lifetimeMs;
    this.#onExpired = onExpired;
  }

  /** Starts `item`'s lifetime now. */
  start(item: T): void {
    // Whole milliseconds stay small integers, which the map holds without a heap number each.
    this.#started.set(item, Math.ceil(performance.now()));
    if (this.#timer === undefined) this.#arm(this.#lifetimeMs);
  }

  /** `item` ended before its cap (or never started): forget it. */
  stop(item: T): void {
    if (!this.#started.delete(item) || this.#started.size > 0 || this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Connections under the cap (for tests). */
  get size(): number {
    return this.#started.size;
  }

  #arm(delayMs: number): void {
    this.#timer = setTimeout(expireDue, Math.max(1, Math.ceil(delayMs)), this as LifetimeCap<unknown>);
  }

  static {
    expireDue = (cap) => {
      cap.#timer = undefined;
      const now = performance.now();
      // Handlers run by onExpired may end other connections (deleted while we iterate, which a
      // Map allows) or start new ones (appended, with later start times).
      for (const [item, startedAt] of cap.#started) {
        const left = startedAt + cap.#lifetimeMs - now;
        if (left > 0) {
          if (cap.#timer === undefined) cap.#arm(left);
          return;
        }
        cap.#started.delete(item);
        cap.#onExpired(item);
      }
    };
  }
}
