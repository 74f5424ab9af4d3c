/**
 * History events as the reference pages list them: the short label (`696`), the full version,
 * the date, and the change in words. Also the "History (N)" of a whole class or enum.
 */
import type { HistoryEvent, HistoryQuery } from '../../history/types.js';
import { versionLabel } from '../../history/types.js';
import { describeChange } from '../shared/describeChange.js';
import { markdownText } from '../escape/markdown.js';
import { historyRows } from './markdownRows.js';

/** Every field is Markdown text (history values come from dumps, so they are escaped). */
export interface HistoryEntryView {
  readonly label: string;
  readonly version: string;
  readonly date: string;
  readonly change: string;
}

export interface HistoryView {
  readonly count: number;
  /** The table rows (see markdownRows.ts), when `count` is not 0. */
  readonly rows: string;
}

function historyEntry(event: HistoryEvent): HistoryEntryView {
  return {
    label: markdownText(versionLabel(event.build.version)),
    version: markdownText(event.build.version),
    date: markdownText(event.build.date ? event.build.date.slice(0, 10) : 'unknown'),
    change: markdownText(describeChange(event.change)),
  };
}

/** The history of something with no recorded change: every member's, when no history log is given. */
export const EMPTY_HISTORY: HistoryView = Object.freeze({ count: 0, rows: '' });

export function historyView(events: readonly HistoryEvent[]): HistoryView {
  return events.length === 0 ? EMPTY_HISTORY : { count: events.length, rows: historyRows(events.map(historyEntry)) };
}

/** The latest change label of an entity for the History column, or `—` without history. */
export function latestLabel(event: HistoryEvent | undefined): string {
  return event ? markdownText(versionLabel(event.build.version)) : '—';
}

/**
 * The enum's own events plus those of its items, including items since removed, in log order
 * (the enum's "History (N)"). HistoryQuery has `classChanges` for classes; enums read the log.
 */
export function enumChanges(history: HistoryQuery, enumName: string): HistoryEvent[] {
  return history
    .builds()
    .flatMap((build) =>
      build.changes
        .filter((change) => (change.kind === 'Enum' && change.name === enumName) || (change.kind === 'EnumItem' && change.parent === enumName))
        .map((change) => ({ build, change })),
    );
}
