/**
 * Cuts from a full dump the smallest valid dump that describes one class: the class and its
 * ancestors with all their members; every enum those members use (all items) and every class
 * they use (no members); the script-accessible members of other classes that hand the class
 * out (functions returning it, properties holding it), e.g. `HttpService.CreateWebStreamClient`,
 * with what those members use in turn; and the ancestors of every class included, without
 * members, so each superclass chain is complete. Dump order is kept. Pure and deterministic.
 */
import { memberTypeRefs, referencedName } from '../dump/typeRefs.js';
import { ROOT_SUPERCLASS, type Dump, type DumpClass, type Member, type TypeRef } from '../dump/types.js';
import { isScriptAccessible } from '../model/scriptAccess.js';
import { SliceError, suggestClass } from './SliceError.js';

/** True when reading or calling the member gives out an instance of `className`. */
export function handsOut(member: Member, className: string): boolean {
  const refersTo = (type: TypeRef): boolean => type.category === 'Class' && referencedName(type) === className;
  if (member.memberType === 'Function') return member.returnType.some(refersTo);
  if (member.memberType === 'Property') return refersTo(member.valueType);
  return false;
}

function chainOf(name: string, byName: ReadonlyMap<string, DumpClass>): string[] {
  const chain: string[] = [];
  for (let cls = byName.get(name); cls !== undefined && !chain.includes(cls.name); cls = byName.get(cls.superclass)) {
    chain.push(cls.name);
    if (cls.superclass === ROOT_SUPERCLASS) break;
  }
  return chain;
}

export function sliceDump(dump: Dump, className: string): Dump {
  const byName = new Map(dump.classes.map((cls) => [cls.name, cls]));
  if (!byName.has(className)) throw new SliceError(className, suggestClass(className, [...byName.keys()]));

  /** Class name → names of the members kept (empty: the class is kept without members). */
  const kept = new Map<string, Set<string>>();
  const keepMember = (owner: string, member: Member): void => {
    const members = kept.get(owner) ?? new Set<string>();
    members.add(member.name);
    kept.set(owner, members);
  };

  for (const name of chainOf(className, byName)) for (const member of byName.get(name)!.members) keepMember(name, member);
  for (const cls of dump.classes) {
    if (kept.has(cls.name)) continue;
    for (const member of cls.members) if (handsOut(member, className) && isScriptAccessible(member)) keepMember(cls.name, member);
  }

  const enums = new Set<string>();
  const used = new Set<string>(kept.keys());
  for (const [owner, memberNames] of kept) {
    for (const member of byName.get(owner)!.members) {
      if (!memberNames.has(member.name)) continue;
      for (const { type } of memberTypeRefs(member)) {
        if (type.category === 'Enum') enums.add(referencedName(type));
        if (type.category === 'Class' && byName.has(referencedName(type))) used.add(referencedName(type));
      }
    }
  }
  for (const name of [...used]) for (const ancestor of chainOf(name, byName)) used.add(ancestor);

  const classes = dump.classes
    .filter((cls) => used.has(cls.name))
    .map((cls) => {
      const memberNames = kept.get(cls.name);
      const members = memberNames === undefined ? [] : cls.members.filter((member) => memberNames.has(member.name));
      return members.length === cls.members.length ? cls : { ...cls, members };
    });
  const slice: Dump = { formatVersion: dump.formatVersion, classes, enums: dump.enums.filter((e) => enums.has(e.name)) };
  return dump.extra === undefined ? slice : { ...slice, extra: dump.extra };
}
