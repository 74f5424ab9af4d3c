/**
 * The vocabulary shared by the generated conformance suite (`generated/conformance/`) and the
 * hand-written tests: the runtime under test (`ConformanceTarget`), one check
 * (`ConformanceCheck`), what a check gets to work with (`CheckContext`), and the facts the
 * generator bakes in from the dump (`SuiteFacts`).
 *
 * The suite is a function of the target: the generated `*.test.ts` runs the checks against the
 * real runtime, and `test/conformance/brokenRuntime.test.ts` runs the same checks against
 * deliberately broken wrappers of it.
 */
import type { ResolvedFactory } from '../../../codegen/scenarios/planScenarios.js';
import type { RouteSpec } from '../../../codegen/scenarios/types.js';
import type { ConformanceServer } from '../../servers/startConformanceServer.js';

/** The runtime under test, seen only through values (a broken runtime may lack anything). */
export interface ConformanceTarget {
  /** Shown in the suite's name and summary line. */
  readonly name: string;
  /**
   * A fresh instance of a service class (e.g. "HttpService") with its own client limit, whose
   * signals call handlers immediately (so a handler reads the state at the time of firing).
   * Throws for a service the target does not have. `options` are a scenario's `serviceOptions`
   * (settings such as a short inactivity timeout).
   */
  service(className: string, options?: Readonly<Record<string, unknown>>): unknown;
  /** The target's `Enum` value. */
  readonly Enum: unknown;
  /** Every value the package exports, by export name (for the NotCreatable checks). */
  readonly exports: Readonly<Record<string, unknown>>;
}

/** A dump type as the generator bakes it in: category and name (`?` removed, `nullable` kept). */
export interface TypeFact {
  readonly category: 'Primitive' | 'Class' | 'Enum' | 'DataType' | 'Group';
  readonly name: string;
  readonly nullable?: boolean;
}

export interface ParameterFact {
  readonly name: string;
  readonly type: TypeFact;
  readonly optional?: boolean;
}

/** What the recorder of a live class needs: its events (with parameters) and its properties. */
export interface LiveClassFacts {
  readonly events: Readonly<Record<string, readonly ParameterFact[]>>;
  readonly properties: readonly string[];
}

/** Everything the checks share, baked in from the dump and scenarios.json at generation time. */
export interface SuiteFacts {
  readonly factory: ResolvedFactory;
  readonly routes: Readonly<Record<string, RouteSpec>>;
  /** The live classes (the service and the client class), by name. */
  readonly liveClasses: Readonly<Record<string, LiveClassFacts>>;
}

export interface CheckContext {
  readonly target: ConformanceTarget;
  readonly facts: SuiteFacts;
  /** The repository root (for the checks that read generated files and api-dump/). */
  readonly repoRoot: string;
  /**
   * A live instance of a live class: a fresh service, or a client made by the factory against
   * the local server. Clients are closed again when the check ends.
   */
  instance(className: string): Promise<unknown>;
  /** The local conformance server (started on first use, shared by the checks of one run). */
  server(): Promise<ConformanceServer>;
  /** Runs `cleanup` when the check ends, pass or fail. */
  defer(cleanup: () => void | Promise<void>): void;
}

/** The areas of the suite, in the order they run. */
export type CheckArea = 'surface' | 'tags' | 'object' | 'enums' | 'declarations' | 'history' | 'behaviour';

export interface ConformanceCheck {
  /** Stable id, e.g. `surface/WebStreamClient.Send`; expectations refer to it. */
  readonly id: string;
  readonly area: CheckArea;
  /** What must hold, as a sentence; becomes the test name. */
  readonly title: string;
  /** Why the check does not run for this dump (e.g. a scenario using a member the dump lacks). */
  readonly skip?: string;
  run(context: CheckContext): void | Promise<void>;
}
