/**
 * Loads `api-dump/scenarios.json`: parses the text, checks its shape (ajv, `scenarioSchema.ts`)
 * and its own consistency (unique ids, defined routes, well-formed steps). Checking the table
 * against a dump is `planScenarios`, which runs when the suite is generated. Pure: the callers
 * read the file.
 */
import { ScenarioError, type ScenarioProblem } from './ScenarioError.js';
import { describeSchemaError, formatPath, scenarioValidator } from './scenarioSchema.js';
import { isRouteRef, type LoadedScenarios, type ScenarioTable } from './types.js';

export const SCENARIOS_FILE_NAME = 'scenarios.json';

export function loadScenarios(text: string, file: string): LoadedScenarios {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScenarioError('SCENARIOS_INVALID_JSON', file, [
      { path: '(root)', problem: `not valid JSON (${reason})`, expected: 'a JSON object {"factory": {...}, "routes": {...}, "scenarios": [...]}' },
    ]);
  }
  const validate = scenarioValidator();
  if (!validate(json)) {
    throw new ScenarioError('SCENARIOS_SCHEMA', file, (validate.errors ?? []).map(describeSchemaError));
  }
  const problems = checkScenarioTable(json);
  if (problems.length > 0) throw new ScenarioError('SCENARIOS_INCONSISTENT', file, problems);
  return { file, table: json };
}

/** Every route reference inside a JSON value, with its path. */
function routeRefs(value: unknown, path: (string | number)[]): Array<{ route: string; path: string }> {
  if (isRouteRef(value)) return [{ route: value.route, path: formatPath([...path, 'route']) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => routeRefs(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => routeRefs(item, [...path, key]));
  return [];
}

/** The table's own consistency; returns every problem found. */
export function checkScenarioTable(table: ScenarioTable): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const routeNames = Object.keys(table.routes);
  const knownRoute = (route: string, path: string): void => {
    if (!routeNames.includes(route))
      problems.push({
        path,
        problem: `names the route "${route}", which "routes" does not define`,
        expected: `one of ${routeNames.map((r) => `"${r}"`).join(', ')}`,
      });
  };
  for (const ref of routeRefs(table.factory.surfaceClient.request, ['factory', 'surfaceClient', 'request'])) knownRoute(ref.route, ref.path);

  const seen = new Map<string, number>();
  table.scenarios.forEach((scenario, i) => {
    const at = (...parts: (string | number)[]): string => formatPath(['scenarios', i, ...parts]);
    const earlier = seen.get(scenario.id);
    if (earlier !== undefined)
      problems.push({
        path: at('id'),
        problem: `repeats the id "${scenario.id}" of scenarios[${earlier}]`,
        expected: 'a unique id (expectations refer to scenarios by id)',
      });
    seen.set(scenario.id, i);
    for (const ref of routeRefs(scenario.request, ['scenarios', i, 'request'])) knownRoute(ref.route, ref.path);

    const { closeBeforeCreate, liveClientsBefore } = scenario;
    if (closeBeforeCreate !== undefined && closeBeforeCreate > (liveClientsBefore ?? 0)) {
      problems.push({
        path: at('closeBeforeCreate'),
        problem: `closes ${closeBeforeCreate} client(s) but only ${liveClientsBefore ?? 0} are created before`,
        expected: 'a number no larger than liveClientsBefore',
      });
    }
    const eventFields = (['steps', 'events', 'finalState'] as const).filter((field) => field in scenario);
    if ('throws' in scenario) {
      for (const field of eventFields)
        problems.push({
          path: at(field),
          problem: 'given together with "throws"',
          expected: 'either "throws" (the creation fails) or "steps", "events" and "finalState" (the client runs)',
        });
      return;
    }
    for (const field of ['steps', 'events', 'finalState'] as const) {
      if (!eventFields.includes(field))
        problems.push({ path: at(field), problem: 'missing', expected: 'either "throws" (the creation fails) or all of "steps", "events" and "finalState"' });
    }
    const steps = (scenario as { steps?: ReadonlyArray<Record<string, unknown>> }).steps ?? [];
    steps.forEach((step, j) => {
      const actions = ['await', 'call', 'serverDisconnect'].filter((key) => key in step);
      if (actions.length !== 1) {
        problems.push({
          path: at('steps', j),
          problem: actions.length === 0 ? 'has no action' : `has ${actions.join(' and ')} together`,
          expected: 'exactly one of "await", "call" or "serverDisconnect"',
        });
        return;
      }
      if ('count' in step && !('await' in step))
        problems.push({ path: at('steps', j, 'count'), problem: 'given without "await"', expected: '"count" only next to "await"' });
      if ('args' in step && !('call' in step))
        problems.push({ path: at('steps', j, 'args'), problem: 'given without "call"', expected: '"args" only next to "call"' });
    });
  });
  return problems;
}
