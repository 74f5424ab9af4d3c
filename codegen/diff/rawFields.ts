/**
 * The fields of one class, member, enum or enum item in raw-dump shape, as diff compares them
 * and patch applies them. Working on the raw shape (what `serializeDump` writes) means every
 * change carries the values a reader of `Full-API-Dump.json` knows, and nothing the parser keeps
 * can be missed: a field is a raw key, unknown keys included (e.g. `SimulationAccess`).
 *
 * - Most keys change as a whole (`ValueType`, `Parameters`, `ThreadSafety`, `Value`, …).
 * - `Security` is one change while read and write agree on both sides (`from`/`to` are levels),
 *   else `Security.Read` / `Security.Write`; `Capabilities` given as `{Read, Write}` on both sides
 *   changes per half (`Capabilities.Read` / `Capabilities.Write`).
 * - `Tags` changes one tag at a time: `to` = the added tag with `after` = the tag it follows
 *   (null: first), or `from` = the removed tag. The `{PreferredDescriptorName, ThreadSafety}`
 *   object in Tags is the field `PreferredDescriptor` (added at the end, replaced in place). If
 *   that does not rebuild the new list exactly, `TagOrder` follows (`from`: the list those
 *   changes leave, `to`: the new list).
 */
import { deepEqual } from './deepEqual.js';

export type RawEntity = Record<string, unknown>;

/** A field change before it is attached to an entity and classified. */
export interface FieldChange {
  readonly field: string;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly after?: string | null;
}

/** Raised by {@link applyFieldChange} when the entity does not hold what the change expects. */
export class FieldConflict extends Error {}

/** Keys that identify an entity or hold its children: never a field change. */
const STRUCTURAL_KEYS = new Set(['Name', 'MemberType', 'Members', 'Items']);

/** Raw keys listed first, in this order; any other key follows in the entities' own order. */
const FIELD_ORDER = [
  'Superclass',
  'MemoryCategory',
  'ValueType',
  'Parameters',
  'ReturnType',
  'Category',
  'Default',
  'Serialization',
  'Security',
  'ThreadSafety',
  'Capabilities',
  'Tags',
  'Value',
  'LegacyNames',
];

/** The fields of the change vocabulary that are not raw keys. */
export const SYNTHETIC_FIELDS: ReadonlySet<string> = new Set([
  'Security.Read',
  'Security.Write',
  'Capabilities.Read',
  'Capabilities.Write',
  'PreferredDescriptor',
  'TagOrder',
  'Position',
]);

const isRecord = (value: unknown): value is RawEntity => typeof value === 'object' && value !== null && !Array.isArray(value);

function withValues(field: string, from: unknown, to: unknown, after?: string | null): FieldChange {
  const change: { field: string; from?: unknown; to?: unknown; after?: string | null } = { field };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  if (after !== undefined) change.after = after;
  return change;
}

function fieldKeys(a: RawEntity, b: RawEntity): string[] {
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  const keys = FIELD_ORDER.filter((key) => present.has(key));
  for (const key of present) if (!STRUCTURAL_KEYS.has(key) && !FIELD_ORDER.includes(key)) keys.push(key);
  return keys;
}

/** Lists the field changes that turn raw entity `a` into raw entity `b` (same name and kind). */
export function compareRawEntity(a: RawEntity, b: RawEntity): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of fieldKeys(a, b)) {
    const from = a[key];
    const to = b[key];
    if (deepEqual(from, to) && (from === undefined) === (to === undefined)) continue;
    if (SYNTHETIC_FIELDS.has(key))
      throw new FieldConflict(`the raw field ${JSON.stringify(key)} has the name of a field the change vocabulary uses for something else`);
    if (key === 'Tags') compareTags(from, to, changes);
    else if (key === 'Security' && isRecord(from) && isRecord(to)) compareSecurity(from, to, changes);
    else if (key === 'Capabilities' && isRecord(from) && isRecord(to)) comparePerHalf('Capabilities', from, to, changes);
    else changes.push(withValues(key, from, to));
  }
  return changes;
}

function compareSecurity(a: RawEntity, b: RawEntity, out: FieldChange[]): void {
  const symmetric = (pair: RawEntity) => typeof pair.Read === 'string' && pair.Read === pair.Write && Object.keys(pair).length === 2;
  if (symmetric(a) && symmetric(b)) out.push({ field: 'Security', from: a.Read, to: b.Read });
  else comparePerHalf('Security', a, b, out);
}

function comparePerHalf(field: string, a: RawEntity, b: RawEntity, out: FieldChange[]): void {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if ([...keys].some((key) => key !== 'Read' && key !== 'Write')) {
    out.push(withValues(field, a, b));
    return;
  }
  for (const half of ['Read', 'Write']) {
    if (!deepEqual(a[half], b[half])) out.push(withValues(`${field}.${half}`, a[half], b[half]));
  }
}

// --- Tags ---------------------------------------------------------------------------------------

function tagList(value: unknown): unknown[] {
  return Array.isArray(value) ? [...(value as unknown[])] : [];
}

const stringTags = (list: readonly unknown[]): string[] => list.filter((tag): tag is string => typeof tag === 'string');
const descriptorOf = (list: readonly unknown[]): unknown => list.find((tag) => typeof tag !== 'string');

/** The stored value of a tag list: absent when empty. */
const storedTags = (list: readonly unknown[]): unknown => (list.length === 0 ? undefined : list);

