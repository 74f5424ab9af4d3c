/**
 * Raw (schema-checked) dump JSON → the normalised model of `types.ts`. This is the one place
 * where polymorphic fields are resolved: Security becomes a read/write pair, Capabilities a
 * read/write pair of lists, a single ReturnType a one-element list, and the descriptor object
 * in Tags `preferredDescriptor`. Unknown fields go to `extra` and unknown values are kept; both
 * are reported through `DumpWarnings`. Pure: no I/O.
 *
 * This runs over ~9,000 members per dump, so paths are linked nodes that are only turned into
 * text when there is something to report.
 */
import type { DumpWarningCode, DumpWarnings } from './dumpWarnings.js';
import { DumpError } from './errors.js';
import { formatPath, type PathSegment } from './jsonPath.js';
import {
  KNOWN_CAPABILITIES,
  KNOWN_CLASS_TAGS,
  KNOWN_DESCRIPTOR_THREAD_SAFETY,
  KNOWN_ENUM_ITEM_TAGS,
  KNOWN_ENUM_TAGS,
  KNOWN_FORMAT_VERSIONS,
  KNOWN_MEMBER_TAGS,
  KNOWN_MEMORY_CATEGORIES,
  KNOWN_PROPERTY_CATEGORIES,
  KNOWN_SECURITY_LEVELS,
  KNOWN_THREAD_SAFETY,
} from './knownValues.js';
import { usualCapabilitiesForm, usualReturnTypeForm, usualSecurityForm } from './rawForm.js';
import {
  KNOWN_FIELDS,
  type RawClass,
  type RawDump,
  type RawEnum,
  type RawEnumItem,
  type RawMember,
  type RawParameter,
  type RawTag,
  type RawTypeRef,
} from './rawTypes.js';
import type { CapabilityPair, Dump, DumpClass, DumpEnum, EnumItem, Member, Parameter, PreferredDescriptor, RawForm, TypeCategory, TypeRef } from './types.js';

const known = {
  security: new Set(KNOWN_SECURITY_LEVELS),
  threadSafety: new Set(KNOWN_THREAD_SAFETY),
  descriptorThreadSafety: new Set(KNOWN_DESCRIPTOR_THREAD_SAFETY),
  capabilities: new Set(KNOWN_CAPABILITIES),
  classTags: new Set(KNOWN_CLASS_TAGS),
  memberTags: new Set(KNOWN_MEMBER_TAGS),
  enumTags: new Set(KNOWN_ENUM_TAGS),
  itemTags: new Set(KNOWN_ENUM_ITEM_TAGS),
  memoryCategories: new Set(KNOWN_MEMORY_CATEGORIES),
  propertyCategories: new Set(KNOWN_PROPERTY_CATEGORIES),
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One step of a JSON path, linked to its parent. */
interface PathNode {
  readonly parent: PathNode | undefined;
  readonly segment: PathSegment;
}

function step(parent: PathNode | undefined, first: PathSegment, second?: PathSegment): PathNode {
  const node = { parent, segment: first };
  return second === undefined ? node : { parent: node, segment: second };
}

function pathText(node: PathNode | undefined, ...tail: PathSegment[]): string {
  const segments: PathSegment[] = [];
  for (let n = node; n !== undefined; n = n.parent) segments.push(n.segment);
  return formatPath([...segments.reverse(), ...tail]);
}

interface Context {
  readonly file: string;
  readonly warnings: DumpWarnings;
}

/**
 * Warns unless `value` is known; `a`, `b`, `c` extend `at` to the value's own path (fixed
 * parameters rather than a rest list, as this is called for every field of every member).
 */
function checkKnown(ctx: Context, code: DumpWarningCode, set: ReadonlySet<string>, value: string, what: string, at: PathNode, a: PathSegment, b?: PathSegment, c?: PathSegment): void {
  if (set.has(value)) return;
  const tail = [a, b, c].filter((segment): segment is PathSegment => segment !== undefined);
  ctx.warnings.add(code, value, pathText(at, ...tail), `unknown ${what} ${JSON.stringify(value)}; kept as it is`);
}

/** Normalises a dump that `validateDumpSchema` has accepted. */
export function normalizeDump(raw: RawDump, file: string, warnings: DumpWarnings): Dump {
  const ctx: Context = { file, warnings };
  if (!KNOWN_FORMAT_VERSIONS.includes(raw.Version)) {
    warnings.add('DUMP_UNKNOWN_FORMAT_VERSION', String(raw.Version), 'Version', `unknown dump format version ${raw.Version}; read like version 1`);
  }
  const dump: Mutable<Dump> = {
    formatVersion: raw.Version,
    classes: raw.Classes.map((cls, i) => normalizeClass(ctx, cls, step(undefined, 'Classes', i))),
    enums: raw.Enums.map((enumeration, i) => normalizeEnum(ctx, enumeration, step(undefined, 'Enums', i))),
  };
  const extra = collectExtra(ctx, raw, KNOWN_FIELDS.dump, undefined, 'the dump');
  if (extra !== undefined) dump.extra = extra;
  return dump;
}

function collectExtra(ctx: Context, raw: Record<string, unknown>, fields: ReadonlySet<string>, at: PathNode | undefined, owner: string): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key in raw) {
    if (fields.has(key)) continue;
    extra ??= {};
    extra[key] = raw[key];
    ctx.warnings.add('DUMP_UNKNOWN_FIELD', `${owner}.${key}`, pathText(at, key), `unknown field "${key}" on ${owner}; kept as it is`);
  }
  return extra;
}

