/**
 * The parser's answer to broken input: each case breaks one thing in a small valid dump and
 * pins the exact error — code, JSON path, message and the expectation the CLI prints as the fix.
 */
import { describe, expect, it } from 'vitest';
import { DumpError } from '../../../codegen/dump/errors.js';
import { parseDump, parseDumpValue } from '../../../codegen/dump/parseDump.js';
import { fixtureText, rawDumpFixture, type Raw } from './fixtures/rawDumpFixture.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly expected: string;
}

const broken = (change: (raw: Raw) => void): string => fixtureText(change);
const MEMBER_TYPES = 'one of "Property", "Function", "Event", "Callback"';

const cases: Case[] = [
  {
    name: 'truncated JSON names the innermost open value',
    text: fixtureText().slice(0, 700),
    code: 'DUMP_INVALID_JSON',
    path: 'Classes[0]',
    message: 'dump.json at Classes[0]: the JSON ends too early (truncated file?) at line 1, column 701',
    expected: 'the complete file; download or copy it again',
  },
  {
    name: 'an empty file',
    text: '  \n',
    code: 'DUMP_INVALID_JSON',
    path: '(root)',
    message: 'dump.json: the file is empty',
    expected: 'the complete file; download or copy it again',
  },
  {
    name: 'a trailing comma gives line and column',
    text: '{\n  "Classes": [],\n  "Enums": [],\n}',
    code: 'DUMP_INVALID_JSON',
    path: '(root)',
    message: 'dump.json: invalid JSON at line 4, column 1: a trailing comma before "}"',
    expected: 'valid JSON text, as Roblox publishes Full-API-Dump.json',
  },
  {
    name: 'a list where the dump object belongs',
    text: '[1, 2]',
    code: 'DUMP_SCHEMA',
    path: '(root)',
    message: 'dump.json: found a list',
    expected: 'a Full-API-Dump object {"Classes": [...], "Enums": [...], "Version": 1}',
  },
  {
    name: 'Classes of the wrong type',
    text: broken((r) => (r.Classes = {})),
    code: 'DUMP_SCHEMA',
    path: 'Classes',
    message: 'dump.json at Classes: found an object',
    expected: 'a list of class objects',
  },
  {
    name: 'a member without Name',
    text: broken((r) => delete r.Classes[2].Members[0].Name),
    code: 'DUMP_SCHEMA',
    path: 'Classes[2].Members[0].Name',
    message: 'dump.json at Classes[2].Members[0].Name: required field "Name" is missing (class "HttpService")',
    expected: 'a non-empty string',
  },
  {
    name: 'a class Name that is a number',
    text: broken((r) => (r.Classes[3].Name = 5)),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Name',
    message: 'dump.json at Classes[3].Name: found the number 5',
    expected: 'a non-empty string',
  },
  {
    name: 'an empty enum name',
    text: broken((r) => (r.Enums[1].Name = '')),
    code: 'DUMP_SCHEMA',
    path: 'Enums[1].Name',
    message: 'dump.json at Enums[1].Name: empty string',
    expected: 'a non-empty string',
  },
  {
    name: 'an unknown MemberType',
    text: broken((r) => (r.Classes[3].Members[1].MemberType = 'Method')),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].MemberType',
    message: 'dump.json at Classes[3].Members[1].MemberType: unknown MemberType "Method" (class "WebStreamClient", member "Send")',
    expected: MEMBER_TYPES,
  },
  {
    name: 'a missing MemberType',
    text: broken((r) => delete r.Classes[3].Members[1].MemberType),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].MemberType',
    message: 'dump.json at Classes[3].Members[1].MemberType: required field "MemberType" is missing (class "WebStreamClient", member "Send")',
    expected: MEMBER_TYPES,
  },
  {
    name: 'a property without Serialization',
    text: broken((r) => delete r.Classes[3].Members[0].Serialization),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[0].Serialization',
    message: 'dump.json at Classes[3].Members[0].Serialization: required field "Serialization" is missing (class "WebStreamClient", member "ConnectionState")',
    expected: 'an object {"CanLoad": boolean, "CanSave": boolean}',
  },
  {
    name: 'a member name used twice in one class',
    text: broken((r) => (r.Classes[3].Members[2].Name = 'Send')),
    code: 'DUMP_DUPLICATE_MEMBER',
    path: 'Classes[3].Members[2].Name',
    message: 'dump.json at Classes[3].Members[2].Name: member "Send" appears twice in class "WebStreamClient" (first at Members[1])',
    expected: 'each member name once per class',
  },
  {
    name: 'a class defined twice',
    text: broken((r) => (r.Classes[2].Name = 'Instance')),
    code: 'DUMP_DUPLICATE_CLASS',
    path: 'Classes[2].Name',
    message: 'dump.json at Classes[2].Name: class "Instance" is defined twice (first at Classes[1])',
    expected: 'each class name once in a dump',
  },
  {
    name: 'an enum defined twice',
    text: broken((r) => (r.Enums[1].Name = 'WebStreamClientState')),
    code: 'DUMP_DUPLICATE_ENUM',
    path: 'Enums[1].Name',
    message: 'dump.json at Enums[1].Name: enum "WebStreamClientState" is defined twice (first at Enums[0])',
    expected: 'each enum name once in a dump',
  },
  {
    name: 'an enum item name used twice',
    text: broken((r) => (r.Enums[0].Items[3].Name = 'Open')),
    code: 'DUMP_DUPLICATE_ENUM_ITEM',
    path: 'Enums[0].Items[3].Name',
    message: 'dump.json at Enums[0].Items[3].Name: item "Open" appears twice in enum "WebStreamClientState" (first at Items[1])',
    expected: 'each item name once per enum',
  },
  {
    name: 'a superclass that does not exist, with a case hint',
    text: broken((r) => (r.Classes[2].Superclass = 'instance')),
    code: 'DUMP_UNKNOWN_SUPERCLASS',
    path: 'Classes[2].Superclass',
    message: 'dump.json at Classes[2].Superclass: superclass "instance" of class "HttpService" is not defined in this dump (did you mean "Instance"?)',
    expected: 'the name of a class in this dump, or "<<<ROOT>>>" for a root class',
  },
  {
    name: 'cyclic superclasses',
    text: broken((r) => (r.Classes[0].Superclass = 'WebStreamClient')),
    code: 'DUMP_CYCLIC_SUPERCLASS',
    path: 'Classes[0].Superclass',
    message: 'dump.json at Classes[0].Superclass: the superclass chain of class "Object" loops: Object → WebStreamClient → Object',
    expected: 'a chain that ends at a root class (Superclass "<<<ROOT>>>")',
  },
  {
    name: 'Capabilities as a bare string',
    text: broken((r) => (r.Classes[3].Members[1].Capabilities = 'Network')),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].Capabilities',
    message: 'dump.json at Classes[3].Members[1].Capabilities: found the string "Network" (class "WebStreamClient", member "Send")',
    expected: 'a list of capability names, or an object {"Read": [...], "Write": [...]}',
  },
  {
    name: 'a Capabilities object without Read',
    text: broken((r) => (r.Classes[3].Members[0].Capabilities = { Write: ['Network'] })),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[0].Capabilities.Read',
    message: 'dump.json at Classes[3].Members[0].Capabilities.Read: required field "Read" is missing (class "WebStreamClient", member "ConnectionState")',
    expected: 'a list of strings',
  },
  {
    name: 'a capability that is not a string',
    text: broken((r) => (r.Classes[3].Members[1].Capabilities = ['Network', 3])),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].Capabilities[1]',
    message: 'dump.json at Classes[3].Members[1].Capabilities[1]: found the number 3 (class "WebStreamClient", member "Send")',
    expected: 'a string',
  },
  {
    name: 'Security of the wrong type',
    text: broken((r) => (r.Classes[3].Members[1].Security = 3)),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].Security',
    message: 'dump.json at Classes[3].Members[1].Security: found the number 3 (class "WebStreamClient", member "Send")',
    expected: 'a security level such as "None", or an object {"Read": level, "Write": level}',
  },
  {
    name: 'a Security object without Write',
    text: broken((r) => (r.Classes[3].Members[0].Security = { Read: 'None' })),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[0].Security.Write',
    message: 'dump.json at Classes[3].Members[0].Security.Write: required field "Write" is missing (class "WebStreamClient", member "ConnectionState")',
    expected: 'a non-empty string',
  },
  {
    name: 'an unknown type Category',
    text: broken((r) => (r.Classes[3].Members[0].ValueType.Category = 'Struct')),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[0].ValueType.Category',
    message: 'dump.json at Classes[3].Members[0].ValueType.Category: unknown value "Struct" (class "WebStreamClient", member "ConnectionState")',
    expected: 'one of "Primitive", "Class", "Enum", "DataType", "Group"',
  },
  {
    name: 'a field in a type object, which has nowhere to go in the model',
    text: broken((r) => (r.Classes[3].Members[0].ValueType.Nullable = true)),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[0].ValueType.Nullable',
    message: 'dump.json at Classes[3].Members[0].ValueType.Nullable: unexpected field "Nullable" (class "WebStreamClient", member "ConnectionState")',
    expected: 'only the fields "Category", "Name"',
  },
  {
    name: 'an empty tuple ReturnType',
    text: broken((r) => (r.Classes[3].Members[1].ReturnType = [])),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].ReturnType',
    message: 'dump.json at Classes[3].Members[1].ReturnType: empty list (class "WebStreamClient", member "Send")',
    expected: 'a non-empty list of type objects',
  },
  {
    name: 'an enum value that is not an integer',
    text: broken((r) => (r.Enums[0].Items[1].Value = 1.5)),
    code: 'DUMP_SCHEMA',
    path: 'Enums[0].Items[1].Value',
    message: 'dump.json at Enums[0].Items[1].Value: found the number 1.5 (enum "WebStreamClientState", item "Open")',
    expected: 'an integer',
  },
  {
    name: 'a tag that is a number',
    text: broken((r) => (r.Classes[0].Tags = ['NotCreatable', 7])),
    code: 'DUMP_SCHEMA',
    path: 'Classes[0].Tags[1]',
    message: 'dump.json at Classes[0].Tags[1]: found the number 7 (class "Object")',
    expected: 'a tag string or a {"PreferredDescriptorName", "ThreadSafety"} object',
  },
  {
    name: 'two descriptor objects in one Tags list',
    text: broken((r) => r.Classes[0].Members[1].Tags.push({ PreferredDescriptorName: 'X', ThreadSafety: 'Safe' })),
    code: 'DUMP_SCHEMA',
    path: 'Classes[0].Members[1].Tags[3]',
    message: 'dump.json at Classes[0].Members[1].Tags[3]: a second {"PreferredDescriptorName", "ThreadSafety"} object in Tags',
    expected: 'at most one such object per Tags list',
  },
  {
    name: 'SimulationAccess that is not a boolean',
    text: broken((r) => (r.Classes[3].Members[1].SimulationAccess = 'Allowed')),
    code: 'DUMP_SCHEMA',
    path: 'Classes[3].Members[1].SimulationAccess',
    message: 'dump.json at Classes[3].Members[1].SimulationAccess: found the string "Allowed" (class "WebStreamClient", member "Send")',
    expected: 'true or false',
  },
  {
    name: 'a Version that is a string',
    text: broken((r) => (r.Version = '1')),
    code: 'DUMP_SCHEMA',
    path: 'Version',
    message: 'dump.json at Version: found the string "1"',
    expected: 'an integer format version (1)',
  },
];

