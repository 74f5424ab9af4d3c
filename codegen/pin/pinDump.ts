/**
 * The slice as it was at an older build, derived from the current dump and the history log:
 * every entity the history says was added after the build is taken out (a class with its
 * members, an enum with its items), and field changes after the build are undone where the log
 * holds the old value. What the log cannot undo is reported, not guessed: a change recorded
 * without values (the public record's "Object.isA changed in 650"), or an entity removed after
 * the build (the log would need its old form to put it back). Pure; the input is not modified.
 */
import { PatchError } from '../diff/errors.js';
import { patch } from '../diff/patch.js';
import type { Change } from '../diff/types.js';
import type { Dump, DumpClass, DumpEnum, Member, TypeRef } from '../dump/types.js';
import { entityKey } from '../history/query.js';
import type { BuildRef, HistoryBuild, HistoryEvent } from '../history/types.js';
import { compareVersions } from '../dump/versions.js';
import { PinError } from './PinError.js';

export interface PinnedDump {
  readonly dump: Dump;
  /** The build the dump now describes. */
  readonly build: BuildRef;
  /** Entities taken out because they were added after the build, as `Class.Member` / `Enum.Item` names. */
  readonly removed: readonly string[];
  /** Events after the build that could not be undone, with the reason. */
  readonly notUndone: readonly { readonly event: HistoryEvent; readonly reason: string }[];
}

export interface PinDumpOptions {
  /** Named in messages. */
  readonly file: string;
  /**
   * `slice` (default): the build must have every class of the dump — pinning the WebStreamClient
   * slice to a build without WebStreamClient is an error, not an empty file. `whole-api`: classes
   * may disappear (a full dump pinned to an old build simply loses them).
   */
  readonly mode?: 'slice' | 'whole-api';
}

type Presence = 'present' | 'absent' | 'removed-later';

const displayName = (change: Pick<Change, 'parent' | 'name'>): string => (change.parent === undefined ? change.name : `${change.parent}.${change.name}`);

/** Whether an entity existed at `version`, from its Add/Remove events (oldest first). */
function presenceAt(events: readonly HistoryEvent[], version: string): Presence {
  const lifecycle = events.filter((event) => event.change.action !== 'Change');
  const before = lifecycle.filter((event) => compareVersions(event.build.version, version) <= 0).at(-1);
  if (before !== undefined) return before.change.action === 'Add' ? 'present' : 'absent';
  const after = lifecycle[0];
  if (after === undefined) return 'present';
  return after.change.action === 'Add' ? 'absent' : 'removed-later';
}

function inverse(change: Change): Change {
  return { ...change, from: change.to, to: change.from };
}

function typeRefs(member: Member): TypeRef[] {
  switch (member.memberType) {
    case 'Property':
      return [member.valueType];
    case 'Event':
      return member.parameters.map((parameter) => parameter.type);
    default:
      return [...member.parameters.map((parameter) => parameter.type), ...member.returnType];
  }
}

function stripNullable(name: string): string {
  return name.endsWith('?') ? name.slice(0, -1) : name;
}

