/**
 * The vocabulary of the conformance harness: the runtime under test (`ConformanceTarget`), one
 * runnable check (`ConformanceCheck`, made from a generated record by `checkFromRecord`), what a
 * check gets to work with (`CheckContext`), and the facts the generator bakes in from the dump
 * (`SuiteFacts`, the data of generated/conformance/facts.ts; its types are the generator's,
 * codegen/emit/conformance/checkRecords.ts).
 *
 * The suite is a function of the target: test/conformance/runtime.test.ts runs the checks against
 * the real runtime, and test/conformance/brokenRuntime.test.ts runs the same checks against
 * deliberately broken wrappers of it.
 */
import type { CheckArea, LiveClassFactsData, ParameterFactData, SuiteFactsData, TypeFactData } from '../../../codegen/emit/conformance/checkRecords.js';
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
export type TypeFact = TypeFactData;
export type ParameterFact = ParameterFactData;
/** What the recorder of a live class needs: its events (with parameters) and its properties. */
export type LiveClassFacts = LiveClassFactsData;
/** Everything the checks share, baked in from the dump and scenarios.json at generation time. */
export type SuiteFacts = SuiteFactsData;

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

export type { CheckArea };

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
