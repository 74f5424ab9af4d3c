/**
 * `diff(old, new)`: the list of changes that turns one dump into another.
 *
 * Both dumps are compared in raw shape (`serializeDump`), so every value in a change is what
 * `Full-API-Dump.json` writes. Entities are matched by name (members within their class, items
 * within their enum); a member whose MemberType changed is a Remove plus an Add. Order (stable,
 * dump order): removed classes (their members first, then the class, in old order); then every
 * class of the new dump in new order — an added class followed by its members, or a kept class's
 * own field changes, its removed members, then its members in new order; then the same for enums
 * and items. Each change carries its impact (impactRules.ts). `patch(old, diff(old, new))`
 * rebuilds `new` exactly.
 */
import type { Dump } from '../dump/types.js';
import type { Change, ChangeAction, EntityKind } from './types.js';
import { serializeDump } from '../dump/serializeDump.js';
import { deepEqual } from './deepEqual.js';
import { DiffError } from './errors.js';
import { classifyImpact, type UnclassifiedChange } from './impactRules.js';
import { rawDumpProblem, type RawDump } from './rawDump.js';
import { applyFieldChange, compareRawEntity, FieldConflict, type FieldChange, type RawEntity } from './rawFields.js';
import { movedSiblings } from './siblingOrder.js';

/** Where a container keeps its children and what kind they are. */
export interface Family {
  readonly kind: 'Class' | 'Enum';
  readonly listKey: 'Classes' | 'Enums';
  readonly childKey: 'Members' | 'Items';
  childKind(child: RawEntity): EntityKind;
}

export const CLASSES: Family = { kind: 'Class', listKey: 'Classes', childKey: 'Members', childKind: (child) => child.MemberType as EntityKind };
export const ENUMS: Family = { kind: 'Enum', listKey: 'Enums', childKey: 'Items', childKind: () => 'EnumItem' };

const nameOf = (entity: RawEntity): string => entity.Name as string;
const childrenOf = (container: RawEntity, family: Family): RawEntity[] => container[family.childKey] as RawEntity[];

function indexByName(list: readonly RawEntity[]): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((entity, i) => index.set(nameOf(entity), i));
  return index;
}

const predecessor = (list: readonly RawEntity[], i: number): string | null => (i === 0 ? null : nameOf(list[i - 1]!));

function withoutKey(entity: RawEntity, key: string): RawEntity {
  const copy = { ...entity };
  delete copy[key];
  return copy;
}

class ChangeList {
  readonly changes: Change[] = [];

  add(action: ChangeAction, kind: EntityKind, name: string, parent: string | undefined, detail: Omit<FieldChange, 'field'> & { field?: string }): void {
    const change: Record<string, unknown> = { action, kind };
    if (parent !== undefined) change.parent = parent;
    change.name = name;
    if (detail.field !== undefined) change.field = detail.field;
    if (detail.from !== undefined) change.from = detail.from;
    if (detail.to !== undefined) change.to = detail.to;
    if (detail.after !== undefined) change.after = detail.after;
    change.impact = classifyImpact(change as unknown as UnclassifiedChange);
    this.changes.push(change as unknown as Change);
  }
}

/** Field changes of one entity, checked by applying them to a copy so no difference is dropped. */
function fieldChanges(a: RawEntity, b: RawEntity, label: string): FieldChange[] {
  const incomplete = (detail: string) =>
    new DiffError(
      'DIFF_INCOMPLETE',
      `The change vocabulary cannot express how ${label} changed (${detail}); please report it with both dumps (codegen/diff/rawFields.ts).`,
      'report it with both dumps',
    );
  let changes: FieldChange[];
  const rebuilt = structuredClone(a);
  try {
    changes = compareRawEntity(a, b);
    for (const change of changes) applyFieldChange(rebuilt, change);
  } catch (error) {
    if (error instanceof FieldConflict) throw incomplete(error.message);
    throw error;
  }
  if (!deepEqual(rebuilt, b)) throw incomplete('its changes do not rebuild it');
  return changes;
}

function diffFamily(oldList: readonly RawEntity[], newList: readonly RawEntity[], family: Family, out: ChangeList): void {
  const oldIndex = indexByName(oldList);
  const newIndex = indexByName(newList);
  for (const container of oldList) {
    if (newIndex.has(nameOf(container))) continue;
    for (const child of childrenOf(container, family)) out.add('Remove', family.childKind(child), nameOf(child), nameOf(container), { from: child });
    out.add('Remove', family.kind, nameOf(container), undefined, { from: withoutKey(container, family.childKey) });
  }
  const kept = newList.map(nameOf).filter((name) => oldIndex.has(name));
  const moved = movedSiblings(kept, oldIndex);
  newList.forEach((container, i) => {
    const name = nameOf(container);
    const at = oldIndex.get(name);
    if (at === undefined) {
      out.add('Add', family.kind, name, undefined, { to: withoutKey(container, family.childKey), after: predecessor(newList, i) });
      childrenOf(container, family).forEach((child, j, siblings) => {
        out.add('Add', family.childKind(child), nameOf(child), name, { to: child, after: predecessor(siblings, j) });
      });
      return;
    }
    const old = oldList[at]!;
    if (!deepEqual(old, container)) {
      const own = fieldChanges(withoutKey(old, family.childKey), withoutKey(container, family.childKey), `${family.kind} ${name}`);
      for (const change of own) out.add('Change', family.kind, name, undefined, change);
      diffChildren(old, container, family, out);
    }
    if (moved.has(name)) out.add('Change', family.kind, name, undefined, { field: 'Position', from: predecessor(oldList, at), to: predecessor(newList, i) });
  });
}

