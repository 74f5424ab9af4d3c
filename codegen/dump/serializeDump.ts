/**
 * The normalised model → the raw JSON of `Full-API-Dump.json`, and that JSON → text. Keys come
 * out in alphabetical order, as in every real dump, polymorphic fields in the spelling of
 * `rawForm.ts`, and `extra` fields back under their raw keys, so that
 * `serializeDump(parseDump(text).dump)` deep-equals `JSON.parse(text)` for the real dumps and
 * `formatDumpJson` reproduces their bytes. Pure.
 */
import { capabilitiesForm, returnTypeForm, securityForm } from './rawForm.js';
import type { Dump, DumpClass, DumpEnum, EnumItem, Member, Parameter, Tagged, TypeRef } from './types.js';

type RawObject = Record<string, unknown>;

/** Copies `fields` (plus `extra`) into a new object with alphabetically sorted keys. */
function sortedObject(fields: RawObject, extra?: Readonly<Record<string, unknown>>): RawObject {
  const all: RawObject = extra === undefined ? fields : { ...extra, ...fields };
  const out: RawObject = {};
  for (const key of Object.keys(all).sort()) {
    if (all[key] === undefined) continue;
    // An unknown field named "__proto__" is data: define it, as assigning would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: all[key], enumerable: true, writable: true, configurable: true });
    else out[key] = all[key];
  }
  return out;
}

function rawType(type: TypeRef): RawObject {
  return { Category: type.category, Name: type.name };
}

/** Tags with the descriptor object put back where it was (last unless `tagIndex` says). */
function rawTags(entity: Tagged): unknown[] | undefined {
  const descriptor = entity.preferredDescriptor;
  if (descriptor === undefined) return entity.tags.length === 0 ? undefined : [...entity.tags];
  const tags: unknown[] = [...entity.tags];
  const object = { PreferredDescriptorName: descriptor.name, ThreadSafety: descriptor.threadSafety };
  tags.splice(Math.min(descriptor.tagIndex ?? tags.length, tags.length), 0, object);
  return tags;
}

function rawParameter(parameter: Parameter): RawObject {
  return sortedObject({ Default: parameter.default, Name: parameter.name, Type: rawType(parameter.type) }, parameter.extra);
}

function rawMember(member: Member): RawObject {
  const fields: RawObject = {
    MemberType: member.memberType,
    Name: member.name,
    ThreadSafety: member.threadSafety,
    Tags: rawTags(member),
    SimulationAccess: member.simulationAccess,
  };
  const { security, capabilities, memberType } = member;
  fields.Security = securityForm(memberType, security, member.rawForm?.security) === 'string' ? security.read : { Read: security.read, Write: security.write };
  if (capabilities !== undefined) {
    const form = capabilitiesForm(memberType, capabilities, member.rawForm?.capabilities);
    fields.Capabilities =
      form === 'list'
        ? [...capabilities.read]
        : form === 'readPair'
          ? { Read: [...capabilities.read] }
          : { Read: [...capabilities.read], Write: [...capabilities.write] };
  }
  if (member.memberType === 'Property') {
    fields.Category = member.category;
    fields.Default = member.default;
    fields.Serialization = { CanLoad: member.serialization.canLoad, CanSave: member.serialization.canSave };
    fields.ValueType = rawType(member.valueType);
  } else {
    fields.Parameters = member.parameters.map(rawParameter);
    if (member.memberType !== 'Event') {
      const { returnType } = member;
      fields.ReturnType = returnTypeForm(returnType, member.rawForm?.returnType) === 'single' ? rawType(returnType[0]!) : returnType.map(rawType);
    }
  }
  return sortedObject(fields, member.extra);
}

function rawClass(cls: DumpClass): RawObject {
  return sortedObject(
    { Members: cls.members.map(rawMember), MemoryCategory: cls.memoryCategory, Name: cls.name, Superclass: cls.superclass, Tags: rawTags(cls) },
    cls.extra,
  );
}

function rawItem(item: EnumItem): RawObject {
  return sortedObject(
    { LegacyNames: item.legacyNames === undefined ? undefined : [...item.legacyNames], Name: item.name, Tags: rawTags(item), Value: item.value },
    item.extra,
  );
}

function rawEnum(enumeration: DumpEnum): RawObject {
  return sortedObject({ Items: enumeration.items.map(rawItem), Name: enumeration.name, Tags: rawTags(enumeration) }, enumeration.extra);
}

/** The raw JSON object of a dump, ready for `JSON.stringify` or `formatDumpJson`. */
export function serializeDump(dump: Dump): unknown {
  return sortedObject({ Classes: dump.classes.map(rawClass), Enums: dump.enums.map(rawEnum), Version: dump.formatVersion }, dump.extra);
}

/**
 * `minified`: one line, as current dumps are published. `pretty`: Roblox's pretty-printed
 * form as in 0.564 — four-space indents, CRLF line ends, empty lists and objects opened and
 * closed on two lines, and a final CRLF.
 */
export type DumpStyle = 'minified' | 'pretty';

export function formatDumpJson(raw: unknown, style: DumpStyle): string {
  return style === 'minified' ? JSON.stringify(raw) : `${prettyValue(raw, '')}\r\n`;
}

function prettyValue(value: unknown, indent: string): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return `[\r\n${indent}]`;
    return `[\r\n${value.map((item) => inner + prettyValue(item, inner)).join(',\r\n')}\r\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return `{\r\n${indent}}`;
  const record = value as RawObject;
  return `{\r\n${keys.map((key) => `${inner}${JSON.stringify(key)}: ${prettyValue(record[key], inner)}`).join(',\r\n')}\r\n${indent}}`;
}

/** The style a dump text is written in: pretty if it spans more than one line. */
export function detectDumpStyle(text: string): DumpStyle {
  return /\n/.test(text.trimEnd()) ? 'pretty' : 'minified';
}
