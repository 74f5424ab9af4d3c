/**
 * The version-history log kept in `api-dump/history.json`, and the query API the emitters use.
 */
import type { Change, EntityKind } from '../diff/types.js';

/** One Roblox build we know of. `version` is the full `0.686.0.6860866` form. */
export interface BuildRef {
  readonly version: string;
  readonly guid?: string;
  /** ISO 8601 date as Roblox's build list gives it. */
  readonly date?: string;
}

/** Where the events of a build come from. */
export type HistorySource = 'public-record' | 'dump' | 'baseline';

export interface HistoryBuild extends BuildRef {
  readonly source: HistorySource;
  readonly changes: readonly Change[];
}

/** Names one class, member, enum or enum item, e.g. `{kind:'Function', parent:'WebStreamClient', name:'Send'}`. */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly parent?: string;
  readonly name: string;
}

/** A change together with the build it happened in. */
export interface HistoryEvent {
  readonly build: BuildRef;
  readonly change: Change;
}

/** Read-only queries over a history log; pure, no I/O. */
export interface HistoryQuery {
  /** The builds in the log, oldest first. */
  builds(): readonly HistoryBuild[];
  /** The build in which the entity was (last) added, if the log knows it. */
  since(entity: EntityRef): BuildRef | undefined;
  /** Every event of the entity itself, oldest first (for a class: not its members). */
  changes(entity: EntityRef): readonly HistoryEvent[];
  /** The class's own events plus those of all its members, oldest first (roar's "History (N)"). */
  classChanges(className: string): readonly HistoryEvent[];
  /** The latest event of the entity, for the History column of a member index. */
  latest(entity: EntityRef): HistoryEvent | undefined;
}

/** The short label the reference site shows for a version: `0.686.0.6860866` → `686`. */
export function versionLabel(version: string): string {
  const minor = version.split('.')[1];
  return minor ?? version;
}
