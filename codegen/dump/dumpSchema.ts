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

/**
 * Shared pieces are plain constants, used by value wherever they apply, not `$ref` definitions:
 * ajv then compiles each use inline, into one function without a call (and an argument object
 * and a JSON pointer string) per class, member, parameter and type — which halved the cold
 * validation of a whole dump (docs/decisions.md). The schema is compiled ahead of time
 * (`compileDumpValidator.ts`), so the larger generated code costs nothing at run time but its
 * parsing (a few ms).
 */
const name: SchemaNode = { type: 'string', minLength: 1, expected: 'a non-empty string' };
const text: SchemaNode = { type: 'string', expected: 'a string' };
const stringList: SchemaNode = { type: 'array', items: text, expected: 'a list of strings' };
const typeRef: SchemaNode = {
  type: 'object',
  expected: 'a type object {"Category": ..., "Name": ...}',
  required: ['Category', 'Name'],
  additionalProperties: false,
  properties: {
    Category: { enum: [...TYPE_CATEGORIES], expected: `one of ${TYPE_CATEGORIES.map((c) => `"${c}"`).join(', ')}` },
    Name: name,
  },
};
const security: SchemaNode = {
  type: ['string', 'object'],
  expected: 'a security level such as "None", or an object {"Read": level, "Write": level}',
  if: { type: 'string' },
  then: name,
  else: {
    type: 'object',
    expected: 'an object {"Read": level, "Write": level}',
    required: ['Read', 'Write'],
    additionalProperties: false,
    properties: { Read: name, Write: name },
  },
};
const capabilities: SchemaNode = {
  type: ['array', 'object'],
  expected: 'a list of capability names, or an object {"Read": [...], "Write": [...]}',
  if: { type: 'array' },
  then: stringList,
  else: {
    type: 'object',
    expected: 'an object {"Read": [...], "Write": [...]} ("Write" may be left out)',
    required: ['Read'],
    additionalProperties: false,
    properties: { Read: stringList, Write: stringList },
  },
};
const tags: SchemaNode = {
  type: 'array',
  expected: 'a list of tag strings (plus at most one {"PreferredDescriptorName", "ThreadSafety"} object)',
  items: {
    type: ['string', 'object'],
    expected: 'a tag string or a {"PreferredDescriptorName", "ThreadSafety"} object',
    if: { type: 'string' },
    then: name,
    else: {
      type: 'object',
      expected: 'an object {"PreferredDescriptorName": string, "ThreadSafety": string}',
      required: ['PreferredDescriptorName', 'ThreadSafety'],
      additionalProperties: false,
      properties: { PreferredDescriptorName: name, ThreadSafety: name },
    },
  },
};
const parameters: SchemaNode = {
  type: 'array',
  expected: 'a list of parameter objects',
  items: {
    type: 'object',
    expected: 'a parameter object {"Name": ..., "Type": {...}}',
    required: ['Name', 'Type'],
    properties: { Name: name, Type: typeRef, Default: text },
  },
};
const returnType: SchemaNode = {
  type: ['object', 'array'],
  expected: 'a type object, or a list of type objects for a tuple return',
  if: { type: 'array' },
  then: { minItems: 1, items: typeRef, expected: 'a non-empty list of type objects' },
  else: typeRef,
};
function memberSchema(memberType: (typeof MEMBER_TYPES)[number], fields: Record<string, SchemaNode>, required: string[]): SchemaNode {
  return {
    type: 'object',
    required: ['MemberType', 'Name', 'Security', 'ThreadSafety', ...required],
    properties: {
      MemberType: { const: memberType },
      Name: name,
      Security: security,
      ThreadSafety: name,
      Tags: tags,
      Capabilities: capabilities,
      SimulationAccess: { type: 'boolean', expected: 'true or false' },
      ...fields,
    },
  };
}

const member: SchemaNode = {
  type: 'object',
  expected: 'a member object with a "MemberType"',
  required: ['MemberType'],
  properties: { MemberType: { type: 'string', expected: `one of ${MEMBER_TYPES.map((t) => `"${t}"`).join(', ')}` } },
  discriminator: { propertyName: 'MemberType' },
  oneOf: [
    memberSchema(
      'Property',
      {
        Category: name,
        Default: text,
        ValueType: typeRef,
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
    memberSchema('Function', { Parameters: parameters, ReturnType: returnType }, ['Parameters', 'ReturnType']),
    memberSchema('Event', { Parameters: parameters }, ['Parameters']),
    memberSchema('Callback', { Parameters: parameters, ReturnType: returnType }, ['Parameters', 'ReturnType']),
  ],
};
const classSchema: SchemaNode = {
  type: 'object',
  expected: 'a class object',
  required: ['Members', 'MemoryCategory', 'Name', 'Superclass'],
  properties: {
    Members: { type: 'array', items: member, expected: 'a list of member objects' },
    MemoryCategory: name,
    Name: name,
    Superclass: { type: 'string', minLength: 1, expected: 'a class name, or "<<<ROOT>>>" for a root class' },
    Tags: tags,
  },
};
const enumSchema: SchemaNode = {
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
        properties: { Name: name, Value: { type: 'integer', expected: 'an integer' }, LegacyNames: stringList, Tags: tags },
      },
    },
    Name: name,
    Tags: tags,
  },
};

/** The shared pieces by name, for the test that each says what it expects. */
export const SCHEMA_PIECES: Readonly<Record<string, SchemaNode>> = {
  name,
  text,
  stringList,
  typeRef,
  security,
  capabilities,
  tags,
  parameters,
  returnType,
  member,
  class: classSchema,
  enum: enumSchema,
};

export const DUMP_SCHEMA: SchemaNode = {
  type: 'object',
  expected: 'a Full-API-Dump object {"Classes": [...], "Enums": [...], "Version": 1}',
  required: ['Classes', 'Enums', 'Version'],
  properties: {
    Classes: { type: 'array', items: classSchema, expected: 'a list of class objects' },
    Enums: { type: 'array', items: enumSchema, expected: 'a list of enum objects' },
    Version: { type: 'integer', expected: 'an integer format version (1)' },
  },
};
