/**
 * The in-memory query API over a history log (`HistoryQuery`). Pure: built once from the builds,
 * with an index from entity to events so each lookup is a map access.
 *
 * Entities are matched by name within their namespace: classes, enums, the members of a class
 * (a member keeps its history when its MemberType changes), the items of an enum.
 */
import type { Change, EntityKind } from '../diff/types.js';
import type { BuildRef, EntityRef, HistoryBuild, HistoryEvent, HistoryQuery } from './types.js';

type Namespace = 'class' | 'enum' | 'member' | 'item';

function namespaceOf(kind: EntityKind): Namespace {
  switch (kind) {
    case 'Class':
      return 'class';
    case 'Enum':
      return 'enum';
    case 'EnumItem':
      return 'item';
    default:
      return 'member';
  }
}

/** The index key of an entity, e.g. `member WebStreamClient.Send`. */
export function entityKey(entity: { kind: EntityKind; parent?: string; name: string }): string {
  const namespace = namespaceOf(entity.kind);
  return namespace === 'class' || namespace === 'enum' ? `${namespace} ${entity.name}` : `${namespace} ${entity.parent ?? ''}.${entity.name}`;
}

function buildRef(build: HistoryBuild): BuildRef {
  const ref: { version: string; guid?: string; date?: string } = { version: build.version };
  if (build.guid !== undefined) ref.guid = build.guid;
  if (build.date !== undefined) ref.date = build.date;
  return ref;
}

export function createHistoryQuery(builds: readonly HistoryBuild[]): HistoryQuery {
  const byEntity = new Map<string, HistoryEvent[]>();
  const byClass = new Map<string, HistoryEvent[]>();
  for (const build of builds) {
    const ref = buildRef(build);
    for (const change of build.changes) {
      const event: HistoryEvent = { build: ref, change };
      const key = entityKey(change);
      append(byEntity, key, event);
      const owner = classOf(change);
      if (owner !== undefined) append(byClass, owner, event);
    }
  }
  const changes = (entity: EntityRef): readonly HistoryEvent[] => byEntity.get(entityKey(entity)) ?? [];
  return {
    builds: () => builds,
    since(entity) {
      const adds = changes(entity).filter((event) => event.change.action === 'Add');
      return adds.at(-1)?.build;
    },
    changes,
    classChanges: (className) => byClass.get(className) ?? [],
    latest: (entity) => changes(entity).at(-1),
  };
}

function append(index: Map<string, HistoryEvent[]>, key: string, event: HistoryEvent): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [event]);
  else list.push(event);
}

function classOf(change: Change): string | undefined {
  const namespace = namespaceOf(change.kind);
  if (namespace === 'class') return change.name;
  if (namespace === 'member') return change.parent;
  return undefined;
}
