/**
 * Records every event of a WebStreamClient as a readable line ("Opened 200", "Message ...",
 * "Error 0 HttpError: ConnectFail", "Closed", "Changed ConnectionState") and lets a test await a moment
 * (the first message, the end) instead of sleeping.
 */
import type { WebStreamClient } from '../../../runtime/contract.js';

export interface ClientRecording {
  /** Events in order of delivery. */
  readonly events: string[];
  readonly messages: string[];
  /** The headers string given to Opened, if it fired. */
  openedHeaders: string | undefined;
  /** Resolves when Closed has fired (after its handlers ran). */
  readonly closed: Promise<void>;
  /** Resolves once `count` messages have arrived. */
  messagesReceived(count: number): Promise<string[]>;
  /** Resolves once an event line starting with `prefix` was recorded. */
  eventSeen(prefix: string): Promise<void>;
}

export function recordClientEvents(client: WebStreamClient): ClientRecording {
  const events: string[] = [];
  const messages: string[] = [];
  const waiters: Array<() => void> = [];
  const notify = (): void => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  const until = (condition: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (condition()) resolve();
        else waiters.push(check);
      };
      check();
    });

  const recording: ClientRecording = {
    events,
    messages,
    openedHeaders: undefined,
    closed: until(() => events.includes('Closed')),
    messagesReceived: async (count) => {
      await until(() => messages.length >= count);
      return messages.slice(0, count);
    },
    eventSeen: (prefix) => until(() => events.some((event) => event.startsWith(prefix))),
  };
  client.Changed.Connect((property) => {
    // Deferred handlers run after the firing code, so they read the state current at delivery;
    // record only the property name here (Immediate-mode tests check the states themselves).
    events.push(`Changed ${property}`);
    notify();
  });
  client.Opened.Connect((status, headers) => {
    recording.openedHeaders = headers;
    events.push(`Opened ${status}`);
    notify();
  });
  client.MessageReceived.Connect((message) => {
    messages.push(message);
    events.push(`Message ${message}`);
    notify();
  });
  client.Error.Connect((status, message) => {
    events.push(`Error ${status} ${message}`);
    notify();
  });
  client.Closed.Connect(() => {
    events.push('Closed');
    notify();
  });
  return recording;
}
