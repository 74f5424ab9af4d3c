/**
 * Runs one behaviour scenario of `api-dump/scenarios.json` against the target: creates the
 * clients the scenario asks for through the factory (`HttpService:CreateWebStreamClient`), plays
 * its steps against the local conformance server, waits for the last expected event, lets the
 * event loop settle (so a late extra event shows up), and compares the exact sequence of events,
 * arguments and states — or, for a creation that must fail, the thrown code and message.
 */
import type { ArgMatcher, ExpectedEvent, JsonValue, RequestSpec, Scenario } from '../../../codegen/scenarios/types.js';
import { isRouteRef, isThrowScenario } from '../../../codegen/scenarios/types.js';
import type { ConformanceServer } from '../../servers/startConformanceServer.js';
import type { CheckContext } from './ConformanceTarget.js';
import { fail, read, show } from './ConformanceFailure.js';
import { recordSignals, type RecordedEvent, type Recording } from './recordSignals.js';

/** How long one wait of a scenario may take before the scenario fails with what it was waiting for. */
export const SCENARIO_WAIT_MS = 5000;

let runCounter = 0;

/** The request table with every route reference replaced by that route's URL for this run. */
export function resolveRequest(request: RequestSpec, server: ConformanceServer, run: string): unknown {
  if (isRouteRef(request)) return server.url(request.route, run);
  if (Array.isArray(request)) return request.map((item: RequestSpec) => resolveRequest(item, server, run));
  if (typeof request === 'object' && request !== null) {
    return Object.fromEntries(Object.entries(request).map(([key, value]) => [key, resolveRequest(value as RequestSpec, server, run)]));
  }
  return request;
}

/** Calls the factory function on `service` with the client-type item and the request. */
export function createClient(context: CheckContext, service: unknown, clientType: string, request: unknown): unknown {
  const { factory } = context.facts;
  const create = read(service, factory.function, `${factory.service}.${factory.function}`);
  if (typeof create !== 'function') fail(`${factory.service}.${factory.function} is ${show(create)}, not a function`);
  const enumObject = read(context.target.Enum, factory.clientTypeEnum, `Enum.${factory.clientTypeEnum}`);
  const item = read(enumObject, clientType, `Enum.${factory.clientTypeEnum}.${clientType}`);
  if (item === undefined) fail(`Enum.${factory.clientTypeEnum}.${clientType} is missing`);
  return create.call(service, item, request);
}

/** Calls the close function of a client, ignoring clients that cannot be closed (cleanup only). */
export function closeQuietly(context: CheckContext, client: unknown): void {
  const close = (client as Record<string, unknown> | undefined)?.[context.facts.factory.closeFunction];
  if (typeof close === 'function') close.call(client);
}

function matches(matcher: ArgMatcher, value: unknown): boolean {
  if (typeof matcher !== 'object') return value === matcher;
  if ('matches' in matcher) return typeof value === 'string' && new RegExp(matcher.matches).test(value);
  return typeof value === matcher.type;
}

function showMatcher(matcher: ArgMatcher): string {
  if (typeof matcher !== 'object') return show(matcher);
  return 'matches' in matcher ? `/${matcher.matches}/` : `<any ${matcher.type}>`;
}

function expectedLine(expected: ExpectedEvent): string {
  return `${expected.event}(${expected.args.map(showMatcher).join(', ')}) @${expected.state}`;
}

function recordedLine(recorded: RecordedEvent): string {
  return `${recorded.event}(${recorded.args.map(show).join(', ')}) @${recorded.state ?? '?'}`;
}

function sameEvent(expected: ExpectedEvent, recorded: RecordedEvent | undefined): boolean {
  return (
    recorded !== undefined &&
    recorded.event === expected.event &&
    recorded.state === expected.state &&
    recorded.args.length === expected.args.length &&
    expected.args.every((matcher, i) => matches(matcher, recorded.args[i]))
  );
}

/** The recorded sequence next to the expected one, first difference marked. */
function sequenceReport(expected: readonly ExpectedEvent[], recorded: readonly RecordedEvent[]): string {
  const first = Math.max(expected.length, recorded.length);
  let index = 0;
  while (index < first && sameEvent(expected[index] as ExpectedEvent, recorded[index])) index++;
  const lines = [`events differ from event #${index + 1}:`, '  expected:'];
  expected.forEach((event, i) => lines.push(`  ${i === index ? '>' : ' '}  ${expectedLine(event)}`));
  lines.push('  recorded:');
  recorded.forEach((event, i) => lines.push(`  ${i === index ? '>' : ' '}  ${recordedLine(event)}`));
  if (recorded.length === 0) lines.push('     (nothing)');
  return lines.join('\n');
}