interface TagTarget {
  tags: readonly string[];
  preferredDescriptor?: PreferredDescriptor;
}

/** Splits raw Tags into the string tags and the descriptor object, warning about unknown tags. */
function normalizeTags(ctx: Context, tags: readonly RawTag[] | undefined, knownTags: ReadonlySet<string>, at: PathNode, target: TagTarget): void {
  if (tags === undefined) return;
  const names: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (typeof tag === 'string') {
      names.push(tag);
      checkKnown(ctx, 'DUMP_UNKNOWN_TAG', knownTags, tag, 'tag', at, 'Tags', i);
      continue;
    }
    if (target.preferredDescriptor !== undefined) {
      throw new DumpError('DUMP_SCHEMA', ctx.file, pathText(at, 'Tags', i), 'a second {"PreferredDescriptorName", "ThreadSafety"} object in Tags', 'at most one such object per Tags list');
    }
    checkKnown(ctx, 'DUMP_UNKNOWN_THREAD_SAFETY', known.descriptorThreadSafety, tag.ThreadSafety, 'thread safety', at, 'Tags', i, 'ThreadSafety');
    const descriptor: Mutable<PreferredDescriptor> = { name: tag.PreferredDescriptorName, threadSafety: tag.ThreadSafety };
    if (i !== tags.length - 1) descriptor.tagIndex = i;
    target.preferredDescriptor = descriptor;
  }
  target.tags = names;
}

function typeRef(raw: RawTypeRef): TypeRef {
  return { category: raw.Category as TypeCategory, name: raw.Name };
}

function normalizeClass(ctx: Context, raw: RawClass, at: PathNode): DumpClass {
  checkKnown(ctx, 'DUMP_UNKNOWN_MEMORY_CATEGORY', known.memoryCategories, raw.MemoryCategory, 'memory category', at, 'MemoryCategory');
  const cls: Mutable<DumpClass> = {
    name: raw.Name,
    superclass: raw.Superclass,
    memoryCategory: raw.MemoryCategory,
    members: raw.Members.map((member, i) => normalizeMember(ctx, member, step(at, 'Members', i))),
    tags: [],
  };
  normalizeTags(ctx, raw.Tags, known.classTags, at, cls);
  const extra = collectExtra(ctx, raw, KNOWN_FIELDS.class, at, 'a class');
  if (extra !== undefined) cls.extra = extra;
  return cls;
}

function normalizeCapabilities(ctx: Context, raw: NonNullable<RawMember['Capabilities']>, at: PathNode): CapabilityPair {
  const capabilities = Array.isArray(raw) ? { read: raw, write: [...raw] } : { read: raw.Read, write: raw.Write ?? [] };
  for (const name of capabilities.read) checkKnown(ctx, 'DUMP_UNKNOWN_CAPABILITY', known.capabilities, name, 'capability', at, 'Capabilities');
  for (const name of capabilities.write) {
    if (!capabilities.read.includes(name)) checkKnown(ctx, 'DUMP_UNKNOWN_CAPABILITY', known.capabilities, name, 'capability', at, 'Capabilities');
  }
  return capabilities;
}

function normalizeParameters(ctx: Context, raw: readonly RawParameter[], at: PathNode): Parameter[] {
  return raw.map((parameter, i) => {
    const result: Mutable<Parameter> = { name: parameter.Name, type: typeRef(parameter.Type) };
    if (parameter.Default !== undefined) result.default = parameter.Default;
    const extra = collectExtra(ctx, parameter, KNOWN_FIELDS.parameter, step(at, 'Parameters', i), 'a parameter');
    if (extra !== undefined) result.extra = extra;
    return result;
  });
}

