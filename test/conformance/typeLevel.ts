/**
 * The generated type-level checks (generated/conformance/typeLevel.ts) instantiated with the real
 * runtime's types: `FailingTypeLevelChecks` names every check group whose tuple is not all
 * `true`, and `RuntimeTypesConform` compiles only when there is none — so `npm run typecheck`
 * fails when the runtime's types or the generated declarations drift from the dump.
 * test/conformance/typeLevel.test.ts compiles this file against deliberately broken runtime types.
 */
import type { TypeLevelChecks } from '../../generated/conformance/typeLevel.js';
import type { RuntimeTypes } from './runtimeTarget.js';

/** The keys of `Checks` whose tuple holds a `false`. */
type Failing<Checks> = { [K in keyof Checks]: Checks[K] extends readonly true[] ? never : K }[keyof Checks];

/** Compiles only when `F` is `never`. */
type NoneFailing<F extends never> = F;

export type FailingTypeLevelChecks = Failing<TypeLevelChecks<RuntimeTypes>>;
export type RuntimeTypesConform = NoneFailing<FailingTypeLevelChecks>;