/** True when `promise` settles within `ms`, false otherwise (the timer is cleared either way). */
async function withinTime(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setImmediate(resolve));
}

async function waitFor(recording: Recording, condition: () => boolean, what: string): Promise<void> {
  try {
    await recording.until(condition, what, SCENARIO_WAIT_MS);
  } catch (error) {
    fail(`${(error as Error).message}; recorded so far: ${recording.events.map(recordedLine).join(', ') || 'nothing'}`);
  }
}

export async function runScenario(context: CheckContext, scenario: Scenario): Promise<void> {
  const { factory } = context.facts;
  const server = await context.server();
  const run = `${scenario.id}-${++runCounter}`;
  const service = context.target.service(factory.service, scenario.serviceOptions);
  const request = resolveRequest(scenario.request, server, run);
  const created: unknown[] = [];
  context.defer(() => created.forEach((client) => closeQuietly(context, client)));
  const make = (): unknown => {
    const client = createClient(context, service, scenario.clientType, request);
    created.push(client);
    return client;
  };

  for (let i = 0; i < (scenario.liveClientsBefore ?? 0); i++) make();
  for (const client of created.slice(0, scenario.closeBeforeCreate ?? 0)) {
    const close = read(client, factory.closeFunction, `${factory.clientClass}.${factory.closeFunction}`);
    if (typeof close !== 'function') fail(`${factory.clientClass}.${factory.closeFunction} is ${show(close)}, not a function`);
    close.call(client);
  }

  if (isThrowScenario(scenario)) {
    const { code, message } = scenario.throws;
    let thrown: unknown;
    try {
      make();
    } catch (error) {
      thrown = error;
    }
    if (thrown === undefined) fail(`${factory.function} returned a client; expected it to throw ${code}: ${message}`);
    const got = thrown as { code?: unknown; message?: unknown };
    if (got.code !== code || got.message !== message) {
      fail(`${factory.function} threw ${show(got.code)}: ${show(got.message)}; expected ${code}: ${JSON.stringify(message)}`);
    }
    return;
  }

  const client = make();
  const recording = recordSignals(client, {
    facts: context.facts.liveClasses[factory.clientClass] ?? { events: {}, properties: [] },
    stateProperty: factory.stateProperty,
    enums: context.target.Enum,
    onEvent: (event) => {
      if (event === factory.messageEvent) server.messageDelivered(run);
    },
  });

  for (const step of scenario.steps) {
    if ('await' in step) {
      const count = step.count ?? 1;
      await waitFor(recording, () => recording.count(step.await) >= count, `${step.await} to fire ${count} time(s)`);
    } else if ('call' in step) {
      const fn = read(client, step.call, `${factory.clientClass}.${step.call}`);
      if (typeof fn !== 'function') fail(`${factory.clientClass}.${step.call} is ${show(fn)}, not a function`);
      try {
        fn.apply(client, (step.args ?? []) as JsonValue[]);
      } catch (error) {
        fail(`${factory.clientClass}.${step.call}(${(step.args ?? []).map(show).join(', ')}) threw: ${(error as Error).message}`);
      }
    } else {
      const disconnected = await withinTime(server.waitForDisconnect(run), SCENARIO_WAIT_MS);
      if (!disconnected) fail(`the server still had a connection of this client open ${SCENARIO_WAIT_MS} ms after the steps before`);
    }
  }

  const last = scenario.events.at(-1);
  if (last !== undefined) {
    const times = scenario.events.filter((event) => event.event === last.event).length;
    await waitFor(recording, () => recording.count(last.event) >= times, `${last.event} to fire ${times} time(s)`);
  }
  await settle();

  const { events } = recording;
  const same = events.length === scenario.events.length && scenario.events.every((expected, i) => sameEvent(expected, events[i]));
  if (!same) fail(sequenceReport(scenario.events, events));
  const violations = recording.violations();
  if (violations.length > 0) fail(`the events broke what the dump fixes:\n  ${violations.join('\n  ')}`);
  const state = (read(client, factory.stateProperty, `${factory.clientClass}.${factory.stateProperty}`) as { Name?: unknown } | undefined)?.Name;
  if (state !== scenario.finalState) fail(`${factory.stateProperty} ended as ${show(state)}; expected ${scenario.finalState}`);
}
