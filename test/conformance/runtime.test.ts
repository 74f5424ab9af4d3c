/**
 * Runs the generated conformance suite (generated/conformance/) against the real runtime
 * (runtime/index.ts). Known deviations are listed with a reason in
 * test/conformance/expectations.json and run as expected failures; one that starts passing fails
 * the run.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExpectations } from './harness/expectations.js';
import { registerChecks } from './harness/registerChecks.js';
import { runtimeTarget } from './runtimeTarget.js';
import { conformanceChecks, suiteFacts } from './suite.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const expectationsFile = 'test/conformance/expectations.json';

registerChecks(conformanceChecks, runtimeTarget, suiteFacts, {
  expectations: readExpectations(join(repoRoot, expectationsFile)),
  expectationsFile,
  repoRoot,
});
