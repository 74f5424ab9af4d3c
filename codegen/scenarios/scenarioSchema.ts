/**
 * JSON Schema of `api-dump/scenarios.json` (the shape in `types.ts`), compiled once with ajv,
 * and the translation of ajv's findings into problems in our words with `scenarios[3].events[1]`
 * style paths. Only the shape is checked here; `checkScenarioTable` checks the table's own
 * consistency and `planScenarios` checks it against the dump.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ScenarioProblem } from './ScenarioError.js';
import type { ScenarioTable } from './types.js';

const text = { type: 'string', minLength: 1, pattern: '\\S' } as const;
const name = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } as const;
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const httpStatus = { type: 'integer', minimum: 100, maximum: 599 } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;

const route = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string' } },
  discriminator: { propertyName: 'kind' },
  oneOf: [
    {
      properties: {
        kind: { const: 'http' },
        status: httpStatus,
        headers: stringMap,
        chunks: { type: 'array', items: { type: 'string' } },
        then: { enum: ['end', 'hold'] },
      },
      required: ['kind', 'status', 'then'],
      additionalProperties: false,
    },
    { properties: { kind: { const: 'http-no-answer' } }, required: ['kind'], additionalProperties: false },
    {
      properties: {
        kind: { const: 'websocket' },
        send: { type: 'array', items: { type: 'string' } },
        echo: { type: 'boolean' },
        then: { enum: ['close', 'hold', 'drop'] },
      },
      required: ['kind', 'then'],
      additionalProperties: false,
    },
    {
      properties: { kind: { const: 'websocket-reject' }, status: { type: 'integer', minimum: 200, maximum: 599 } },
      required: ['kind', 'status'],
      additionalProperties: false,
    },
    { properties: { kind: { const: 'refused' }, scheme: { enum: ['http', 'ws'] } }, required: ['kind', 'scheme'], additionalProperties: false },
  ],
} as const;

const argMatcher = {
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', required: ['matches'], properties: { matches: text }, additionalProperties: false },
    { type: 'object', required: ['type'], properties: { type: { enum: ['string', 'number', 'boolean'] } }, additionalProperties: false },
  ],
} as const;

const expectedEvent = {
  type: 'object',
  required: ['event', 'args', 'state'],
  additionalProperties: false,
  properties: { event: name, args: { type: 'array', items: argMatcher }, state: name },
} as const;

const step = {
  type: 'object',
  minProperties: 1,
  maxProperties: 2,
  additionalProperties: false,
  properties: {
    await: name,
    count: { type: 'integer', minimum: 1 },
    call: name,
    args: { type: 'array' },
    serverDisconnect: { const: true },
  },
} as const;

const scenario = {
  type: 'object',
  required: ['id', 'title', 'clientType', 'request'],
  additionalProperties: false,
  properties: {
    id,
    title: text,
    clientType: name,
    request: {},
    liveClientsBefore: { type: 'integer', minimum: 1 },
    closeBeforeCreate: { type: 'integer', minimum: 1 },
    serviceOptions: { type: 'object' },
    steps: { type: 'array', items: step },
    events: { type: 'array', items: expectedEvent },
    finalState: name,
    throws: { type: 'object', required: ['code', 'message'], additionalProperties: false, properties: { code: text, message: text } },
  },
} as const;

export const scenarioSchema = {
  type: 'object',
  required: ['factory', 'routes', 'scenarios'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    factory: {
      type: 'object',
      required: ['service', 'function', 'stateProperty', 'messageEvent', 'closeFunction', 'surfaceClient'],
      additionalProperties: false,
      properties: {
        service: name,
        function: name,
        stateProperty: name,
        messageEvent: name,
        closeFunction: name,
        surfaceClient: {
          type: 'object',
          required: ['clientType', 'request'],
          additionalProperties: false,
          properties: { clientType: name, request: {} },
        },
      },
    },
    routes: { type: 'object', propertyNames: id, additionalProperties: route },
    scenarios: { type: 'array', minItems: 1, items: scenario },
  },
} as const;

let compiled: ValidateFunction<ScenarioTable> | undefined;

/** The compiled validator (compiled on first use). */
export function scenarioValidator(): ValidateFunction<ScenarioTable> {
  compiled ??= new Ajv({ allErrors: true, strict: true, discriminator: true }).compile<ScenarioTable>(scenarioSchema);
  return compiled;
}

/** `/scenarios/3/events/1` (+ child `event`) → `scenarios[3].events[1].event`. */
export function scenarioPath(instancePath: string, child?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  return formatPath(parts);
}

/** Joins path parts: numbers as `[i]`, plain names with dots, other keys quoted. */
export function formatPath(parts: readonly (string | number)[]): string {
  let path = '';
  for (const part of parts) {
    if (typeof part === 'number' || /^\d+$/.test(part)) path += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) path += path === '' ? part : `.${part}`;
    else path += `[${JSON.stringify(part)}]`;
  }
  return path === '' ? '(root)' : path;
}

/** One ajv error as a problem in our words. */
export function describeSchemaError(error: ErrorObject): ScenarioProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        path: scenarioPath(error.instancePath, String(params.missingProperty)),
        problem: 'missing',
        expected: `a "${String(params.missingProperty)}" field (see codegen/scenarios/types.ts)`,
      };
    case 'additionalProperties':
      return {
        path: scenarioPath(error.instancePath, String(params.additionalProperty)),
        problem: 'unknown field',
        expected: 'only the fields listed in codegen/scenarios/types.ts (check the spelling)',
      };
    case 'propertyNames':
      return {
        path: scenarioPath(error.instancePath, String(params.propertyName)),
        problem: 'not a valid route name',
        expected: 'a kebab-case name such as "sse-two-events"',
      };
    case 'type':
      return { path: scenarioPath(error.instancePath), problem: `not of type ${String(params.type)}`, expected: `a value of type ${String(params.type)}` };
    case 'enum':
      return {
        path: scenarioPath(error.instancePath),
        problem: 'not an allowed value',
        expected: `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return { path: scenarioPath(error.instancePath), problem: 'badly formed', expected: patternHint(String(params.pattern)) };
    case 'discriminator':
      return {
        path: scenarioPath(error.instancePath, 'kind'),
        problem: 'unknown route kind',
        expected: 'one of "http", "http-no-answer", "websocket", "websocket-reject", "refused"',
      };
    default:
      return { path: scenarioPath(error.instancePath), problem: error.message ?? error.keyword, expected: 'the shape described in codegen/scenarios/types.ts' };
  }
}

function patternHint(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9]')) return 'a kebab-case id such as "sse-server-close"';
  if (pattern.startsWith('^[A-Za-z_]')) return 'a dump name such as "Opened" or "SSE"';
  return 'a non-empty text';
}
