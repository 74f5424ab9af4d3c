/**
 * Raw (schema-checked) dump JSON → the normalised model of `types.ts`. This is the one place
 * where polymorphic fields are resolved: Security becomes a read/write pair, Capabilities a
 * read/write pair of lists, a single ReturnType a one-element list, and the descriptor object
 * in Tags `preferredDescriptor`. Unknown fields go to `extra` and unknown values are kept; both
 * are reported through `DumpWarnings`. Pure: no I/O.
 *
 * This runs over ~9,000 members per dump, so it allocates as little as it can: the current
 * JSON path is one shared stack, turned into text only when there is something to report.
 */
import type { DumpWarningCode, DumpWarnings } from './dumpWarnings.js';
import { DumpError } from './errors.js';
import { formatPath, type PathSegment } from './jsonPath.js';
import { quoteForMessage } from './messageText.js';
import { exceedsDepth, MAX_UNKNOWN_FIELD_DEPTH, nameProblem } from './unsafeValues.js';
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
import type { DistinctTypes } from './checkDumpIntegrity.js';
import type {
  CapabilityPair,
  Dump,
  DumpClass,
  DumpEnum,
  EnumItem,
  Member,
  Parameter,
  PreferredDescriptor,
  PropertyMember,
  RawForm,
  SecurityPair,
  TypeCategory,
  TypeRef,
} from './types.js';

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

interface Context {
  readonly file: string;
  readonly warnings: DumpWarnings;
  /** Path of the entity being normalised; pushed and popped as the walk goes down and up. */
  readonly path: PathSegment[];
  /** One object per distinct type and security pair of this dump (see {@link typeRef}). */
  readonly types: Map<string, Map<string, TypeRef>>;
  readonly securities: Map<string, Map<string, SecurityPair>>;
}

function pathText(ctx: Context, ...tail: PathSegment[]): string {
  return formatPath([...ctx.path, ...tail]);
}

/** What an empty list normalises to: one shared, frozen list (the model is read-only). */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Pushes `list[i]` onto the current path while `normalize` runs. No try/finally: an error
 * ends the whole parse, so a path left behind is never read.
 */
function each<R, T>(ctx: Context, key: string, list: readonly R[], normalize: (ctx: Context, raw: R, index: number) => T): readonly T[] {
  if (list.length === 0) return EMPTY;
  const out = new Array<T>(list.length);
  const path = ctx.path;
  const depth = path.length;
  path.push(key, 0);
  for (let i = 0; i < list.length; i++) {
    path[depth + 1] = i;
    out[i] = normalize(ctx, list[i]!, i);
  }
  path.pop();
  path.pop();
  return out;
}

/**
 * Reports a value that is not in its set of known values; `a`, `b`, `c` extend the current path
 * to the value. Callers test the set themselves (`if (!known.x.has(value)) warnUnknown(...)`):
 * this runs for several fields of every member, and a call per field was most of its cost.
 */
function warnUnknown(ctx: Context, code: DumpWarningCode, value: string, what: string, a: PathSegment, b?: PathSegment, c?: PathSegment): void {
  const tail = [a, b, c].filter((segment): segment is PathSegment => segment !== undefined);
  ctx.warnings.add(code, value, pathText(ctx, ...tail), `unknown ${what} ${quoteForMessage(value)}; kept as it is`);
}

export interface NormalizedDump {
  readonly dump: Dump;
  /** Every distinct type the dump's members use, by category and name (for `checkDumpIntegrity`). */
  readonly types: DistinctTypes;
}

/** Normalises a dump that `validateDumpSchema` has accepted. */
export function normalizeDump(raw: RawDump, file: string, warnings: DumpWarnings): NormalizedDump {
  const ctx: Context = { file, warnings, path: [], types: new Map(), securities: new Map() };
  if (!KNOWN_FORMAT_VERSIONS.includes(raw.Version)) {
    warnings.add('DUMP_UNKNOWN_FORMAT_VERSION', String(raw.Version), 'Version', `unknown dump format version ${raw.Version}; read like version 1`);
  }
  const dump: Mutable<Dump> = {
    formatVersion: raw.Version,
    classes: each(ctx, 'Classes', raw.Classes, normalizeClass),
    enums: each(ctx, 'Enums', raw.Enums, normalizeEnum),
  };
  const extra = collectExtra(ctx, raw, 3, KNOWN_FIELDS.dump, 'the dump');
  if (extra !== undefined) dump.extra = extra;
  return { dump, types: ctx.types };
}

