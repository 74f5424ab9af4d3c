/**
 * The JSON Schema of a raw `Full-API-Dump.json`, covering both shapes Roblox has published: the
 * older one (no Capabilities) and the current one (Capabilities as a list or `{Read, Write}`,
 * tuple ReturnType lists, SimulationAccess). It checks types and required fields only; rules
 * across entities (duplicates, superclass chain) are in `checkDumpIntegrity.ts`, and
 * open-ended values (tags, security levels) are compared with `knownValues.ts` afterwards.
 *
 * Entities (dump, class, member, parameter, enum, item) accept unknown fields: they are kept
 * in `extra` and reported as warnings. Small value objects (type, security pair, capability
 * pair, serialisation, the descriptor tag) are closed, as an unknown field there has no place
 * to go in the model. Each node may carry an `expected` annotation: the wording the error
 * message uses for what is valid there.
 */

/** A schema node; `expected` is our annotation keyword (registered with ajv). */
export type SchemaNode = Record<string, unknown> & { expected?: string };

export const MEMBER_TYPES = ['Property', 'Function', 'Event', 'Callback'] as const;
export const TYPE_CATEGORIES = ['Primitive', 'Class', 'Enum', 'DataType', 'Group'] as const;

const ref = (definition: string): SchemaNode => ({ $ref: `#/definitions/${definition}` });

function memberSchema(memberType: (typeof MEMBER_TYPES)[number], fields: Record<string, SchemaNode>, required: string[]): SchemaNode {
  return {
    type: 'object',
    required: ['MemberType', 'Name', 'Security', 'ThreadSafety', ...required],
    properties: {
      MemberType: { const: memberType },
      Name: ref('name'),
      Security: ref('security'),
      ThreadSafety: ref('name'),
      Tags: ref('tags'),
      Capabilities: ref('capabilities'),
      SimulationAccess: { type: 'boolean', expected: 'true or false' },
      ...fields,
    },
  };
}

/**
 * Shared pieces live in `definitions` and are used through `$ref`, so ajv compiles each of them
 * once (inlining them made compiling several times slower).
 */
