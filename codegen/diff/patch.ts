/**
 * `patch(dump, changes)`: applies a diff and returns the new dump (the input is not modified).
 *
 * The dump is serialised to raw shape, the changes are applied in list order — each checked
 * first: an Add needs the entity to be absent and its `after` sibling present, a Remove needs the
 * entity to be there and equal to `from`, a field Change needs the field to hold `from` — and the
 * result is parsed back, so the parser validates every value the diff brought in. The first
 * change that does not apply stops the patch with a PatchError naming it.
 */
import type { Dump } from '../dump/types.js';
import type { Change } from './types.js';
import { parseDumpValue } from '../dump/parseDump.js';
import { serializeDump } from '../dump/serializeDump.js';
import { ROOT_SUPERCLASS } from '../dump/types.js';
import { deepEqual } from './deepEqual.js';
import { CLASSES, ENUMS, type Family } from './diff.js';
import { PatchError } from './errors.js';
import { rawDumpProblem, type RawDump } from './rawDump.js';
import { applyFieldChange, describe, FieldConflict, type RawEntity } from './rawFields.js';
import { insertAfter } from './siblingOrder.js';

type Fail = (detail: string) => never;

const nameOf = (entity: RawEntity): string => entity.Name as string;
const isRecord = (value: unknown): value is RawEntity => typeof value === 'object' && value !== null && !Array.isArray(value);

function label(change: Change): string {
  return `${change.action} ${change.kind} ${change.parent === undefined ? '' : `${change.parent}.`}${change.name}`;
}

/** Inserts after the sibling named `after` (first when null, last when absent); false if it is missing. */
function place(list: RawEntity[], entity: RawEntity, after: string | null | undefined): boolean {
  if (after !== undefined) return insertAfter(list, entity, after, nameOf);
  list.push(entity);
  return true;
}

function requireField(change: Change, fail: Fail): asserts change is Change & { readonly field: string } {
  if (change.action !== 'Change') fail(`unknown action ${JSON.stringify(change.action)} (expected Add, Remove or Change)`);
  if (typeof change.field !== 'string') fail('a Change without a field (as the public record has) says what changed but not how, so it cannot be applied');
}

function move(list: RawEntity[], at: number, change: Change, fail: Fail): void {
  if (change.to !== null && typeof change.to !== 'string') fail('a Position change needs `to`: the name it follows, or null');
  const [entity] = list.splice(at, 1);
  if (!place(list, entity!, change.to as string | null)) fail(`the sibling ${JSON.stringify(change.to)} it should follow does not exist`);
}

/** An entity touched by a change, to find the culprit if the patched dump does not parse. */
interface Touched {
  readonly index: number;
  readonly family: Family;
  readonly container: RawEntity;
  readonly child?: RawEntity;
}

