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
import { ROOT_SUPERCLASS, type Dump, type Member, type TypeRef } from './types.js';

/** Types by category, then by name: each distinct type once (as `normalizeDump` collects them). */
export type DistinctTypes = ReadonlyMap<string, ReadonlyMap<string, TypeRef>>;

export interface IntegrityOptions {
  /**
   * Check that superclasses exist, chains end at a root and member types resolve. Turn off for
   * fragments of a dump (one entity of a diff) whose other classes live elsewhere.
   */
  readonly checkReferences: boolean;
  /**
   * Every distinct type the members use, when the caller has them. When they all resolve (the
   * usual case), the ~8,000 members need not be walked to find the ones that do not.
   */
  readonly types?: DistinctTypes;
}

/** Name → index of the first entity with it; `onDuplicate` gets the second index and the first. */
function indexByName<T extends { readonly name: string }>(list: readonly T[], onDuplicate: (index: number, first: number) => never): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const name = list[i]!.name;
    const first = seen.get(name);
    if (first !== undefined) onDuplicate(i, first);
    seen.set(name, i);
  }
  return seen;
}

/** Throws on the first repeated name; one reused Set, as this runs for every class and enum. */
function checkUnique<T extends { readonly name: string }>(list: readonly T[], seen: Set<string>, onDuplicate: (index: number, first: number) => never): void {
  seen.clear();
  for (let i = 0; i < list.length; i++) {
    const name = list[i]!.name;
    if (seen.has(name))
      onDuplicate(
        i,
        list.findIndex((item) => item.name === name),
      );
    seen.add(name);
  }
}

/** A class name differing only in case, to suggest as the intended one. */
function nearName(name: string, names: Iterable<string>): string {
  const lower = name.toLowerCase();
  for (const candidate of names) if (candidate.toLowerCase() === lower) return ` (did you mean "${candidate}"?)`;
  return '';
}

export function checkDumpIntegrity(dump: Dump, file: string, warnings: DumpWarnings, options: IntegrityOptions): void {
  const classIndex = indexByName(dump.classes, (i, first) => {
    throw new DumpError(
      'DUMP_DUPLICATE_CLASS',
      file,
      `Classes[${i}].Name`,
      `class "${dump.classes[i]!.name}" is defined twice (first at Classes[${first}])`,
      'each class name once in a dump',
    );
  });
  const enumIndex = indexByName(dump.enums, (i, first) => {
    throw new DumpError(
      'DUMP_DUPLICATE_ENUM',
      file,
      `Enums[${i}].Name`,
      `enum "${dump.enums[i]!.name}" is defined twice (first at Enums[${first}])`,
      'each enum name once in a dump',
    );
  });
  const seen = new Set<string>();
  dump.classes.forEach((cls, c) => {
    checkUnique(cls.members, seen, (i, first) => {
      throw new DumpError(
        'DUMP_DUPLICATE_MEMBER',
        file,
        `Classes[${c}].Members[${i}].Name`,
        `member "${cls.members[i]!.name}" appears twice in class "${cls.name}" (first at Members[${first}])`,
        'each member name once per class',
      );
    });
  });
  dump.enums.forEach((enumeration, e) => {
    checkUnique(enumeration.items, seen, (i, first) => {
      throw new DumpError(
        'DUMP_DUPLICATE_ENUM_ITEM',
        file,
        `Enums[${e}].Items[${i}].Name`,
        `item "${enumeration.items[i]!.name}" appears twice in enum "${enumeration.name}" (first at Items[${first}])`,
        'each item name once per enum',
      );
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
  if (options.types === undefined || !allTypesResolve(options.types, classIndex, enumIndex)) warnUnresolvedTypes(dump, warnings, classIndex, enumIndex);
}

function allTypesResolve(types: DistinctTypes, classes: ReadonlyMap<string, number>, enums: ReadonlyMap<string, number>): boolean {
  for (const category of ['Class', 'Enum']) {
    for (const type of types.get(category)?.values() ?? []) if (!resolves(type, classes, enums)) return false;
  }
  return true;
}

function resolves(type: TypeRef, classes: ReadonlyMap<string, number>, enums: ReadonlyMap<string, number>): boolean {
  if (type.category === 'Class') return classes.has(referencedName(type));
  if (type.category === 'Enum') return enums.has(referencedName(type));
  return true;
}

function allResolve(member: Member, classes: ReadonlyMap<string, number>, enums: ReadonlyMap<string, number>): boolean {
  if (member.memberType === 'Property') return resolves(member.valueType, classes, enums);
  for (const parameter of member.parameters) if (!resolves(parameter.type, classes, enums)) return false;
  if (member.memberType === 'Event') return true;
  for (const type of member.returnType) if (!resolves(type, classes, enums)) return false;
  return true;
}

/** Class and enum references that point nowhere; located only when found (this runs per member). */
function warnUnresolvedTypes(dump: Dump, warnings: DumpWarnings, classes: ReadonlyMap<string, number>, enums: ReadonlyMap<string, number>): void {
  dump.classes.forEach((cls, c) => {
    cls.members.forEach((member, m) => {
      if (allResolve(member, classes, enums)) return;
      for (const { type, at } of memberTypeRefs(member)) {
        if (resolves(type, classes, enums)) continue;
        const path = formatPath(['Classes', c, 'Members', m, ...at]);
        warnings.add(
          'DUMP_UNRESOLVED_TYPE',
          `${type.category}:${type.name}`,
          path,
          `${type.category.toLowerCase()} "${type.name}" used by ${cls.name}.${member.name} is not defined in this dump; kept as it is`,
        );
      }
    });
  });
}

/** Walks each chain once (memoised), so the whole check is linear in the number of classes. */
function checkChainsEndAtRoot(dump: Dump, file: string, classIndex: ReadonlyMap<string, number>): void {
  const endsAtRoot = new Set<string>();
  dump.classes.forEach((start, c) => {
    // Most classes come after their superclass, whose chain is known by then.
    if (start.superclass === ROOT_SUPERCLASS || endsAtRoot.has(start.superclass)) {
      endsAtRoot.add(start.name);
      return;
    }
    const chain: string[] = [];
    const onChain = new Set<string>();
    let name = start.name;
    while (!endsAtRoot.has(name)) {
      if (onChain.has(name)) {
        const loop = [...chain.slice(chain.indexOf(name)), name].join(' → ');
        throw new DumpError(
          'DUMP_CYCLIC_SUPERCLASS',
          file,
          `Classes[${c}].Superclass`,
          `the superclass chain of class "${start.name}" loops: ${loop}`,
          `a chain that ends at a root class (Superclass "${ROOT_SUPERCLASS}")`,
        );
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
