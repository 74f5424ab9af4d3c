/**
 * Builds the `ApiModel` from a normalised dump: classifies every member's types, groups members
 * by kind, resolves each class's superclass chain and the members it inherits, and indexes
 * classes and enums by name. Pure and linear in the size of the dump.
 *
 * The dump should have passed the parser's reference checks; if a superclass is missing anyway
 * (a fragment), the chain simply stops there, and a loop is cut where it closes.
 */
import { ROOT_SUPERCLASS, type Dump, type DumpClass, type Member, type Parameter } from '../dump/types.js';
import { classifyType, type DefinedNames } from './classifyType.js';
import type { ApiModel, InheritedMembers, MembersByKind, ModelClass, ModelEnum, ModelMember, ModelParameter } from './types.js';

function modelParameters(parameters: readonly Parameter[], defined: DefinedNames): ModelParameter[] {
  return parameters.map((p) => (p.default === undefined ? { name: p.name, type: classifyType(p.type, defined) } : { name: p.name, type: classifyType(p.type, defined), default: p.default }));
}

function modelMember(member: Member, owner: string, defined: DefinedNames): ModelMember {
  const { name } = member;
  switch (member.memberType) {
    case 'Property':
      return { kind: 'Property', name, owner, source: member, type: classifyType(member.valueType, defined) };
    case 'Function':
      return { kind: 'Function', name, owner, source: member, parameters: modelParameters(member.parameters, defined), returns: member.returnType.map((t) => classifyType(t, defined)) };
    case 'Event':
      return { kind: 'Event', name, owner, source: member, parameters: modelParameters(member.parameters, defined) };
    case 'Callback':
      return { kind: 'Callback', name, owner, source: member, parameters: modelParameters(member.parameters, defined), returns: member.returnType.map((t) => classifyType(t, defined)) };
  }
}

export function groupByKind(members: readonly ModelMember[]): MembersByKind {
  const byKind = { Property: [], Function: [], Event: [], Callback: [] } as { [K in keyof MembersByKind]: MembersByKind[K][number][] };
  for (const member of members) (byKind[member.kind] as ModelMember[]).push(member);
  return byKind;
}

function ancestorsOf(cls: DumpClass, dumpClasses: ReadonlyMap<string, DumpClass>): string[] {
  const chain: string[] = [];
  const seen = new Set([cls.name]);
  let superclass = cls.superclass;
  while (superclass !== ROOT_SUPERCLASS && !seen.has(superclass)) {
    const parent = dumpClasses.get(superclass);
    if (parent === undefined) break;
    chain.push(superclass);
    seen.add(superclass);
    superclass = parent.superclass;
  }
  return chain;
}

export function buildModel(dump: Dump): ApiModel {
  const dumpClasses = new Map(dump.classes.map((cls) => [cls.name, cls]));
  const defined: DefinedNames = { classes: new Set(dumpClasses.keys()), enums: new Set(dump.enums.map((e) => e.name)) };

  const own = new Map<string, { members: ModelMember[]; byKind: MembersByKind }>();
  for (const cls of dump.classes) {
    const members = cls.members.map((member) => modelMember(member, cls.name, defined));
    own.set(cls.name, { members, byKind: groupByKind(members) });
  }

  const classes: ModelClass[] = dump.classes.map((cls) => {
    const ancestors = ancestorsOf(cls, dumpClasses);
    const inherited: InheritedMembers[] = ancestors.map((from) => {
      const group = own.get(from)!;
      return { from, members: group.members, byKind: group.byKind };
    });
    const { members, byKind } = own.get(cls.name)!;
    return { name: cls.name, superclass: cls.superclass === ROOT_SUPERCLASS ? undefined : cls.superclass, ancestors, source: cls, members, byKind, inherited };
  });
  const enums: ModelEnum[] = dump.enums.map((source) => ({ name: source.name, source, items: source.items }));

  const classIndex = new Map(classes.map((cls) => [cls.name, cls]));
  const enumIndex = new Map(enums.map((e) => [e.name, e]));
  /** Member lookups per class, built on first use: most emitters ask about a few classes only. */
  const memberIndex = new Map<string, ReadonlyMap<string, ModelMember>>();
  const membersOf = (className: string): ReadonlyMap<string, ModelMember> | undefined => {
    let index = memberIndex.get(className);
    if (index === undefined) {
      const cls = classIndex.get(className);
      if (cls === undefined) return undefined;
      index = new Map(cls.members.map((m) => [m.name, m]));
      memberIndex.set(className, index);
    }
    return index;
  };

  return {
    formatVersion: dump.formatVersion,
    classes,
    enums,
    getClass: (name) => classIndex.get(name),
    getEnum: (name) => enumIndex.get(name),
    getMember(className, memberName) {
      const cls = classIndex.get(className);
      if (cls === undefined) return undefined;
      for (const owner of [cls.name, ...cls.ancestors]) {
        const member = membersOf(owner)?.get(memberName);
        if (member !== undefined) return member;
      }
      return undefined;
    },
  };
}