/**
 * The fields of `raw` that the model does not know, or undefined when there are none (the usual
 * case). `knownCount` is how many known fields `raw` has: when that is all of its keys there is
 * nothing to collect, which one count of the keys tells without looking each of them up.
 */
function collectExtra(
  ctx: Context,
  raw: Record<string, unknown>,
  knownCount: number,
  fields: ReadonlySet<string>,
  owner: string,
): Record<string, unknown> | undefined {
  if (Object.keys(raw).length === knownCount) return undefined;
  let extra: Record<string, unknown> | undefined;
  for (const key in raw) {
    if (fields.has(key)) continue;
    if (exceedsDepth(raw[key], MAX_UNKNOWN_FIELD_DEPTH)) {
      throw new DumpError(
        'DUMP_TOO_DEEP',
        ctx.file,
        pathText(ctx, key),
        `the unknown field ${quoteForMessage(key)} on ${owner} is nested more than ${MAX_UNKNOWN_FIELD_DEPTH} levels deep`,
        `at most ${MAX_UNKNOWN_FIELD_DEPTH} levels of nesting in a field the parser does not know (real dumps have 2 at most); the file is damaged or was crafted`,
      );
    }
    extra ??= Object.create(null) as Record<string, unknown>; // a key "__proto__" stays a field, not a prototype
    extra[key] = raw[key];
    ctx.warnings.add('DUMP_UNKNOWN_FIELD', `${owner}.${key}`, pathText(ctx, key), `unknown field ${quoteForMessage(key)} on ${owner}; kept as it is`);
  }
  return extra;
}

/** 1 when an optional field is there, else 0: adds up the known fields for {@link collectExtra}. */
const has = (value: unknown): number => (value === undefined ? 0 : 1);

/** Throws `DUMP_BAD_NAME` when a name holds NUL or a lone surrogate; `a`, `b` extend the path. */
function checkName(ctx: Context, name: string, a: PathSegment, b?: PathSegment): void {
  const problem = nameProblem(name);
  if (problem === undefined) return;
  const tail = b === undefined ? [a] : [a, b];
  throw new DumpError(
    'DUMP_BAD_NAME',
    ctx.file,
    pathText(ctx, ...tail),
    `the name ${quoteForMessage(name)} ${problem}`,
    'a name without NUL characters or lone surrogates; the file is damaged or was crafted',
  );
}

interface TagTarget {
  tags: readonly string[];
  preferredDescriptor?: PreferredDescriptor;
}

/**
 * Splits raw Tags into the string tags and the descriptor object, warning about unknown tags.
 * A list of strings only (all but a few hundred of a dump's ~14,000) is the model's list as it
 * is (the model is read-only), rather than a copy.
 */
function normalizeTags(ctx: Context, tags: readonly RawTag[] | undefined, knownTags: ReadonlySet<string>, target: TagTarget): void {
  if (tags === undefined) return;
  if (tags.length === 0) {
    target.tags = EMPTY;
    return;
  }
  let names: string[] | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (typeof tag === 'string') {
      names?.push(tag);
      if (!knownTags.has(tag)) warnUnknown(ctx, 'DUMP_UNKNOWN_TAG', tag, 'tag', 'Tags', i);
      continue;
    }
    names ??= tags.slice(0, i) as string[];
    if (target.preferredDescriptor !== undefined) {
      throw new DumpError(
        'DUMP_SCHEMA',
        ctx.file,
        pathText(ctx, 'Tags', i),
        'a second {"PreferredDescriptorName", "ThreadSafety"} object in Tags',
        'at most one such object per Tags list',
      );
    }
    if (!known.descriptorThreadSafety.has(tag.ThreadSafety))
      warnUnknown(ctx, 'DUMP_UNKNOWN_THREAD_SAFETY', tag.ThreadSafety, 'thread safety', 'Tags', i, 'ThreadSafety');
    const descriptor: Mutable<PreferredDescriptor> = { name: tag.PreferredDescriptorName, threadSafety: tag.ThreadSafety };
    if (i !== tags.length - 1) descriptor.tagIndex = i;
    target.preferredDescriptor = descriptor;
  }
  target.tags = names ?? (tags as readonly string[]);
}

/** The inner map of `maps` for `key`, made the first time. */
function innerMap<T>(maps: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let map = maps.get(key);
  if (map === undefined) maps.set(key, (map = new Map<string, T>()));
  return map;
}

/**
 * The type `{category, name}`, one object per distinct type in a dump (~1,500 for ~16,000 uses):
 * fewer objects to allocate and collect, and equal types are the same object, which a diff
 * compares at once. Safe to share: the model is read-only. Its name is checked when the type is
 * first met (`a`, `b` extend the path to the name): a name seen before has passed already.
 */
