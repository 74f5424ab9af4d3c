/**
 * Rules across entities that a JSON Schema cannot state: names are unique (classes, enums,
 * members within a class, items within an enum), every superclass exists and the superclass
 * chains end at a root. References from member types to classes and enums that the dump does
 * not define are kept and reported as warnings. Pure; throws `DumpError`.
 */
import { DumpError } from './errors.js';
import type { DumpWarnings } from './dumpWarnings.js';
import { formatPath } from './jsonPath.js';
import { memberTypeRefs, referencedName } from './typeRefs.js';
import { ROOT_SUPERCLASS, type Dump } from './types.js';

export interface IntegrityOptions {
  /**
   * Check that superclasses exist, chains end at a root and member types resolve. Turn off for
   * fragments of a dump (one entity of a diff) whose other classes live elsewhere.
   */
  readonly checkReferences: boolean;
}

function firstIndexes<T>(list: readonly T[], key: (item: T) => string, onDuplicate: (index: number, first: number) => never): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(key(item));
    if (first !== undefined) onDuplicate(i, first);
    seen.set(key(item), i);
  });
  return seen;
}

/** A class name differing only in case, to suggest as the intended one. */
function nearName(name: string, names: Iterable<string>): string {
  const lower = name.toLowerCase();
  for (const candidate of names) if (candidate.toLowerCase() === lower) return ` (did you mean "${candidate}"?)`;
  return '';
}

export function checkDumpIntegrity(dump: Dump, file: string, warnings: DumpWarnings, options: IntegrityOptions): void {
  const classIndex = firstIndexes(dump.classes, (c) => c.name, (i, first) => {
    throw new DumpError('DUMP_DUPLICATE_CLASS', file, `Classes[${i}].Name`, `class "${dump.classes[i]!.name}" is defined twice (first at Classes[${first}])`, 'each class name once in a dump');
  });
  const enumIndex = firstIndexes(dump.enums, (e) => e.name, (i, first) => {
    throw new DumpError('DUMP_DUPLICATE_ENUM', file, `Enums[${i}].Name`, `enum "${dump.enums[i]!.name}" is defined twice (first at Enums[${first}])`, 'each enum name once in a dump');
  });
  dump.classes.forEach((cls, c) => {
    firstIndexes(cls.members, (m) => m.name, (i, first) => {
      throw new DumpError('DUMP_DUPLICATE_MEMBER', file, `Classes[${c}].Members[${i}].Name`, `member "${cls.members[i]!.name}" appears twice in class "${cls.name}" (first at Members[${first}])`, 'each member name once per class');
    });
  });
  dump.enums.forEach((enumeration, e) => {
    firstIndexes(enumeration.items, (item) => item.name, (i, first) => {
      throw new DumpError('DUMP_DUPLICATE_ENUM_ITEM', file, `Enums[${e}].Items[${i}].Name`, `item "${enumeration.items[i]!.name}" appears twice in enum "${enumeration.name}" (first at Items[${first}])`, 'each item name once per enum');
    });
  });
  if (!options.checkReferences) return;

  dump.classes.forEach((cls, c) => {
    if (cls.superclass !== ROOT_SUPERCLASS && !classIndex.has(cls.superclass)) {
      throw new DumpError(
        'DUMP_UNKNOWN_SUPERCLASS',
        file,
        `Classes[${c}].Superclass`,
        `superclass "${cls.superclass}" of class "${cls.name}" is not defined in this dump${nearName(cls.superclass, classIndex.keys())}`,
        `the name of a class in this dump, or "${ROOT_SUPERCLASS}" for a root class`,
      );
    }
  });
  checkChainsEndAtRoot(dump, file, classIndex);

  dump.classes.forEach((cls, c) => {
    cls.members.forEach((member, m) => {
      for (const { type, at } of memberTypeRefs(member)) {
        const index = type.category === 'Class' ? classIndex : type.category === 'Enum' ? enumIndex : undefined;
        if (index === undefined || index.has(referencedName(type))) continue;
        const path = formatPath(['Classes', c, 'Members', m, ...at]);
        warnings.add('DUMP_UNRESOLVED_TYPE', `${type.category}:${type.name}`, path, `${type.category.toLowerCase()} "${type.name}" used by ${cls.name}.${member.name} is not defined in this dump; kept as it is`);
      }
    });
  });
}

/** Walks each chain once (memoised), so the whole check is linear in the number of classes. */
function checkChainsEndAtRoot(dump: Dump, file: string, classIndex: ReadonlyMap<string, number>): void {
  const endsAtRoot = new Set<string>();
  dump.classes.forEach((start, c) => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let name = start.name;
    while (!endsAtRoot.has(name)) {
      if (onChain.has(name)) {
        const loop = [...chain.slice(chain.indexOf(name)), name].join(' → ');
        throw new DumpError('DUMP_CYCLIC_SUPERCLASS', file, `Classes[${c}].Superclass`, `the superclass chain of class "${start.name}" loops: ${loop}`, `a chain that ends at a root class (Superclass "${ROOT_SUPERCLASS}")`);
      }
      chain.push(name);
      onChain.add(name);
      const superclass = dump.classes[classIndex.get(name)!]!.superclass;
      if (superclass === ROOT_SUPERCLASS) break;
      name = superclass;
    }
    for (const member of chain) endsAtRoot.add(member);
  });
}
