/**
 * The shapes of `api-dump/history.json` and `api-dump/history-seed.json` (described for users in
 * docs/history.md). The log's build and change types are the contracts in `types.ts` and
 * `../diff/types.ts`; these add the file-level fields around them.
 */
import type { HistoryBuild } from './types.js';
import type { ChangeAction, EntityKind } from '../diff/types.js';

/** The raw slice JSON of the latest recorded dump, so `history add` can diff against it. */
export interface HistorySnapshot {
  readonly version: string;
  /** `serializeDump` output of the scope slice: `{Classes, Enums, Version}`. */
  readonly dump: unknown;
}

export interface HistoryFile {
  /** The classes whose slice (class, ancestors, referenced types, members returning it) is tracked. */
  readonly scope: readonly string[];
  /** Where the public-record builds come from, copied from the seed. */
  readonly publicRecord?: string;
  /** Oldest first. */
  readonly builds: readonly HistoryBuild[];
  readonly snapshot?: HistorySnapshot;
}

/** One event of the public record: a Change without values (and without impact, which is derived). */
export interface SeedEvent {
  readonly action: ChangeAction;
  readonly kind: EntityKind;
  readonly parent?: string;
  readonly name: string;
  readonly field?: string;
  /** Public URLs that state this event (kept in the seed; history.json carries the build only). */
  readonly sources?: readonly string[];
}

export interface SeedBuild {
  readonly version: string;
  readonly events: readonly SeedEvent[];
}

export interface SeedFile {
  /** Where these facts come from, in words. */
  readonly source: string;
  readonly scope: readonly string[];
  readonly builds: readonly SeedBuild[];
}