function typeRef(ctx: Context, raw: RawTypeRef, a: PathSegment, b?: PathSegment): TypeRef {
  const byName = innerMap(ctx.types, raw.Category);
  let type = byName.get(raw.Name);
  if (type === undefined) {
    checkName(ctx, raw.Name, a, b);
    byName.set(raw.Name, (type = { category: raw.Category as TypeCategory, name: raw.Name }));
  }
  return type;
}

/** The pair `{read, write}`, shared like {@link typeRef} (a dozen distinct pairs per dump). */
function securityPair(ctx: Context, read: string, write: string): SecurityPair {
  const byWrite = innerMap(ctx.securities, read);
  let pair = byWrite.get(write);
  if (pair === undefined) byWrite.set(write, (pair = { read, write }));
  return pair;
}

function normalizeClass(ctx: Context, raw: RawClass): DumpClass {
  checkName(ctx, raw.Name, 'Name');
  checkName(ctx, raw.Superclass, 'Superclass');
  if (!known.memoryCategories.has(raw.MemoryCategory))
    warnUnknown(ctx, 'DUMP_UNKNOWN_MEMORY_CATEGORY', raw.MemoryCategory, 'memory category', 'MemoryCategory');
  const cls: Mutable<DumpClass> = {
    name: raw.Name,
    superclass: raw.Superclass,
    memoryCategory: raw.MemoryCategory,
    members: each(ctx, 'Members', raw.Members, normalizeMember),
    tags: EMPTY,
  };
  normalizeTags(ctx, raw.Tags, known.classTags, cls);
  const extra = collectExtra(ctx, raw, 4 + has(raw.Tags), KNOWN_FIELDS.class, 'a class');
  if (extra !== undefined) cls.extra = extra;
  return cls;
}

/** Warns about each capability of `list` that is not known, unless `skip` has it. */
function checkCapabilities(ctx: Context, list: readonly string[], skip?: readonly string[]): void {
  for (let i = 0; i < list.length; i++) {
    const name = list[i]!;
    if (!known.capabilities.has(name) && skip?.includes(name) !== true) warnUnknown(ctx, 'DUMP_UNKNOWN_CAPABILITY', name, 'capability', 'Capabilities');
  }
}

/** A list form gives one list for both halves (shared, as the model is read-only). */
function normalizeCapabilities(ctx: Context, raw: NonNullable<RawMember['Capabilities']>): CapabilityPair {
  const capabilities = Array.isArray(raw) ? { read: raw, write: raw } : { read: raw.Read, write: raw.Write ?? EMPTY };
  checkCapabilities(ctx, capabilities.read);
  if (capabilities.write !== capabilities.read) checkCapabilities(ctx, capabilities.write, capabilities.read);
  return capabilities;
}

function normalizeParameter(ctx: Context, parameter: RawParameter): Parameter {
  checkName(ctx, parameter.Name, 'Name');
  const result: Mutable<Parameter> = { name: parameter.Name, type: typeRef(ctx, parameter.Type, 'Type', 'Name') };
  if (parameter.Default !== undefined) result.default = parameter.Default;
  const extra = collectExtra(ctx, parameter, 2 + has(parameter.Default), KNOWN_FIELDS.parameter, 'a parameter');
  if (extra !== undefined) result.extra = extra;
  return result;
}

type MemberDraft = Mutable<Member> & Record<string, unknown>;

/** The four serialisation flag pairs, indexed `[canLoad][canSave]`, shared by every property. */
const SERIALIZATION = [false, true].map((canLoad) => [false, true].map((canSave) => ({ canLoad, canSave }))) as [
  [PropertyMember['serialization'], PropertyMember['serialization']],
  [PropertyMember['serialization'], PropertyMember['serialization']],
];

/** ReturnType, one object or a tuple list, as a list. */
function returnTypes(ctx: Context, raw: RawTypeRef | RawTypeRef[]): TypeRef[] {
  if (!Array.isArray(raw)) {
    return [typeRef(ctx, raw, 'ReturnType', 'Name')];
  }
  const types = new Array<TypeRef>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    types[i] = typeRef(ctx, raw[i]!, 'ReturnType', i);
  }
  return types;
}