function diffChildren(old: RawEntity, now: RawEntity, family: Family, out: ChangeList): void {
  const parent = nameOf(now);
  const oldChildren = childrenOf(old, family);
  const newChildren = childrenOf(now, family);
  const oldIndex = indexByName(oldChildren);
  const newIndex = indexByName(newChildren);
  const counterpart = (child: RawEntity, index: Map<string, number>, list: readonly RawEntity[]): RawEntity | undefined => {
    const at = index.get(nameOf(child));
    const other = at === undefined ? undefined : list[at]!;
    return other !== undefined && family.childKind(other) === family.childKind(child) ? other : undefined;
  };
  for (const child of oldChildren) {
    if (counterpart(child, newIndex, newChildren) === undefined) out.add('Remove', family.childKind(child), nameOf(child), parent, { from: child });
  }
  const kept = newChildren.filter((child) => counterpart(child, oldIndex, oldChildren) !== undefined).map(nameOf);
  const moved = movedSiblings(kept, oldIndex);
  newChildren.forEach((child, i) => {
    const kind = family.childKind(child);
    const before = counterpart(child, oldIndex, oldChildren);
    if (before === undefined) {
      out.add('Add', kind, nameOf(child), parent, { to: child, after: predecessor(newChildren, i) });
      return;
    }
    if (!deepEqual(before, child)) {
      for (const change of fieldChanges(before, child, `${kind} ${parent}.${nameOf(child)}`)) out.add('Change', kind, nameOf(child), parent, change);
    }
    if (moved.has(nameOf(child))) {
      out.add('Change', kind, nameOf(child), parent, {
        field: 'Position',
        from: predecessor(oldChildren, oldIndex.get(nameOf(child))!),
        to: predecessor(newChildren, i),
      });
    }
  });
}

/** Diffs two dumps already in raw shape (e.g. a stored snapshot against a freshly serialised slice). */
export function diffRaw(oldRaw: RawDump, newRaw: RawDump): Change[] {
  for (const [which, raw] of [
    ['old', oldRaw],
    ['new', newRaw],
  ] as const) {
    const problem = rawDumpProblem(raw);
    if (problem !== undefined)
      throw new DiffError('DIFF_TOP_LEVEL', `The ${which} dump is not a raw API dump: ${problem}.`, 'pass a Full-API-Dump.json as Roblox publishes it');
  }
  if (oldRaw.Version !== newRaw.Version) {
    throw new DiffError(
      'DIFF_FORMAT_VERSION',
      `The dumps have different format versions (${String(oldRaw.Version)} and ${String(newRaw.Version)}); diff compares dumps of one format.`,
      'compare two dumps of the same format version',
    );
  }
  const topLevel = (raw: RawDump) => withoutKey(withoutKey(raw as RawEntity, 'Classes'), 'Enums');
  if (!deepEqual(topLevel(oldRaw), topLevel(newRaw))) {
    throw new DiffError(
      'DIFF_TOP_LEVEL',
      'The dumps differ in top-level fields other than Classes and Enums, which the change vocabulary does not describe. Compare dumps with the same top-level keys.',
      'compare dumps with the same top-level keys',
    );
  }
  const out = new ChangeList();
  diffFamily(oldRaw.Classes, newRaw.Classes, CLASSES, out);
  diffFamily(oldRaw.Enums, newRaw.Enums, ENUMS, out);
  return out.changes;
}

/**
 * Raw forms of two lists of entities, serialising only what differs: an entity equal on both
 * sides becomes one shared stub (same name, no children), which the comparison sees as
 * unchanged at once and still places by name.
 */
function rawLists<T extends { readonly name: string }>(
  oldList: readonly T[],
  newList: readonly T[],
  childKey: string,
  serializeOne: (entity: T) => RawEntity,
): [RawEntity[], RawEntity[]] {
  const newByName = new Map(newList.map((entity) => [entity.name, entity]));
  const stubs = new Map<string, RawEntity>();
  const oldRaw = oldList.map((entity) => {
    const counterpart = newByName.get(entity.name);
    if (counterpart === undefined || !(counterpart === entity || deepEqual(entity, counterpart))) return serializeOne(entity);
    const stub = { Name: entity.name, [childKey]: [] };
    stubs.set(entity.name, stub);
    return stub;
  });
  return [oldRaw, newList.map((entity) => stubs.get(entity.name) ?? serializeOne(entity))];
}

/** Lists the changes from `oldDump` to `newDump`; see the module comment for their order. */
export function diff(oldDump: Dump, newDump: Dump): Change[] {
  const version = newDump.formatVersion;
  const top = (dump: Dump): RawDump => ({ ...(dump.extra ?? {}), Classes: [], Enums: [], Version: dump.formatVersion });
  const serializeClass = (cls: Dump['classes'][number]) => (serializeDump({ formatVersion: version, classes: [cls], enums: [] }) as RawDump).Classes[0]!;
  const serializeEnum = (enumeration: Dump['enums'][number]) =>
    (serializeDump({ formatVersion: version, classes: [], enums: [enumeration] }) as RawDump).Enums[0]!;
  const [oldClasses, newClasses] = rawLists(oldDump.classes, newDump.classes, 'Members', serializeClass);
  const [oldEnums, newEnums] = rawLists(oldDump.enums, newDump.enums, 'Items', serializeEnum);
  return diffRaw({ ...top(oldDump), Classes: oldClasses, Enums: oldEnums }, { ...top(newDump), Classes: newClasses, Enums: newEnums });
}
