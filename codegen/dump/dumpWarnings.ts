/**
 * Collects the parser's warnings: values and fields the model does not know but keeps. One
 * unknown value can occur thousands of times (a new capability on every member of a service),
 * so each distinct (code, value) is reported once, at its first path, with a count of the rest.
 */
import { quoteForMessage } from './messageText.js';
import type { DumpWarning } from './types.js';

export type DumpWarningCode =
  | 'DUMP_UNKNOWN_TAG'
  | 'DUMP_UNKNOWN_SECURITY'
  | 'DUMP_UNKNOWN_THREAD_SAFETY'
  | 'DUMP_UNKNOWN_CAPABILITY'
  | 'DUMP_UNKNOWN_CATEGORY'
  | 'DUMP_UNKNOWN_MEMORY_CATEGORY'
  | 'DUMP_UNKNOWN_FIELD'
  | 'DUMP_UNKNOWN_FORMAT_VERSION'
  | 'DUMP_UNRESOLVED_TYPE';

interface Entry {
  readonly code: DumpWarningCode;
  readonly path: string;
  readonly message: string;
  more: number;
}

export class DumpWarnings {
  private readonly entries = new Map<string, Entry>();

  /** Records a finding; `key` identifies "the same finding elsewhere" (usually the value). */
  add(code: DumpWarningCode, key: string, path: string, message: string): void {
    const id = `${code}\u0000${key}`;
    const existing = this.entries.get(id);
    if (existing === undefined) this.entries.set(id, { code, path, message, more: 0 });
    else existing.more += 1;
  }

  /** Warns about `value` unless it is in `known`; the path is only worked out when needed. */
  checkKnown(code: DumpWarningCode, known: ReadonlySet<string>, value: string, path: () => string, what: string): void {
    if (!known.has(value)) this.add(code, value, path(), `unknown ${what} ${quoteForMessage(value)}; kept as it is`);
  }

  list(): DumpWarning[] {
    return [...this.entries.values()].map(({ code, path, message, more }) => ({
      code,
      path,
      message: more === 0 ? message : `${message} (and ${more} more ${more === 1 ? 'place' : 'places'})`,
    }));
  }
}