function applyOne(raw: RawDump, change: Change, index: number, touched: Touched[], fail: Fail): void {
  const family = change.kind === 'Enum' || change.kind === 'EnumItem' ? ENUMS : CLASSES;
  const list = raw[family.listKey];
  if (change.kind === family.kind) {
    const at = list.findIndex((container) => nameOf(container) === change.name);
    if (change.action === 'Add') {
      if (at >= 0) fail(`${change.kind} ${change.name} already exists`);
      if (!isRecord(change.to) || change.to.Name !== change.name) fail(`\`to\` must be the raw ${change.kind} named ${JSON.stringify(change.name)}`);
      const container = { ...structuredClone(change.to as RawEntity), [family.childKey]: [] };
      if (!place(list, container, change.after)) fail(`the sibling ${JSON.stringify(change.after)} it should follow does not exist`);
      touched.push({ index, family, container });
      return;
    }
    if (at < 0) fail(`there is no ${change.kind} ${change.name}`);
    const container = list[at]!;
    const children = container[family.childKey] as RawEntity[];
    if (change.action === 'Remove') {
      if (children.length > 0) fail(`${change.kind} ${change.name} still has ${children.length} ${family.childKey}; a diff removes them first`);
      const own = { ...container };
      delete own[family.childKey];
      if (change.from !== undefined && !deepEqual(own, change.from)) fail(`${change.kind} ${change.name} is ${describe(own)}, not the value the diff removes`);
      list.splice(at, 1);
      return;
    }
    requireField(change, fail);
    if (change.field === 'Position') return move(list, at, change, fail);
    applyFieldChange(container, change);
    touched.push({ index, family, container });
    return;
  }
  if (change.parent === undefined) fail(`a ${change.kind} change needs a parent`);
  const container = list.find((candidate) => nameOf(candidate) === change.parent);
  if (container === undefined) fail(`there is no ${family.kind} ${change.parent}`);
  const children = container![family.childKey] as RawEntity[];
  const at = children.findIndex((child) => nameOf(child) === change.name);
  if (change.action === 'Add') {
    if (at >= 0) fail(`${change.parent}.${change.name} already exists`);
    if (!isRecord(change.to) || change.to.Name !== change.name || family.childKind(change.to) !== change.kind) {
      fail(`\`to\` must be the raw ${change.kind} named ${JSON.stringify(change.name)}`);
    }
    const child = structuredClone(change.to as RawEntity);
    if (!place(children, child, change.after)) fail(`the sibling ${JSON.stringify(change.after)} it should follow does not exist`);
    touched.push({ index, family, container: container!, child });
    return;
  }
  if (at < 0) fail(`there is no ${change.kind} ${change.parent}.${change.name}`);
  const child = children[at]!;
  if (family.childKind(child) !== change.kind) fail(`${change.parent}.${change.name} is a ${family.childKind(child)}, not a ${change.kind}`);
  if (change.action === 'Remove') {
    if (change.from !== undefined && !deepEqual(child, change.from))
      fail(`${change.parent}.${change.name} is ${describe(child)}, not the value the diff removes`);
    children.splice(at, 1);
    return;
  }
  requireField(change, fail);
  if (change.field === 'Position') return move(children, at, change, fail);
  applyFieldChange(child, change);
  touched.push({ index, family, container: container!, child });
}

/** Applies changes to a raw dump in place. */
export function patchRaw(raw: RawDump, changes: readonly Change[]): { touched: readonly Touched[] } {
  const problem = rawDumpProblem(raw);
  if (problem !== undefined) throw new TypeError(`patchRaw needs a raw dump: ${problem}`);
  const touched: Touched[] = [];
  changes.forEach((change, index) => {
    const fail: Fail = (detail) => {
      throw new PatchError(index, label(change), detail);
    };
    try {
      applyOne(raw, change, index, touched, fail);
    } catch (error) {
      if (error instanceof FieldConflict) fail(error.message);
      throw error;
    }
  });
  return { touched };
}

/** Parses one touched entity on its own (under a root class or a bare enum) to see if it is valid. */
function entityProblem(entry: Touched, version: unknown, file: string): string | undefined {
  const container = { ...entry.container, [entry.family.childKey]: entry.child === undefined ? [] : [entry.child] };
  if (entry.family === CLASSES) container.Superclass = ROOT_SUPERCLASS;
  const raw = { Classes: entry.family === CLASSES ? [container] : [], Enums: entry.family === ENUMS ? [container] : [], Version: version };
  try {
    parseDumpValue(raw, file, { checkReferences: false });
    return undefined;
  } catch (error) {
    return error instanceof Error && 'code' in error ? (error as Error).message.replace(`${file} at `, '') : undefined;
  }
}

export interface PatchOptions {
  /** Named in messages about the patched dump. */
  readonly file?: string;
  /** Check superclasses and type references of the result (default true; false for slices). */
  readonly checkReferences?: boolean;
}

export function patch(dump: Dump, changes: readonly Change[], options: PatchOptions = {}): Dump {
  const file = options.file ?? 'patched dump';
  const raw = structuredClone(serializeDump(dump)) as RawDump;
  const { touched } = patchRaw(raw, changes);
  try {
    return parseDumpValue(raw, file, { checkReferences: options.checkReferences ?? true }).dump;
  } catch (error) {
    for (const entry of touched) {
      const problem = entityProblem(entry, raw.Version, file);
      if (problem !== undefined) throw new PatchError(entry.index, label(changes[entry.index]!), `the value it brings is not valid: ${problem}`);
    }
    throw error;
  }
}