function normalizeMember(ctx: Context, raw: RawMember): Member {
  const memberType = raw.MemberType;
  checkName(ctx, raw.Name, 'Name');
  const rawSecurity = raw.Security;
  const stringSecurity = typeof rawSecurity === 'string';
  const security = stringSecurity ? securityPair(ctx, rawSecurity, rawSecurity) : securityPair(ctx, rawSecurity.Read, rawSecurity.Write);
  if (!known.security.has(security.read)) warnUnknown(ctx, 'DUMP_UNKNOWN_SECURITY', security.read, 'security level', 'Security');
  if (security.write !== security.read && !known.security.has(security.write))
    warnUnknown(ctx, 'DUMP_UNKNOWN_SECURITY', security.write, 'security level', 'Security');
  if (!known.threadSafety.has(raw.ThreadSafety)) warnUnknown(ctx, 'DUMP_UNKNOWN_THREAD_SAFETY', raw.ThreadSafety, 'thread safety', 'ThreadSafety');

  const member = { memberType, name: raw.Name, security, threadSafety: raw.ThreadSafety, tags: EMPTY } as unknown as MemberDraft;
  // Allocated only for the few members whose raw spelling is unusual.
  let rawForm: Mutable<RawForm> | undefined;
  const securityForm = stringSecurity ? 'string' : 'pair';
  if (securityForm !== usualSecurityForm(memberType, security)) (rawForm ??= {}).security = securityForm;
  normalizeTags(ctx, raw.Tags, known.memberTags, member);
  if (raw.Capabilities !== undefined) {
    const capabilities = normalizeCapabilities(ctx, raw.Capabilities);
    member.capabilities = capabilities;
    const form = Array.isArray(raw.Capabilities) ? 'list' : raw.Capabilities.Write === undefined ? 'readPair' : 'pair';
    if (form !== usualCapabilitiesForm(memberType, capabilities)) (rawForm ??= {}).capabilities = form;
  }
  if (raw.SimulationAccess !== undefined) member.simulationAccess = raw.SimulationAccess;
  let knownCount = 4 + has(raw.Tags) + has(raw.Capabilities) + has(raw.SimulationAccess);

  if (memberType === 'Property') {
    if (!known.propertyCategories.has(raw.Category!)) warnUnknown(ctx, 'DUMP_UNKNOWN_CATEGORY', raw.Category!, 'property category', 'Category');
    member.valueType = typeRef(ctx, raw.ValueType!, 'ValueType', 'Name');
    member.category = raw.Category!;
    if (raw.Default !== undefined) member.default = raw.Default;
    member.serialization = SERIALIZATION[raw.Serialization!.CanLoad ? 1 : 0][raw.Serialization!.CanSave ? 1 : 0];
    knownCount += 3 + has(raw.Default) + has(raw.Parameters) + has(raw.ReturnType);
  } else {
    member.parameters = each(ctx, 'Parameters', raw.Parameters!, normalizeParameter);
    knownCount += 1 + has(raw.Category) + has(raw.Default) + has(raw.ValueType) + has(raw.Serialization) + has(raw.ReturnType);
    if (memberType !== 'Event') {
      const returnType = returnTypes(ctx, raw.ReturnType!);
      member.returnType = returnType;
      const form = Array.isArray(raw.ReturnType) ? 'list' : 'single';
      if (form !== usualReturnTypeForm(returnType)) (rawForm ??= {}).returnType = form;
    }
  }
  if (rawForm !== undefined) member.rawForm = rawForm;
  const extra = collectExtra(ctx, raw, knownCount, KNOWN_FIELDS.member, 'a member');
  if (extra !== undefined) member.extra = extra;
  return member as Member;
}

function normalizeEnum(ctx: Context, raw: RawEnum): DumpEnum {
  checkName(ctx, raw.Name, 'Name');
  const enumeration: Mutable<DumpEnum> = {
    name: raw.Name,
    items: each(ctx, 'Items', raw.Items, normalizeItem),
    tags: EMPTY,
  };
  normalizeTags(ctx, raw.Tags, known.enumTags, enumeration);
  const extra = collectExtra(ctx, raw, 2 + has(raw.Tags), KNOWN_FIELDS.enum, 'an enum');
  if (extra !== undefined) enumeration.extra = extra;
  return enumeration;
}

function normalizeItem(ctx: Context, raw: RawEnumItem): EnumItem {
  checkName(ctx, raw.Name, 'Name');
  const item: Mutable<EnumItem> = { name: raw.Name, value: raw.Value, tags: EMPTY };
  if (raw.LegacyNames !== undefined) item.legacyNames = raw.LegacyNames;
  normalizeTags(ctx, raw.Tags, known.itemTags, item);
  const extra = collectExtra(ctx, raw, 2 + has(raw.LegacyNames) + has(raw.Tags), KNOWN_FIELDS.item, 'an enum item');
  if (extra !== undefined) item.extra = extra;
  return item;
}