function compareTags(fromValue: unknown, toValue: unknown, out: FieldChange[]): void {
  const a = tagList(fromValue);
  const b = tagList(toValue);
  const aStrings = stringTags(a);
  const bStrings = stringTags(b);
  const duplicates = (list: readonly string[]) => new Set(list).size !== list.length;
  const steps: FieldChange[] = [];
  if (
    !duplicates(aStrings) &&
    !duplicates(bStrings) &&
    a.filter((tag) => typeof tag !== 'string').length <= 1 &&
    b.filter((tag) => typeof tag !== 'string').length <= 1
  ) {
    const inNew = new Set(bStrings);
    const inOld = new Set(aStrings);
    for (const tag of aStrings) if (!inNew.has(tag)) steps.push({ field: 'Tags', from: tag });
    bStrings.forEach((tag, i) => {
      if (!inOld.has(tag)) steps.push({ field: 'Tags', to: tag, after: i === 0 ? null : bStrings[i - 1]! });
    });
    if (!deepEqual(descriptorOf(a), descriptorOf(b)) || (descriptorOf(a) === undefined) !== (descriptorOf(b) === undefined)) {
      steps.push(withValues('PreferredDescriptor', descriptorOf(a), descriptorOf(b)));
    }
  }
  const entity: RawEntity = fromValue === undefined ? {} : { Tags: fromValue };
  for (const step of steps) applyTagsChange(entity, step);
  out.push(...steps);
  if (!sameValue(entity.Tags, toValue)) out.push(withValues('TagOrder', entity.Tags, toValue));
}

/** Equal including presence: an absent value differs from an empty list. */
function sameValue(a: unknown, b: unknown): boolean {
  return (a === undefined) === (b === undefined) && deepEqual(a, b);
}

function applyTagsChange(entity: RawEntity, change: FieldChange): void {
  const tags = tagList(entity.Tags);
  if (change.field === 'TagOrder') {
    if (!sameValue(entity.Tags, change.from)) throw new FieldConflict(`Tags are ${describe(entity.Tags)}, expected ${describe(change.from)}`);
    setOrDelete(entity, 'Tags', cloneValue(change.to));
    return;
  }
  if (change.field === 'PreferredDescriptor') {
    const at = tags.findIndex((tag) => typeof tag !== 'string');
    const current = at < 0 ? undefined : tags[at];
    if (!sameValue(current, change.from)) throw new FieldConflict(`PreferredDescriptor is ${describe(current)}, expected ${describe(change.from)}`);
    if (change.to !== undefined && !isRecord(change.to))
      throw new FieldConflict('PreferredDescriptor must be an object {PreferredDescriptorName, ThreadSafety}');
    if (at < 0) tags.push(cloneValue(change.to));
    else if (change.to === undefined) tags.splice(at, 1);
    else tags[at] = cloneValue(change.to);
  } else if (change.from !== undefined) {
    const at = tags.indexOf(change.from);
    if (at < 0) throw new FieldConflict(`tag ${describe(change.from)} is not there (Tags: ${describe(entity.Tags)})`);
    tags.splice(at, 1);
  } else {
    if (typeof change.to !== 'string') throw new FieldConflict('an added tag must be a string');
    if (tags.includes(change.to)) throw new FieldConflict(`tag ${describe(change.to)} is already there`);
    if (change.after === null || change.after === undefined) tags.unshift(change.to);
    else {
      const at = tags.indexOf(change.after);
      if (at < 0) throw new FieldConflict(`tag ${describe(change.after)} to insert after is not there (Tags: ${describe(entity.Tags)})`);
      tags.splice(at + 1, 0, change.to);
    }
  }
  setOrDelete(entity, 'Tags', storedTags(tags));
}

// --- Applying -----------------------------------------------------------------------------------

/**
 * Applies one field change to a raw entity in place. Throws FieldConflict when the entity does
 * not hold the change's `from` (or the change is malformed).
 */
export function applyFieldChange(entity: RawEntity, change: FieldChange): void {
  const { field } = change;
  if (field === 'Tags' || field === 'TagOrder' || field === 'PreferredDescriptor') return applyTagsChange(entity, change);
  if (field === 'Position' || STRUCTURAL_KEYS.has(field)) throw new FieldConflict(`${field} is not a field a Change can set here`);
  const dot = field.indexOf('.');
  if (dot > 0 && (field.startsWith('Security.') || field.startsWith('Capabilities.'))) {
    const key = field.slice(0, dot);
    const half = field.slice(dot + 1);
    const pair = entity[key];
    if (!isRecord(pair)) throw new FieldConflict(`${key} is ${describe(pair)}, not a {Read, Write} pair`);
    expectFrom(pair[half], change.from, field);
    const updated = { ...pair };
    setOrDelete(updated, half, cloneValue(change.to));
    entity[key] = updated;
    return;
  }
  if (field === 'Security' && isRecord(entity.Security) && typeof change.from === 'string') {
    // Both halves at once: `from`/`to` are levels.
    const pair = entity.Security;
    if (pair.Read !== pair.Write) throw new FieldConflict(`Security is ${describe(pair)}, not one level for read and write`);
    expectFrom(pair.Read, change.from, field);
    if (typeof change.to !== 'string') throw new FieldConflict('Security must become a level (a string)');
    entity.Security = { ...pair, Read: change.to, Write: change.to };
    return;
  }
  expectFrom(entity[field], change.from, field);
  setOrDelete(entity, field, cloneValue(change.to));
}

function expectFrom(current: unknown, from: unknown, field: string): void {
  if (!sameValue(current, from)) throw new FieldConflict(`${field} is ${describe(current)}, expected ${describe(from)}`);
}

export function describe(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

function setOrDelete(entity: RawEntity, key: string, value: unknown): void {
  if (value === undefined) delete entity[key];
  else entity[key] = value;
}

function cloneValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}