type MemberDraft = Mutable<Member> & Record<string, unknown>;

function normalizeMember(ctx: Context, raw: RawMember, at: PathNode): Member {
  const memberType = raw.MemberType;
  const rawSecurity = raw.Security;
  const security = typeof rawSecurity === 'string' ? { read: rawSecurity, write: rawSecurity } : { read: rawSecurity.Read, write: rawSecurity.Write };
  checkKnown(ctx, 'DUMP_UNKNOWN_SECURITY', known.security, security.read, 'security level', at, 'Security');
  if (security.write !== security.read) checkKnown(ctx, 'DUMP_UNKNOWN_SECURITY', known.security, security.write, 'security level', at, 'Security');
  checkKnown(ctx, 'DUMP_UNKNOWN_THREAD_SAFETY', known.threadSafety, raw.ThreadSafety, 'thread safety', at, 'ThreadSafety');

  const member = { memberType, name: raw.Name, security, threadSafety: raw.ThreadSafety, tags: [] } as unknown as MemberDraft;
  const rawForm: Mutable<RawForm> = {};
  const securityForm = typeof rawSecurity === 'string' ? 'string' : 'pair';
  if (securityForm !== usualSecurityForm(memberType, security)) rawForm.security = securityForm;
  normalizeTags(ctx, raw.Tags, known.memberTags, at, member);
  if (raw.Capabilities !== undefined) {
    const capabilities = normalizeCapabilities(ctx, raw.Capabilities, at);
    member.capabilities = capabilities;
    const form = Array.isArray(raw.Capabilities) ? 'list' : raw.Capabilities.Write === undefined ? 'readPair' : 'pair';
    if (form !== usualCapabilitiesForm(memberType, capabilities)) rawForm.capabilities = form;
  }
  if (raw.SimulationAccess !== undefined) member.simulationAccess = raw.SimulationAccess;

  if (memberType === 'Property') {
    checkKnown(ctx, 'DUMP_UNKNOWN_CATEGORY', known.propertyCategories, raw.Category!, 'property category', at, 'Category');
    member.valueType = typeRef(raw.ValueType!);
    member.category = raw.Category!;
    if (raw.Default !== undefined) member.default = raw.Default;
    member.serialization = { canLoad: raw.Serialization!.CanLoad, canSave: raw.Serialization!.CanSave };
  } else {
    member.parameters = normalizeParameters(ctx, raw.Parameters!, at);
    if (memberType !== 'Event') {
      const returnType = Array.isArray(raw.ReturnType) ? raw.ReturnType.map(typeRef) : [typeRef(raw.ReturnType!)];
      member.returnType = returnType;
      const form = Array.isArray(raw.ReturnType) ? 'list' : 'single';
      if (form !== usualReturnTypeForm(returnType)) rawForm.returnType = form;
    }
  }
  if (rawForm.security !== undefined || rawForm.capabilities !== undefined || rawForm.returnType !== undefined) member.rawForm = rawForm;
  const extra = collectExtra(ctx, raw, KNOWN_FIELDS.member, at, 'a member');
  if (extra !== undefined) member.extra = extra;
  return member as Member;
}

function normalizeEnum(ctx: Context, raw: RawEnum, at: PathNode): DumpEnum {
  const enumeration: Mutable<DumpEnum> = {
    name: raw.Name,
    items: raw.Items.map((item, i) => normalizeItem(ctx, item, step(at, 'Items', i))),
    tags: [],
  };
  normalizeTags(ctx, raw.Tags, known.enumTags, at, enumeration);
  const extra = collectExtra(ctx, raw, KNOWN_FIELDS.enum, at, 'an enum');
  if (extra !== undefined) enumeration.extra = extra;
  return enumeration;
}

function normalizeItem(ctx: Context, raw: RawEnumItem, at: PathNode): EnumItem {
  const item: Mutable<EnumItem> = { name: raw.Name, value: raw.Value, tags: [] };
  if (raw.LegacyNames !== undefined) item.legacyNames = raw.LegacyNames;
  normalizeTags(ctx, raw.Tags, known.itemTags, at, item);
  const extra = collectExtra(ctx, raw, KNOWN_FIELDS.item, at, 'an enum item');
  if (extra !== undefined) item.extra = extra;
  return item;
}
