/**
 * Checks raw JSON against `DUMP_SCHEMA` with ajv and turns the first failure into a `DumpError`
 * whose path reads `Classes[12].Members[3].MemberType` and whose `expected` says what would be
 * valid there. The schema is compiled ahead of time (`precompiledDumpValidator.js`, see
 * `compileDumpValidator.ts`), so reading a dump loads neither ajv nor its compiler. Why ajv and
 * not hand-written checks: docs/decisions.md.
 */
import type { ErrorObject } from 'ajv';
import { DUMP_SCHEMA, MEMBER_TYPES, type SchemaNode } from './dumpSchema.js';
import { DumpError } from './errors.js';
import { formatPath, pointerSegments, type PathSegment } from './jsonPath.js';
import { validate } from './precompiledDumpValidator.js';

/** Throws a `DumpError` (code `DUMP_SCHEMA`) unless `json` has the shape of a dump. */
export function validateDumpSchema(json: unknown, file: string): void {
  if (validate(json)) return;
  const error = validate.errors?.[0];
  if (error === undefined) throw new DumpError('DUMP_SCHEMA', file, '(root)', 'the dump does not match the schema', 'a Full-API-Dump object');
  throw toDumpError(error, json, file);
}

/** `the number 5`, `a list`, `null`: how a wrong value is named in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large for a 64-bit float (JSON.parse reads it as Infinity)';
  const preview = JSON.stringify(value) ?? String(value);
  return `the ${typeof value} ${preview.length > 40 ? `${preview.slice(0, 37)}...` : preview}`;
}

function expectedOf(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const node = schema as SchemaNode;
  if (typeof node.expected === 'string') return node.expected;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.type === 'boolean') return 'true or false';
  if (typeof node.type === 'string') return `a ${node.type}`;
  return undefined;
}

function propertySchema(parent: unknown, key: string): unknown {
  if (typeof parent !== 'object' || parent === null) return undefined;
  const properties = (parent as SchemaNode).properties as Record<string, unknown> | undefined;
  return properties?.[key];
}

/** ` (class "Part", member "Size")`: names of the entities along the path, for orientation. */
function entityContext(json: unknown, segments: readonly PathSegment[]): string {
  const names: string[] = [];
  let node: unknown = json;
  let container: PathSegment | undefined;
  for (const segment of segments) {
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number' && typeof node === 'object' && node !== null) {
      const entityName = (node as { Name?: unknown }).Name;
      const label = { Classes: 'class', Members: 'member', Enums: 'enum', Items: 'item', Parameters: 'parameter' }[String(container)];
      if (label !== undefined && typeof entityName === 'string' && entityName !== '') names.push(`${label} "${entityName}"`);
    }
    container = segment;
  }
  return names.length === 0 ? '' : ` (${names.join(', ')})`;
}

/** The value `segments` lead to from `root`, or undefined where they lead nowhere. */
function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * The failed value and the schema node of the failed keyword. ajv's `verbose` option would put
 * both in each error, at the price of larger generated code (every error site of the validator
 * would build them), which a fresh process parses and compiles before validating; the schema path
 * (`#/properties/Classes/items/...`, absolute as the schema has no `$ref`) and the instance path
 * lead to them as well.
 */
export function failedAt(error: ErrorObject, json: unknown, segments: readonly PathSegment[]): { data: unknown; parentSchema: unknown } {
  const schemaSegments = pointerSegments(error.schemaPath.replace(/^#/, ''));
  return { data: valueAt(json, segments), parentSchema: valueAt(DUMP_SCHEMA, schemaSegments.slice(0, -1)) };
}

function toDumpError(error: ErrorObject, json: unknown, file: string): DumpError {
  const segments = pointerSegments(error.instancePath);
  const at = (extra: PathSegment[] = []): string => formatPath([...segments, ...extra]);
  const context = entityContext(json, segments);
  const params = error.params as Record<string, unknown>;
  const { data, parentSchema } = failedAt(error, json, segments);
  const fallback = expectedOf(parentSchema) ?? 'a value matching the dump format';

  switch (error.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      const expected = expectedOf(propertySchema(parentSchema, field)) ?? 'a value';
      return new DumpError('DUMP_SCHEMA', file, at([field]), `required field "${field}" is missing${context}`, expected);
    }
    case 'type':
      return new DumpError('DUMP_SCHEMA', file, at(), `found ${describeValue(data)}${context}`, fallback);
    case 'enum':
    case 'const':
      return new DumpError('DUMP_SCHEMA', file, at(), `unknown value ${JSON.stringify(data)}${context}`, fallback);
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys(((parentSchema as SchemaNode).properties as object | undefined) ?? {});
      return new DumpError(
        'DUMP_SCHEMA',
        file,
        at([field]),
        `unexpected field "${field}"${context}`,
        `only the fields ${known.map((k) => `"${k}"`).join(', ')}`,
      );
    }
    case 'minLength':
      return new DumpError('DUMP_SCHEMA', file, at(), `empty string${context}`, fallback);
    case 'minItems':
      return new DumpError('DUMP_SCHEMA', file, at(), `empty list${context}`, fallback);
    case 'discriminator': {
      const memberTypes = MEMBER_TYPES.map((t) => `"${t}"`).join(', ');
      if (params.error === 'mapping') {
        return new DumpError(
          'DUMP_SCHEMA',
          file,
          at(['MemberType']),
          `unknown MemberType ${JSON.stringify(params.tagValue)}${context}`,
          `one of ${memberTypes}`,
        );
      }
      return new DumpError('DUMP_SCHEMA', file, at(['MemberType']), `MemberType is missing or not a string${context}`, `one of ${memberTypes}`);
    }
    default:
      // Not reached by today's schema (ajv reports the failing keyword inside `if` and `oneOf`);
      // the validator is compiled without ajv's messages, so the keyword names the rule.
      return new DumpError('DUMP_SCHEMA', file, at(), `does not match the "${error.keyword}" rule of the dump format${context}`, fallback);
  }
}
