/**
 * The raw dump shape diff and patch work on (what `serializeDump` writes), with light checks so
 * that a hand-edited snapshot or diff fails with a clear message instead of a crash.
 */
import type { RawEntity } from './rawFields.js';

export interface RawDump {
  readonly Classes: RawEntity[];
  readonly Enums: RawEntity[];
  readonly [key: string]: unknown;
}

const isRecord = (value: unknown): value is RawEntity => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns the problem with a raw dump's outline, or undefined when Classes/Members/Enums/Items are well formed. */
export function rawDumpProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'the dump is not an object';
  for (const [listKey, childKey] of [
    ['Classes', 'Members'],
    ['Enums', 'Items'],
  ] as const) {
    const list = value[listKey];
    if (!Array.isArray(list)) return `${listKey} is not a list`;
    for (let i = 0; i < list.length; i++) {
      const container: unknown = list[i];
      if (!isRecord(container) || typeof container.Name !== 'string') return `${listKey}[${i}] has no Name`;
      const children = container[childKey];
      if (!Array.isArray(children)) return `${listKey}[${i}].${childKey} is not a list`;
      for (let j = 0; j < children.length; j++) {
        const child: unknown = children[j];
        if (!isRecord(child) || typeof child.Name !== 'string') return `${listKey}[${i}].${childKey}[${j}] has no Name`;
        if (childKey === 'Members' && typeof child.MemberType !== 'string') return `${listKey}[${i}].${childKey}[${j}] has no MemberType`;
      }
    }
  }
  return undefined;
}
