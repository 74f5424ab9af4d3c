/**
 * JSON Schemas of the files the history reads — history.json, history-seed.json and Roblox's
 * builds.json — and one validator that turns the first schema violation into a HistoryError
 * naming the file, the JSON path (`builds[3].changes[0].action`) and the fix.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { HistoryError, type HistoryErrorCode } from './errors.js';

const VERSION_PATTERN = '^\\d+\\.\\d+\\.\\d+\\.\\d+$';
const KINDS = ['Class', 'Property', 'Function', 'Event', 'Callback', 'Enum', 'EnumItem'];
const ACTIONS = ['Add', 'Remove', 'Change'];
const version = { type: 'string', pattern: VERSION_PATTERN };
const names = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

const change = {
  type: 'object',
  additionalProperties: false,
  required: ['action', 'kind', 'name', 'impact'],
  properties: {
    action: { enum: ACTIONS },
    kind: { enum: KINDS },
    parent: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    field: { type: 'string', minLength: 1 },
    from: {},
    to: {},
    after: { type: ['string', 'null'] },
    impact: { enum: ['breaking', 'compatible'] },
  },
};

export const HISTORY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['scope', 'builds'],
  properties: {
    scope: names,
    publicRecord: { type: 'string' },
    builds: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'source', 'changes'],
        properties: {
          version,
          guid: { type: 'string', minLength: 1 },
          date: { type: 'string', minLength: 1 },
          source: { enum: ['public-record', 'baseline', 'dump'] },
          changes: { type: 'array', items: change },
        },
      },
    },
    snapshot: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'dump'],
      properties: {
        version,
        dump: { type: 'object', required: ['Classes', 'Enums'], properties: { Classes: { type: 'array' }, Enums: { type: 'array' } } },
      },
    },
  },
} as const;

export const SEED_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'scope', 'builds'],
  properties: {
    source: { type: 'string', minLength: 1 },
    scope: names,
    builds: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'events'],
        properties: {
          version,
          events: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['action', 'kind', 'name'],
              properties: {
                action: { enum: ACTIONS },
                kind: { enum: KINDS },
                parent: { type: 'string', minLength: 1 },
                name: { type: 'string', minLength: 1 },
                field: { type: 'string', minLength: 1 },
                sources: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^https://[^\\s]+$' } },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** Roblox's build list (`DeployHistory`-derived `builds.json`): `{Files, Builds: [{GUID, Date, Version}]}`. */
export const BUILDS_LIST_SCHEMA = {
  type: 'object',
  required: ['Builds'],
  properties: {
    Builds: {
      type: 'array',
      items: {
        type: 'object',
        required: ['GUID', 'Date', 'Version'],
        properties: { GUID: { type: 'string' }, Date: { type: 'string' }, Version: { type: 'string' } },
      },
    },
  },
} as const;

/**
 * The schemas above are constants, checked against the JSON Schema meta-schema by a test
 * (test/codegen/history/schemas.test.ts); skipping that check and code optimisation here makes
 * the first validation of a CLI run cheaper (`history add` has a 1 s budget).
 */
export const AJV_OPTIONS = { allErrors: false, strict: true, validateSchema: false, code: { optimize: false } } as const;
const ajv = new Ajv(AJV_OPTIONS);
const compiled = new Map<object, ValidateFunction>();

/** `/builds/3/changes/0` → `builds[3].changes[0]`. */
export function jsonPath(instancePath: string, extraKey?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extraKey !== undefined) parts.push(extraKey);
  let path = '';
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path === '' ? part : `.${part}`;
  return path;
}

function describeError(error: ErrorObject): { path: string; detail: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: jsonPath(error.instancePath, String(params.missingProperty)), detail: 'is missing' };
    case 'additionalProperties':
      return { path: jsonPath(error.instancePath, String(params.additionalProperty)), detail: 'is not a known field' };
    case 'enum':
      return { path: jsonPath(error.instancePath), detail: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern':
      return { path: jsonPath(error.instancePath), detail: 'must be a version like 0.734.0.7340915' };
    default:
      return { path: jsonPath(error.instancePath), detail: error.message ?? 'is not valid' };
  }
}

/** Validates `json` against `schema`; throws a HistoryError for the first violation. */
export function validateAgainst<T>(schema: object, json: unknown, file: string, code: HistoryErrorCode, hint: string): T {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(json)) {
    const { path, detail } = describeError(validate.errors![0]!);
    throw new HistoryError(code, file, path, `${path === '' ? 'the file' : 'this'} ${detail}`, hint);
  }
  return json as T;
}
