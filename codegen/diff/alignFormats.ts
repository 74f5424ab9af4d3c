/**
 * Two dumps from far apart (0.564 and 0.734) are written in different shapes, and a plain diff
 * reports every difference of shape as an API change — 4,449 "breaking" changes, most of them
 * artefacts. Before `diff` compares them, the differences that are only format are aligned, and
 * each alignment becomes a note the changelog prints at the top:
 *
 * - **Capabilities**: a dump that has no Capabilities field anywhere predates the field; absent
 *   there means "not recorded", not "none". Capabilities are then not compared.
 * - **`void` → `null`**: older dumps write an empty return as the Primitive `void`, newer ones as
 *   `null`. The older spelling is read as the newer.
 * - **The root `Object`**: newer dumps put a root class `Object` above `Instance` and moved some
 *   of Instance's members (ClassName, IsA, Changed, ...) into it. The older dump is given the
 *   same `Object` class holding those members, so they are compared where they now live and
 *   neither the class nor the moves show up as changes.
 *
 * Pure: returns aligned copies; dumps of one shape come back unchanged with no notes.
 */
import { ROOT_SUPERCLASS, type Dump, type DumpClass, type Member, type TypeRef } from '../dump/types.js';

export interface AlignedDumps {
  readonly old: Dump;
  readonly new: Dump;
  /** One sentence per alignment made; empty when the two dumps share a format. */
  readonly notes: readonly string[];
}

const members = (dump: Dump): Iterable<Member> => dump.classes.flatMap((cls) => cls.members);
const hasCapabilities = (dump: Dump): boolean => dump.classes.some((cls) => cls.members.some((member) => member.capabilities !== undefined));

function returnTypes(member: Member): readonly TypeRef[] {
  return member.memberType === 'Function' || member.memberType === 'Callback' ? member.returnType : [];
}

function usesPrimitive(dump: Dump, name: string): boolean {
  for (const member of members(dump)) if (returnTypes(member).some((type) => type.category === 'Primitive' && type.name === name)) return true;
  return false;
}

function mapMembers(dump: Dump, change: (member: Member) => Member): Dump {
  return { ...dump, classes: dump.classes.map((cls) => ({ ...cls, members: cls.members.map(change) })) };
}

function withoutCapabilities(member: Member): Member {
  if (member.capabilities === undefined && member.rawForm?.capabilities === undefined) return member;
  const { capabilities: _dropped, ...rest } = member;
  if (rest.rawForm === undefined) return rest as Member;
  const { capabilities: _form, ...rawForm } = rest.rawForm;
  return (Object.keys(rawForm).length === 0 ? { ...rest, rawForm: undefined } : { ...rest, rawForm }) as Member;
}

function voidAsNull(member: Member): Member {
  if (member.memberType !== 'Function' && member.memberType !== 'Callback') return member;
  if (!member.returnType.some((type) => type.category === 'Primitive' && type.name === 'void')) return member;
  return { ...member, returnType: member.returnType.map((type) => (type.category === 'Primitive' && type.name === 'void' ? { ...type, name: 'null' } : type)) };
}

/** The newer dump's root class above Instance, when the older dump has Instance as its root. */
function newRootAboveInstance(older: Dump, newer: Dump): DumpClass | undefined {
  const newInstance = newer.classes.find((cls) => cls.name === 'Instance');
  const oldInstance = older.classes.find((cls) => cls.name === 'Instance');
  if (newInstance === undefined || oldInstance === undefined || oldInstance.superclass !== ROOT_SUPERCLASS) return undefined;
  const root = newer.classes.find((cls) => cls.name === newInstance.superclass);
  if (root === undefined || root.superclass !== ROOT_SUPERCLASS || older.classes.some((cls) => cls.name === root.name)) return undefined;
  return root;
}

/** Gives `older` the class `root` (as the newer dump has it) holding the Instance members that moved into it. */
function addRoot(older: Dump, root: DumpClass): { dump: Dump; moved: number } {
  const key = (member: Member) => `${member.memberType} ${member.name}`;
  const inRoot = new Set(root.members.map(key));
  const instance = older.classes.find((cls) => cls.name === 'Instance')!;
  const moved = instance.members.filter((member) => inRoot.has(key(member)));
  const movedKeys = new Set(moved.map(key));
  const order = new Map(root.members.map((member, i) => [key(member), i]));
  const rootClass: DumpClass = { ...root, members: [...moved].sort((a, b) => order.get(key(a))! - order.get(key(b))!) };
  const classes = older.classes.flatMap((cls) => {
    if (cls.name !== 'Instance') return [cls];
    return [rootClass, { ...cls, superclass: root.name, members: cls.members.filter((member) => !movedKeys.has(key(member))) }];
  });
  return { dump: { ...older, classes }, moved: moved.length };
}

export function alignDumpFormats(oldDump: Dump, newDump: Dump): AlignedDumps {
  let older = oldDump;
  let newer = newDump;
  const notes: string[] = [];
  const oldCapabilities = hasCapabilities(older);
  if (oldCapabilities !== hasCapabilities(newer)) {
    const [without, withThem] = oldCapabilities ? ['newer', 'older'] : ['older', 'newer'];
    notes.push(
      `The ${without} dump's format has no Capabilities field (absent there means "not recorded"), so capabilities are not compared; see the ${withThem} dump for them.`,
    );
    older = mapMembers(older, withoutCapabilities);
    newer = mapMembers(newer, withoutCapabilities);
  }
  if (usesPrimitive(older, 'void') && !usesPrimitive(older, 'null') && usesPrimitive(newer, 'null') && !usesPrimitive(newer, 'void')) {
    notes.push('The older dump writes an empty return type as `void`, the newer as `null`; `void` is read as `null`.');
    older = mapMembers(older, voidAsNull);
  }
  const root = newRootAboveInstance(older, newer);
  if (root !== undefined) {
    const { dump, moved } = addRoot(older, root);
    older = dump;
    notes.push(
      `The newer dump has a root class ${root.name} above Instance; the older dump's ${moved} Instance members that now belong to ${root.name} are compared as members of ${root.name}, and ${root.name} itself is not listed as added.`,
    );
  }
  return { old: older, new: newer, notes };
}
