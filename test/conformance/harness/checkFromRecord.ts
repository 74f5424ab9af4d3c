/**
 * Turns a generated check record (generated/conformance/*.ts, typed by
 * codegen/emit/conformance/checkRecords.ts) into a runnable check: `kind` picks the assertion,
 * the record's other fields are its arguments. This is the only place that knows which
 * assertion each kind of record means; the generator only writes data.
 */
import type { ConformanceCheckRecord } from '../../../codegen/emit/conformance/checkRecords.js';
import type { CheckContext, ConformanceCheck } from './ConformanceTarget.js';
import { fail } from './ConformanceFailure.js';
import { expectEnumItem, expectEnumItems } from './enumAssertions.js';
import { expectDeclaredParameters, expectHistoryAgreement } from './generatedArtifacts.js';
import {
  expectChangedOnStateChange,
  expectClassName,
  expectDeprecatedAlias,
  expectIsA,
  expectNotCreatableAbstract,
  expectNotCreatableLive,
  expectPropertyChangedSignals,
  expectReadOnly,
} from './objectAssertions.js';
import { runScenario } from './runScenario.js';
import { expectFunction, expectNoUndeclaredMembers, expectProperty, expectSignal } from './surfaceAssertions.js';

type Run = ConformanceCheck['run'];

function runOf(record: ConformanceCheckRecord): Run {
  switch (record.kind) {
    case 'skipped':
      return () => undefined;
    case 'property':
      return async (context) => expectProperty(await context.instance(record.className), record.qualified, record.name, record.type, context.target.Enum);
    case 'function':
      return async (context) => expectFunction(await context.instance(record.className), record.qualified, record.name, record.parameters);
    case 'event':
      return async (context) => expectSignal(await context.instance(record.className), record.qualified, record.name, record.parameters);
    case 'undeclared':
      return async (context) => expectNoUndeclaredMembers(await context.instance(record.className), record.className, record.names);
    case 'unreachable':
      return async (context) => void (await context.instance(record.className));
    case 'readOnly':
      return async (context) => expectReadOnly(await context.instance(record.className), record.qualified, record.name, 'conformance probe');
    case 'notCreatableLive':
      return (context) => expectNotCreatableLive(context, record.className);
    case 'notCreatableAbstract':
      return (context) => expectNotCreatableAbstract(context, record.className);
    case 'deprecatedProperty':
      return async (context) => expectDeprecatedAlias(await context.instance(record.className), record.className, record.name, record.preferred);
    case 'deprecatedFunction':
      return async (context) => expectDeprecatedAlias(await context.instance(record.className), record.className, record.name, record.preferred, record.probes);
    case 'className':
      return async (context) => expectClassName(await context.instance(record.className), record.className);
    case 'isA':
      return async (context) => expectIsA(await context.instance(record.className), record.className, record.answers);
    case 'propertySignals':
      return async (context) => expectPropertyChangedSignals(await context.instance(record.className), record.className, record.names, record.notAProperty);
    case 'changed':
      return (context: CheckContext) => expectChangedOnStateChange(context);
    case 'enumItems':
      return (context) => expectEnumItems(context.target.Enum, record.enumName, record.items);
    case 'enumItem':
      return (context) => expectEnumItem(context.target.Enum, record.enumName, record.item);
    case 'parameters':
      return (context) => expectDeclaredParameters(context.repoRoot, record.location, record.memberKind, record.names);
    case 'history':
      return (context) => expectHistoryAgreement(context.repoRoot, record.fact);
    case 'scenario':
      return (context) => runScenario(context, record.scenario);
    case 'uncovered':
      return () => fail(record.message);
  }
}

export function checkFromRecord(record: ConformanceCheckRecord): ConformanceCheck {
  const check = { id: record.id, area: record.area, title: record.title, run: runOf(record) };
  return record.kind === 'skipped' ? { ...check, skip: record.reason } : check;
}
