/**
 * The generated suite catches a broken runtime: the same checks that pass on the real runtime
 * (apart from its listed expected failures) are run against wrappers of it with one fault each,
 * and exactly the checks that concern the fault fail, with messages that name it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { conformanceChecks, suiteFacts } from './suite.js';
import { errorAfterClosed, missingErrorEvent, wrongEnumValue } from './brokenTargets.js';
import type { ConformanceTarget } from './harness/ConformanceTarget.js';
import { readExpectations } from './harness/expectations.js';
import { runChecks } from './harness/runChecks.js';
import { runtimeTarget } from './runtimeTarget.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// The declaration and history checks read generated files and do not touch the target.
const checks = conformanceChecks.filter((check) => check.area !== 'declarations' && check.area !== 'history');

/** Ids of the failing checks, and their messages. */
async function failures(target: ConformanceTarget): Promise<Map<string, string>> {
  return new Map((await runChecks(checks, target, suiteFacts, repoRoot)).failed);
}

/** The scenarios whose expected events include an Error firing. */
const scenariosWithError = [
  'sse-connection-refused',
  'sse-http-error-status',
  'sse-json-error-reply',
  'sse-inactivity-timeout',
  'rawstream-connection-refused',
  'rawstream-inactivity-timeout',
  'websocket-connection-refused',
  'websocket-http-error-status',
  'websocket-connection-lost',
].map((id) => `behaviour/${id}`);

describe('the generated suite against broken runtimes', () => {
  let baseline: Map<string, string>;
  const newFailures = async (target: ConformanceTarget): Promise<Map<string, string>> => {
    const failed = await failures(target);
    for (const id of baseline.keys()) failed.delete(id);
    return failed;
  };

  beforeAll(async () => {
    baseline = await failures(runtimeTarget);
  });

  it('fails on the real runtime only where the expectations file says it does', () => {
    const expected = readExpectations(join(repoRoot, 'test/conformance/expectations.json'));
    expect([...baseline.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('catches a client without its Error event: the surface check and every scenario that expects Error', async () => {
    const failed = await newFailures(missingErrorEvent);
    expect([...failed.keys()].sort()).toEqual(['surface/WebStreamClient.Error', ...scenariosWithError].sort());
    expect(failed.get('surface/WebStreamClient.Error')).toBe(
      'WebStreamClient.Error is missing; the dump declares an event Error(responseStatusCode: int, errorMessage: string)',
    );
    expect(failed.get('behaviour/sse-connection-refused')).toContain('events differ from event #2');
  });

  it("catches a wrong enum value: exactly the checks of that item and of its enum's item list", async () => {
    const failed = await newFailures(wrongEnumValue);
    expect([...failed.keys()]).toEqual(['enums/WebStreamClientState', 'enums/WebStreamClientState.Closed']);
    expect(failed.get('enums/WebStreamClientState')).toBe(
      'Enum.WebStreamClientState.GetEnumItems() lists [Connecting=0, Open=1, Error=2, Closed=4]; the dump has [Connecting=0, Open=1, Error=2, Closed=3]',
    );
    expect(failed.get('enums/WebStreamClientState.Closed')).toBe('Enum.WebStreamClientState.Closed.Value is 4; the dump says 3');
  });

  it('catches events in the wrong order: exactly the scenarios where Error must come before Closed', async () => {
    const failed = await newFailures(errorAfterClosed);
    expect([...failed.keys()].sort()).toEqual([...scenariosWithError].sort());
    expect(failed.get('behaviour/sse-http-error-status')).toContain('>  Closed() @Error');
  });
});
