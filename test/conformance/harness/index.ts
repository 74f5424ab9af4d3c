/**
 * What the generated conformance suite imports (by relative path, from
 * `generated/conformance/*.ts`): the check vocabulary, the assertions and the scenario runner.
 * Everything here is hand-written; the generator only emits calls to it with values from the dump.
 */
export type { CheckContext, ConformanceCheck, ConformanceTarget, LiveClassFacts, ParameterFact, SuiteFacts, TypeFact } from './ConformanceTarget.js';
export { fail } from './ConformanceFailure.js';
export { expectFunction, expectNoUndeclaredMembers, expectProperty, expectSignal } from './surfaceAssertions.js';
export {
  expectChangedOnStateChange,
  expectClassName,
  expectDeprecatedAlias,
  expectIsA,
  expectNotCreatableAbstract,
  expectNotCreatableLive,
  expectPropertyChangedSignals,
  expectReadOnly,
} from './objectAssertions.js';
export { expectEnumItem, expectEnumItems } from './enumAssertions.js';
export { expectDeclaredParameters, expectHistoryAgreement } from './generatedArtifacts.js';
export { runScenario } from './runScenario.js';
export { registerChecks, type RegisterOptions } from './registerChecks.js';
export { checksOf } from './checksOf.js';
export { readExpectations } from './expectations.js';
