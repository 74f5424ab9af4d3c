/**
 * What the generated conformance suite is made of: plain data, one record per check, that the
 * hand-written harness in test/conformance/ turns into tests. The generator writes the records
 * (`generated/conformance/*.ts`, each an `as const` array importing nothing); the harness assigns
 * them to these types, so a record the harness cannot run is a compile error on its side. Like
 * ts-proto's goldens, tests import the generated files, never the reverse.
 */
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import type { RouteSpec, Scenario } from '../../scenarios/types.js';

/** The areas of the suite, in the order they run. */
export type CheckArea = 'surface' | 'tags' | 'object' | 'enums' | 'declarations' | 'history' | 'behaviour';

/** A dump type as the suite needs it: category and name (`?` removed, `nullable` kept). */
export interface TypeFactData {
  readonly category: 'Primitive' | 'Class' | 'Enum' | 'DataType' | 'Group';
  readonly name: string;
  readonly nullable?: true;
}

export interface ParameterFactData {
  readonly name: string;
  readonly type: TypeFactData;
  readonly optional?: true;
}

/** What the recorder of a live class needs: its events (with parameters) and its properties. */
export interface LiveClassFactsData {
  readonly events: Readonly<Record<string, readonly ParameterFactData[]>>;
  readonly properties: readonly string[];
}

/** Everything the checks share, from the dump and scenarios.json (`generated/conformance/facts.ts`). */
export interface SuiteFactsData {
  readonly factory: ResolvedFactory;
  readonly routes: Readonly<Record<string, RouteSpec>>;
  /** The live classes (the factory's service and client class), by name. */
  readonly liveClasses: Readonly<Record<string, LiveClassFactsData>>;
}

/** Where a member is declared in node/index.d.ts: an interface path (`["Enum", "X", "Y"]`) and a member. */
export interface DeclarationLocation {
  readonly interface: readonly string[];
  readonly member?: string;
}

export type HistoryEntityKind = 'Class' | 'Property' | 'Function' | 'Event' | 'Callback' | 'Enum' | 'EnumItem';

/** A history check's facts: the entity, its `@since` per the log, where it is declared and documented. */
export interface HistoryFact {
  readonly entity: { readonly kind: HistoryEntityKind; readonly parent?: string; readonly name: string };
  readonly since: string | null;
  readonly declaration: DeclarationLocation;
  readonly page: { readonly file: string; readonly anchor?: string };
}

/** The kinds of check, each with the values it needs (`kind` picks the assertion in the harness). */
export type CheckKindData =
  /** Listed but not run for this dump, with the reason (a callback, a scenario using a missing member). */
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'property'; readonly className: string; readonly name: string; readonly qualified: string; readonly type: TypeFactData }
  | {
      readonly kind: 'function' | 'event';
      readonly className: string;
      readonly name: string;
      readonly qualified: string;
      readonly parameters: readonly ParameterFactData[];
    }
  | { readonly kind: 'undeclared'; readonly className: string; readonly names: readonly string[] }
  | { readonly kind: 'unreachable' | 'notCreatableLive' | 'notCreatableAbstract' | 'className' | 'changed'; readonly className: string }
  | { readonly kind: 'readOnly'; readonly className: string; readonly name: string; readonly qualified: string }
  | { readonly kind: 'deprecatedProperty'; readonly className: string; readonly name: string; readonly preferred: string }
  | {
      readonly kind: 'deprecatedFunction';
      readonly className: string;
      readonly name: string;
      readonly preferred: string;
      readonly probes: readonly (readonly string[])[];
    }
  | { readonly kind: 'isA'; readonly className: string; readonly answers: Readonly<Record<string, boolean>> }
  | { readonly kind: 'propertySignals'; readonly className: string; readonly names: readonly string[]; readonly notAProperty: string }
  | { readonly kind: 'enumItems'; readonly enumName: string; readonly items: readonly { readonly name: string; readonly value: number }[] }
  | { readonly kind: 'enumItem'; readonly enumName: string; readonly item: { readonly name: string; readonly value: number } }
  | {
      readonly kind: 'parameters';
      readonly location: DeclarationLocation;
      readonly memberKind: 'Function' | 'Event' | 'Callback';
      readonly names: readonly string[];
    }
  | { readonly kind: 'history'; readonly fact: HistoryFact }
  | { readonly kind: 'scenario'; readonly scenario: Scenario }
  /** A check that always fails with `message` (a client type no scenario exercises). */
  | { readonly kind: 'uncovered'; readonly message: string };

/** One check: a stable id (`surface/WebStreamClient.Send`, the key of the expectations file), its area and what must hold. */
export type ConformanceCheckRecord = {
  readonly id: string;
  readonly area: CheckArea;
  /** What must hold, as a sentence; becomes the test name. */
  readonly title: string;
} & CheckKindData;

/** A record with its id made from the area and a key. */
export function checkRecord(area: CheckArea, key: string, title: string, data: CheckKindData): ConformanceCheckRecord {
  return { id: `${area}/${key}`, area, title, ...data };
}
