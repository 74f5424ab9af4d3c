/**
 * JSON Schema of `api-dump/docs.json` (the shape in `types.ts`), compiled once with ajv.
 * Only the shape is checked here; whether the docs match the slice entity for entity is
 * `validateDocs.ts`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { DocsFile } from './types.js';

const text = { type: 'string', minLength: 1, pattern: '\\S' } as const;
const textMap = { type: 'object', additionalProperties: text } as const;

/** One example per place it is shown: Luau (reference pages), roblox-ts and Node (declarations). */
const examples = {
  type: 'object',
  required: ['luau', 'robloxTs', 'node'],
  additionalProperties: false,
  properties: { luau: text, robloxTs: text, node: text },
} as const;

const memberDocs = {
  type: 'object',
  required: ['summary'],
  additionalProperties: false,
  properties: { summary: text, description: text, parameters: textMap, returns: text, examples },
} as const;

const classDocs = {
  type: 'object',
  required: ['summary', 'members'],
  additionalProperties: false,
  properties: {
    summary: text,
    description: text,
    members: { type: 'object', additionalProperties: memberDocs },
  },
} as const;

const enumDocs = {
  type: 'object',
  required: ['summary', 'items'],
  additionalProperties: false,
  properties: { summary: text, description: text, items: textMap },
} as const;

export const docsSchema = {
  type: 'object',
  required: ['classes', 'enums'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    classes: { type: 'object', additionalProperties: classDocs },
    enums: { type: 'object', additionalProperties: enumDocs },
  },
} as const;

let compiled: ValidateFunction<DocsFile> | undefined;

/** The compiled validator (compiled on first use). */
export function docsValidator(): ValidateFunction<DocsFile> {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile<DocsFile>(docsSchema);
  return compiled;
}

/** `/classes/WebStreamClient/members` → `classes.WebStreamClient.members`. */
export function docsPath(instancePath: string, child?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  return parts.length === 0 ? '(root)' : parts.join('.');
}

/** One ajv error as a docs problem in our words. */
export function describeDocsSchemaError(error: ErrorObject): { path: string; problem: string; expected: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: docsPath(error.instancePath, String(params.missingProperty)), problem: 'missing', expected: requiredText(String(params.missingProperty)) };
    case 'additionalProperties':
      return {
        path: docsPath(error.instancePath, String(params.additionalProperty)),
        problem: 'unknown field',
        expected: 'only summary, description, members/items, parameters, returns and examples (luau, robloxTs, node) (check the spelling)',
      };
    case 'type':
      return { path: docsPath(error.instancePath), problem: `not ${article(String(params.type))}`, expected: article(String(params.type)) };
    case 'minLength':
    case 'pattern':
      return { path: docsPath(error.instancePath), problem: 'empty text', expected: 'a non-empty description in our own words' };
    default:
      return { path: docsPath(error.instancePath), problem: error.message ?? error.keyword, expected: 'the shape described in codegen/docs/types.ts' };
  }
}

function requiredText(field: string): string {
  if (field === 'members') return 'a "members" object (use {} for a class without members)';
  if (field === 'items') return 'an "items" object mapping each item name to its description';
  if (field === 'summary') return 'a one-sentence "summary"';
  if (field === 'luau' || field === 'robloxTs' || field === 'node') return `a "${field}" example (examples come in all three languages)`;
  return `a "${field}" field`;
}

function article(type: string): string {
  return type === 'object' ? 'an object' : `a ${type}`;
}
