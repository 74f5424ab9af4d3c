/**
 * What the history log says about one entity, in the form the emitters show it: when it was
 * added (`@since`), the later events, and the latest event (the History column). Works without a
 * log: everything is then empty.
 */
import type { BuildRef, EntityRef, HistoryEvent, HistoryQuery } from '../../history/types.js';
import { versionLabel } from '../../history/types.js';
import { describeChange } from './describeChange.js';

export interface HistoryFacts {
  readonly since?: BuildRef;
  /** Every event of the entity except the addition `since` refers to, oldest first. */
  readonly laterEvents: readonly HistoryEvent[];
  /** Every event of the entity, oldest first. */
  readonly events: readonly HistoryEvent[];
  readonly latest?: HistoryEvent;
}

const NO_HISTORY: HistoryFacts = { laterEvents: [], events: [] };

export function historyFacts(history: HistoryQuery | undefined, entity: EntityRef): HistoryFacts {
  if (!history) return NO_HISTORY;
  const since = history.since(entity);
  const events = history.changes(entity);
  const laterEvents = events.filter((event) => !(since && event.change.action === 'Add' && event.build.version === since.version));
  const latest = history.latest(entity);
  return { ...(since ? { since } : {}), laterEvents, events, ...(latest ? { latest } : {}) };
}

/** `696 (0.696.0.6960797, 2025-10-21)`; the date is left out when the log has none. */
export function buildInWords(build: BuildRef): string {
  const date = build.date ? `, ${build.date.slice(0, 10)}` : '';
  return `${versionLabel(build.version)} (${build.version}${date})`;
}

/** `696 (0.696.0.6960797, 2025-10-21): Security of … changed from A to B`. */
export function eventInWords(event: HistoryEvent): string {
  return `${buildInWords(event.build)}: ${describeChange(event.change)}`;
}