function errorOf(run: () => unknown): DumpError {
  try {
    run();
  } catch (error) {
    if (error instanceof DumpError) return error;
    throw error;
  }
  throw new Error('expected a DumpError, but the input was accepted');
}

describe('parseDump on broken input', () => {
  it.each(cases)('rejects $name', ({ text, code, path, message, expected }) => {
    const error = errorOf(() => parseDump(text, 'dump.json'));
    expect({ code: error.code, path: error.jsonPath, message: error.message, expected: error.fix, file: error.file }).toEqual({
      code,
      path,
      message,
      expected,
      file: 'dump.json',
    });
  });

  it('accepts the unbroken fixture, so each case fails for its own reason', () => {
    expect(parseDump(fixtureText(), 'dump.json').warnings).toEqual([]);
  });

  it('reports the same error for already-parsed JSON', () => {
    const raw = rawDumpFixture();
    raw.Classes[3].Members[1].MemberType = 'Method';
    expect(errorOf(() => parseDumpValue(raw, 'dump.json')).jsonPath).toBe('Classes[3].Members[1].MemberType');
  });

  it('skips superclass and type resolution for fragments when asked', () => {
    const fragment = broken((r) => (r.Classes = [r.Classes[2]]));
    expect(errorOf(() => parseDump(fragment, 'fragment.json')).code).toBe('DUMP_UNKNOWN_SUPERCLASS');
    expect(parseDump(fragment, 'fragment.json', { checkReferences: false }).dump.classes[0]!.name).toBe('HttpService');
  });

  it('still rejects duplicates in fragments', () => {
    const fragment = broken((r) => (r.Classes = [r.Classes[2], r.Classes[2]]));
    expect(errorOf(() => parseDump(fragment, 'fragment.json', { checkReferences: false })).code).toBe('DUMP_DUPLICATE_CLASS');
  });
});
