/**
 * The shape of `api-dump/scenarios.json`: our table of behaviour scenarios for the generated
 * conformance suite. The dump says which members exist; this table says what a client does on
 * the wire — which local server route it talks to, what the script does, and the exact events,
 * arguments and states that must follow. It is our data (not Roblox's), checked on load by
 * `loadScenarios` and against the dump by `planScenarios`.
 */

/** Any JSON value (request tables may be deliberately malformed in "bad options" scenarios). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Stands for the URL of a route of the local conformance server, e.g. `{"route": "sse-two-events"}`. */
export interface RouteRef {
  readonly route: string;
}

/**
 * What the local server does at one path. `http` answers with a status, headers and body chunks
 * (each chunk after the client delivered the previous one as a message, so one chunk is one
 * read), then ends or holds the response open; `http-no-answer` accepts the request and never
 * answers; `websocket` accepts the upgrade, sends frames, echoes and closes, holds, or drops the
 * TCP connection without a close frame;
 * `websocket-reject` refuses the upgrade with an HTTP status; `refused` is a port nothing listens on.
 */
export type RouteSpec =
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly chunks?: readonly string[];
      readonly then: 'end' | 'hold';
    }
  | { readonly kind: 'http-no-answer' }
  | {
      readonly kind: 'websocket';
      readonly send?: readonly string[];
      readonly echo?: boolean;
      readonly then: 'close' | 'hold' | 'drop';
    }
  | { readonly kind: 'websocket-reject'; readonly status: number }
  | { readonly kind: 'refused'; readonly scheme: 'http' | 'ws' };

/** An expected argument: an exact value, a regular expression over a string, or a JS type. */
export type ArgMatcher = string | number | boolean | { readonly matches: string } | { readonly type: 'string' | 'number' | 'boolean' };

/** One event the client must fire, in order: the event's name, its arguments and the state read inside the handler. */
export interface ExpectedEvent {
  readonly event: string;
  readonly args: readonly ArgMatcher[];
  readonly state: string;
}

/** What the script does after creating the client, in order. */
export type ScenarioStep =
  /** Wait until the event has fired `count` times in total (default 1). */
  | { readonly await: string; readonly count?: number }
  /** Call a function of the client with these arguments (must not throw). */
  | { readonly call: string; readonly args?: readonly JsonValue[] }
  /** Wait until the server saw every connection of this client close. */
  | { readonly serverDisconnect: true };

/** The request table passed to the factory; a `Url` may be a route reference. */
export type RequestSpec = JsonValue | { readonly [key: string]: JsonValue | RouteRef };

interface ScenarioBase {
  /** Stable id (kebab-case); expectations refer to it. */
  readonly id: string;
  /** What the scenario shows, as a sentence; becomes the test name. */
  readonly title: string;
  /** An item name of the client-type enum (e.g. `SSE`). */
  readonly clientType: string;
  readonly request: RequestSpec;
  /** Clients of the same type and request created (and kept live) before the one under test. */
  readonly liveClientsBefore?: number;
  /** How many of those are closed with the close function again before the client under test is created. */
  readonly closeBeforeCreate?: number;
  /**
   * Settings of the service the clients come from, passed to the target's `service(name, options)`
   * (for the runtime: `createHttpService` options, e.g. a short `inactivityTimeoutMs` so a timeout
   * scenario runs fast).
   */
  readonly serviceOptions?: { readonly [option: string]: JsonValue };
}

/** A client that is created and must fire exactly `events`, ending in `finalState`. */
export interface EventScenario extends ScenarioBase {
  readonly steps: readonly ScenarioStep[];
  readonly events: readonly ExpectedEvent[];
  readonly finalState: string;
}

/** A creation that must throw synchronously with this error code and message. */
export interface ThrowScenario extends ScenarioBase {
  readonly throws: { readonly code: string; readonly message: string };
}

export type Scenario = EventScenario | ThrowScenario;

/**
 * How the suite obtains live clients: call `function` on a fresh `service` with an item of the
 * client-type enum (the function's first parameter) and a request table (its second). The
 * client class, the client-type enum and the state enum are read from the dump.
 */
export interface ClientFactorySpec {
  readonly service: string;
  readonly function: string;
  /** The client property that holds the state enum item. */
  readonly stateProperty: string;
  /** The event that delivers received data; each firing lets the server send its next chunk. */
  readonly messageEvent: string;
  /** The function that ends a client (used to clean up and by `closeBeforeCreate`). */
  readonly closeFunction: string;
  /** The client used by the surface checks: created, inspected, closed. */
  readonly surfaceClient: { readonly clientType: string; readonly request: RequestSpec };
}

export interface ScenarioTable {
  readonly $comment?: string;
  readonly factory: ClientFactorySpec;
  readonly routes: Readonly<Record<string, RouteSpec>>;
  readonly scenarios: readonly Scenario[];
}

/** A table together with the file it came from (for error messages and generated comments). */
export interface LoadedScenarios {
  readonly file: string;
  readonly table: ScenarioTable;
}

export function isThrowScenario(scenario: Scenario): scenario is ThrowScenario {
  return 'throws' in scenario;
}

export function isRouteRef(value: unknown): value is RouteRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { route?: unknown }).route === 'string'
  );
}
