/**
 * Class lookups the emitters need: a class by name and its chain of ancestors (nearest first).
 * Built once per emit from the dump; a superclass the dump lacks is an error naming the class.
 */
import { ROOT_SUPERCLASS, type Dump, type DumpClass, type DumpEnum } from '../../dump/types.js';
import { EmitError } from './EmitError.js';

export interface ClassIndex {
  readonly classes: readonly DumpClass[];
  readonly enums: readonly DumpEnum[];
  getClass(name: string): DumpClass | undefined;
  getEnum(name: string): DumpEnum | undefined;
  /** Ancestors of a class, nearest first (`WebStreamClient` → `[Object]`). */
  ancestorsOf(name: string): readonly DumpClass[];
}

export function indexClasses(dump: Dump, dumpFile: string): ClassIndex {
  const byName = new Map(dump.classes.map((cls) => [cls.name, cls]));
  const enumsByName = new Map(dump.enums.map((item) => [item.name, item]));
  const ancestors = new Map<string, readonly DumpClass[]>();

  function ancestorsOf(name: string): readonly DumpClass[] {
    const cached = ancestors.get(name);
    if (cached) return cached;
    const chain: DumpClass[] = [];
    let current = byName.get(name);
    const seen = new Set<string>([name]);
    while (current && current.superclass !== ROOT_SUPERCLASS) {
      const parent = byName.get(current.superclass);
      if (!parent || seen.has(parent.name)) {
        const index = dump.classes.indexOf(current);
        throw new EmitError(
          'EMIT_MISSING_SUPERCLASS',
          dumpFile,
          `Classes[${index}].Superclass`,
          parent
            ? `class ${current.name} is part of an inheritance cycle through ${parent.name}`
            : `class ${current.name} extends ${current.superclass}, which the dump does not contain`,
          `add class ${current.superclass} to the dump (a slice must keep every ancestor) or fix the Superclass`,
        );
      }
      seen.add(parent.name);
      chain.push(parent);
      current = parent;
    }
    ancestors.set(name, chain);
    return chain;
  }

  return {
    classes: dump.classes,
    enums: dump.enums,
    getClass: (name) => byName.get(name),
    getEnum: (name) => enumsByName.get(name),
    ancestorsOf,
  };
}
