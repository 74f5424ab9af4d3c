/**
 * The part of a full dump the history tracks: the union of `sliceDump` for each class in scope,
 * in the full dump's order (a class that appears in several slices keeps every member any of
 * them keeps).
 */
import type { Dump, DumpClass, DumpEnum } from '../dump/types.js';
import { sliceDump } from './sliceDump.js';

export function sliceToScope(dump: Dump, scope: readonly string[]): Dump {
  const slices = scope.map((className) => sliceDump(dump, className));
  if (slices.length === 1) return slices[0]!;
  const members = new Map<string, Set<string>>();
  const items = new Map<string, Set<string>>();
  for (const slice of slices) {
    for (const cls of slice.classes) {
      const kept = members.get(cls.name) ?? new Set<string>();
      for (const member of cls.members) kept.add(member.name);
      members.set(cls.name, kept);
    }
    for (const enumeration of slice.enums) {
      const kept = items.get(enumeration.name) ?? new Set<string>();
      for (const item of enumeration.items) kept.add(item.name);
      items.set(enumeration.name, kept);
    }
  }
  const classes: DumpClass[] = dump.classes
    .filter((cls) => members.has(cls.name))
    .map((cls) => ({ ...cls, members: cls.members.filter((member) => members.get(cls.name)!.has(member.name)) }));
  const enums: DumpEnum[] = dump.enums
    .filter((enumeration) => items.has(enumeration.name))
    .map((enumeration) => ({ ...enumeration, items: enumeration.items.filter((item) => items.get(enumeration.name)!.has(item.name)) }));
  return { ...dump, classes, enums };
}