export function pinDump(dump: Dump, builds: readonly HistoryBuild[], build: BuildRef, options: PinDumpOptions): PinnedDump {
  const version = build.version;
  const byEntity = new Map<string, HistoryEvent[]>();
  for (const entry of builds) {
    for (const change of entry.changes) {
      const key = entityKey(change);
      const list = byEntity.get(key) ?? [];
      list.push({ build: { version: entry.version, ...(entry.guid ? { guid: entry.guid } : {}), ...(entry.date ? { date: entry.date } : {}) }, change });
      byEntity.set(key, list);
    }
  }
  const absent = (key: string): boolean => presenceAt(byEntity.get(key) ?? [], version) === 'absent';
  const removed: string[] = [];
  const notUndone: { event: HistoryEvent; reason: string }[] = [];

  const removedClasses = new Set<string>();
  const classes: DumpClass[] = [];
  for (const cls of dump.classes) {
    if (absent(entityKey({ kind: 'Class', name: cls.name }))) {
      removedClasses.add(cls.name);
      removed.push(cls.name);
      continue;
    }
    const members = cls.members.filter((member) => {
      const gone = absent(entityKey({ kind: member.memberType, parent: cls.name, name: member.name }));
      if (gone) removed.push(`${cls.name}.${member.name}`);
      return !gone;
    });
    classes.push(members.length === cls.members.length ? cls : { ...cls, members });
  }
  const removedEnums = new Set<string>();
  const enums: DumpEnum[] = [];
  for (const dumpEnum of dump.enums) {
    if (absent(entityKey({ kind: 'Enum', name: dumpEnum.name }))) {
      removedEnums.add(dumpEnum.name);
      removed.push(`Enum.${dumpEnum.name}`);
      continue;
    }
    const items = dumpEnum.items.filter((item) => {
      const gone = absent(entityKey({ kind: 'EnumItem', parent: dumpEnum.name, name: item.name }));
      if (gone) removed.push(`Enum.${dumpEnum.name}.${item.name}`);
      return !gone;
    });
    enums.push(items.length === dumpEnum.items.length ? dumpEnum : { ...dumpEnum, items });
  }

  const firstMissingClass = [...removedClasses][0];
  if (options.mode !== 'whole-api' && firstMissingClass !== undefined) {
    const added = byEntity.get(entityKey({ kind: 'Class', name: firstMissingClass }))?.find((event) => event.change.action === 'Add');
    const earliest = dump.classes
      .map((cls) => byEntity.get(entityKey({ kind: 'Class', name: cls.name }))?.find((event) => event.change.action === 'Add')?.build.version)
      .filter((found): found is string => found !== undefined)
      .sort(compareVersions)
      .at(-1);
    throw new PinError(
      'PIN_BEFORE_SLICE',
      `${firstMissingClass} did not exist at build ${version}${added ? ` (the history records it from ${added.build.version})` : ''}, so ${options.file} has nothing to describe at that build`,
      earliest === undefined ? 'pick a later build' : `pick build ${earliest} or later`,
    );
  }

  let pinned: Dump = { ...dump, classes, enums };
  const kept = (change: Change): boolean => {
    if (change.kind === 'Class') return !removedClasses.has(change.name);
    if (change.kind === 'Enum') return !removedEnums.has(change.name);
    return !absent(entityKey(change)) && !removedClasses.has(change.parent ?? '') && !removedEnums.has(change.parent ?? '');
  };
  const later = builds.filter((entry) => compareVersions(entry.version, version) > 0).reverse();
  for (const entry of later) {
    for (const change of [...entry.changes].reverse()) {
      const event: HistoryEvent = { build: { version: entry.version }, change };
      if (change.action === 'Remove' && presenceAt(byEntity.get(entityKey(change)) ?? [], version) !== 'absent') {
        notUndone.push({ event, reason: `${displayName(change)} was removed later; the history does not hold its old form` });
        continue;
      }
      if (change.action !== 'Change' || !kept(change)) continue;
      if (change.field === undefined) {
        notUndone.push({ event, reason: `the history records that ${displayName(change)} changed in ${entry.version} but not how` });
        continue;
      }
      try {
        pinned = patch(pinned, [inverse(change)], { file: options.file, checkReferences: false });
      } catch (error) {
        if (!(error instanceof PatchError)) throw error;
        notUndone.push({ event, reason: `the change to ${change.field} of ${displayName(change)} cannot be undone (${error.message})` });
      }
    }
  }

  const gone = new Set([...removedClasses, ...removedEnums]);
  for (const cls of pinned.classes) {
    for (const member of cls.members) {
      const missing = typeRefs(member).find((ref) => (ref.category === 'Class' || ref.category === 'Enum') && gone.has(stripNullable(ref.name)));
      if (missing !== undefined) {
        throw new PinError(
          'PIN_DANGLING_TYPE',
          `at build ${version}, ${cls.name}.${member.name} names ${missing.category} ${stripNullable(missing.name)}, which the history says did not exist yet`,
          `date ${cls.name}.${member.name} and ${stripNullable(missing.name)} consistently in the history (api-dump/history-seed.json for the public record), or pick a later build`,
        );
      }
    }
  }
  return { dump: pinned, build, removed, notUndone };
}
