/**
 * The generated conformance suite (generated/conformance/), made runnable: every generated check
 * record becomes a check of the harness, and the generated facts become the suite's facts. The
 * assignments below are where the generator's output meets the harness's types: a record the
 * harness cannot run is a compile error here.
 */
import type { ConformanceCheckRecord } from '../../codegen/emit/conformance/checkRecords.js';
import { suiteFacts as generatedFacts } from '../../generated/conformance/facts.js';
import { conformanceChecks as generatedChecks } from '../../generated/conformance/suite.js';
import { checkFromRecord } from './harness/checkFromRecord.js';
import type { ConformanceCheck, SuiteFacts } from './harness/ConformanceTarget.js';

export const checkRecords: readonly ConformanceCheckRecord[] = generatedChecks;
export const suiteFacts: SuiteFacts = generatedFacts;
export const conformanceChecks: readonly ConformanceCheck[] = checkRecords.map(checkFromRecord);
