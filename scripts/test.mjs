#!/usr/bin/env node
/**
 * `npm test`: runs the whole vitest suite and ends with the plain closing line CI reads,
 * `N passed, N failed` (plus skipped and expected-failure counts), whatever the outcome.
 * Extra arguments are passed to vitest (`npm test -- test/runtime`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = '.vitest-results.json';
rmSync(resultsFile, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed;
let skipped = 0;
let expectedToFail = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  // Expected failures (it.fails, marked in meta by the conformance suite) pass in vitest's count.
  const tests = results.testResults.flatMap((file) => file.assertionResults);
  expectedToFail = tests.filter((test) => test.status === 'passed' && typeof test.meta?.expectedFailure === 'string').length;
  passed -= expectedToFail;
  // A file that fails to load has no tests but must still count as a failure.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else {
  failed = 1;
}
const status = run.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped, ${expectedToFail} expected to fail`);
process.exit(status);
