/**
 * One history change in words, for JSDoc and reference pages:
 * `Function WebStreamClient.Send added`, `Security of Function X.Y changed from A to B`.
 */
import type { Change } from '../../diff/types.js';

/** A changed value as short text: lists joined, objects as JSON, nothing as `nothing`. */
export function formatChangeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : `[${value.map(formatChangeValue).join(', ')}]`;
  return JSON.stringify(value);
}

export function qualifiedName(change: Pick<Change, 'parent' | 'name'>): string {
  return change.parent ? `${change.parent}.${change.name}` : change.name;
}

export function describeChange(change: Change): string {
  const subject = `${change.kind} ${qualifiedName(change)}`;
  switch (change.action) {
    case 'Add':
      return `${subject} added`;
    case 'Remove':
      return `${subject} removed`;
    case 'Change': {
      // The public record (history seed) knows that something changed, not always what.
      const hasValues = 'from' in change || 'to' in change;
      if (change.field === undefined && !hasValues) return `${subject} changed (the record does not say how)`;
      const what = `${change.field ?? 'a field'} of ${subject} changed`;
      return hasValues ? `${what} from ${formatChangeValue(change.from)} to ${formatChangeValue(change.to)}` : what;
    }
    default: {
      const unknown: never = change.action;
      return `${subject}: ${String(unknown)}`;
    }
  }
}