const definitions: Record<string, SchemaNode> = {
  name: { type: 'string', minLength: 1, expected: 'a non-empty string' },
  text: { type: 'string', expected: 'a string' },
  stringList: { type: 'array', items: ref('text'), expected: 'a list of strings' },
  typeRef: {
    type: 'object',
    expected: 'a type object {"Category": ..., "Name": ...}',
    required: ['Category', 'Name'],
    additionalProperties: false,
    properties: {
      Category: { enum: [...TYPE_CATEGORIES], expected: `one of ${TYPE_CATEGORIES.map((c) => `"${c}"`).join(', ')}` },
      Name: ref('name'),
    },
  },
  security: {
    type: ['string', 'object'],
    expected: 'a security level such as "None", or an object {"Read": level, "Write": level}',
    if: { type: 'string' },
    then: ref('name'),
    else: {
      type: 'object',
      expected: 'an object {"Read": level, "Write": level}',
      required: ['Read', 'Write'],
      additionalProperties: false,
      properties: { Read: ref('name'), Write: ref('name') },
    },
  },
  capabilities: {
    type: ['array', 'object'],
    expected: 'a list of capability names, or an object {"Read": [...], "Write": [...]}',
    if: { type: 'array' },
    then: ref('stringList'),
    else: {
      type: 'object',
      expected: 'an object {"Read": [...], "Write": [...]} ("Write" may be left out)',
      required: ['Read'],
      additionalProperties: false,
      properties: { Read: ref('stringList'), Write: ref('stringList') },
    },
  },
  tags: {
    type: 'array',
    expected: 'a list of tag strings (plus at most one {"PreferredDescriptorName", "ThreadSafety"} object)',
    items: {
      type: ['string', 'object'],
      expected: 'a tag string or a {"PreferredDescriptorName", "ThreadSafety"} object',
      if: { type: 'string' },
      then: ref('name'),
      else: {
        type: 'object',
        expected: 'an object {"PreferredDescriptorName": string, "ThreadSafety": string}',
        required: ['PreferredDescriptorName', 'ThreadSafety'],
        additionalProperties: false,
        properties: { PreferredDescriptorName: ref('name'), ThreadSafety: ref('name') },
      },
    },
  },
  parameters: {
    type: 'array',
    expected: 'a list of parameter objects',
    items: {
      type: 'object',
      expected: 'a parameter object {"Name": ..., "Type": {...}}',
      required: ['Name', 'Type'],
      properties: { Name: ref('name'), Type: ref('typeRef'), Default: ref('text') },
    },
  },
  returnType: {
    type: ['object', 'array'],
    expected: 'a type object, or a list of type objects for a tuple return',
    if: { type: 'array' },
    then: { minItems: 1, items: ref('typeRef'), expected: 'a non-empty list of type objects' },
    else: ref('typeRef'),
  },
  member: {
    type: 'object',
    expected: 'a member object with a "MemberType"',
    required: ['MemberType'],
    properties: { MemberType: { type: 'string', expected: `one of ${MEMBER_TYPES.map((t) => `"${t}"`).join(', ')}` } },
    discriminator: { propertyName: 'MemberType' },
    oneOf: [
      memberSchema(
        'Property',
        {
          Category: ref('name'),
          Default: ref('text'),
          ValueType: ref('typeRef'),
          Serialization: {
            type: 'object',
            expected: 'an object {"CanLoad": boolean, "CanSave": boolean}',
            required: ['CanLoad', 'CanSave'],
            additionalProperties: false,
            properties: { CanLoad: { type: 'boolean' }, CanSave: { type: 'boolean' } },
          },
        },
        ['Category', 'ValueType', 'Serialization'],
      ),
      memberSchema('Function', { Parameters: ref('parameters'), ReturnType: ref('returnType') }, ['Parameters', 'ReturnType']),
      memberSchema('Event', { Parameters: ref('parameters') }, ['Parameters']),
      memberSchema('Callback', { Parameters: ref('parameters'), ReturnType: ref('returnType') }, ['Parameters', 'ReturnType']),
    ],
  },
  class: {
    type: 'object',
    expected: 'a class object',
    required: ['Members', 'MemoryCategory', 'Name', 'Superclass'],
    properties: {
      Members: { type: 'array', items: ref('member'), expected: 'a list of member objects' },
      MemoryCategory: ref('name'),
      Name: ref('name'),
      Superclass: { type: 'string', minLength: 1, expected: 'a class name, or "<<<ROOT>>>" for a root class' },
      Tags: ref('tags'),
    },
  },
  enum: {
    type: 'object',
    expected: 'an enum object',
    required: ['Items', 'Name'],
    properties: {
      Items: {
        type: 'array',
        expected: 'a list of enum item objects',
        items: {
          type: 'object',
          expected: 'an enum item object {"Name": ..., "Value": ...}',
          required: ['Name', 'Value'],
          properties: { Name: ref('name'), Value: { type: 'integer', expected: 'an integer' }, LegacyNames: ref('stringList'), Tags: ref('tags') },
        },
      },
      Name: ref('name'),
      Tags: ref('tags'),
    },
  },
};

export const DUMP_SCHEMA: SchemaNode = {
  type: 'object',
  expected: 'a Full-API-Dump object {"Classes": [...], "Enums": [...], "Version": 1}',
  required: ['Classes', 'Enums', 'Version'],
  properties: {
    Classes: { type: 'array', items: ref('class'), expected: 'a list of class objects' },
    Enums: { type: 'array', items: ref('enum'), expected: 'a list of enum objects' },
    Version: { type: 'integer', expected: 'an integer format version (1)' },
  },
  definitions,
};

/** The node a `$ref` of this schema points at (for error messages), or the node itself. */
export function resolveRef(node: unknown): unknown {
  const target = (node as SchemaNode | undefined)?.$ref;
  if (typeof target !== 'string' || !target.startsWith('#/definitions/')) return node;
  return definitions[target.slice('#/definitions/'.length)];
}
