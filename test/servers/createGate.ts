/**
 * A release-one-at-a-time gate: a fixture server awaits `wait()` between writes and the test
 * calls `release()` after the client received the previous write, so each write is one read.
 */
export interface Gate {
  wait(): Promise<void>;
  release(): void;
}

export function createGate(): Gate {
  const waiting: Array<() => void> = [];
  let credits = 0;
  return {
    wait: () => {
      if (credits > 0) {
        credits--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else credits++;
    },
  };
}
