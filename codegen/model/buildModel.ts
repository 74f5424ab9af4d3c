/**
 * Builds the `ApiModel` from a normalised dump: classifies every member's types, groups members
 * by kind, resolves each class's superclass chain and the members it inherits, and indexes
 * classes and enums by name. Pure and linear in the size of the dump.
 *
 * This is the one index of classes and enums and the one ancestor walk of the generator: every
 * emitter reads the model (`modelFor` builds it once per dump). A superclass the dump lacks, or a
 * chain that loops, is a `ModelError` naming the class (see ModelError.ts).
 */
import { ROOT_SUPERCLASS, type Dump, type DumpClass, type Member, type Parameter } from '../dump/types.js';
import { classifyType, type DefinedNames } from './classifyType.js';
import { ModelError } from './ModelError.js';
import type { ApiModel, InheritedMembers, MembersByKind, ModelClass, ModelEnum, ModelMember, ModelParameter } from './types.js';

function modelParameters(parameters: readonly Parameter[], defined: DefinedNames): ModelParameter[] {
  return parameters.map((p) =>
    p.default === undefined ? { name: p.name, type: classifyType(p.type, defined) } : { name: p.name, type: classifyType(p.type, defined), default: p.default },
  );
}

function modelMember(member: Member, owner: string, defined: DefinedNames): ModelMember {
  const { name } = member;
  switch (member.memberType) {
    case 'Property':
      return { kind: 'Property', name, owner, source: member, type: classifyType(member.valueType, defined) };
    case 'Function':
      return {
        kind: 'Function',
        name,
        owner,
        source: member,
        parameters: modelParameters(member.parameters, defined),
        returns: member.returnType.map((t) => classifyType(t, defined)),
      };
    case 'Event':
      return { kind: 'Event', name, owner, source: member, parameters: modelParameters(member.parameters, defined) };
    case 'Callback':
      return {
        kind: 'Callback',
        name,
        owner,
        source: member,
        parameters: modelParameters(member.parameters, defined),
        returns: member.returnType.map((t) => classifyType(t, defined)),
      };
  }
}

export function groupByKind(members: readonly ModelMember[]): MembersByKind {
  const byKind = { Property: [], Function: [], Event: [], Callback: [] } as { [K in keyof MembersByKind]: MembersByKind[K][number][] };
  for (const member of members) (byKind[member.kind] as ModelMember[]).push(member);
  return byKind;
}

function ancestorsOf(cls: DumpClass, dumpClasses: ReadonlyMap<string, DumpClass>, dump: Dump, dumpFile: string): string[] {
  const chain: string[] = [];
  const seen = new Set([cls.name]);
  let current = cls;
  while (current.superclass !== ROOT_SUPERCLASS) {
    const parent = dumpClasses.get(current.superclass);
    if (parent === undefined || seen.has(parent.name)) {
      throw new ModelError(
        'EMIT_MISSING_SUPERCLASS',
        dumpFile,
        `Classes[${dump.classes.indexOf(current)}].Superclass`,
        parent === undefined
          ? `class ${current.name} extends ${current.superclass}, which the dump does not contain`
          : `class ${current.name} is part of an inheritance cycle through ${parent.name}`,
        `add class ${current.superclass} to the dump (a slice must keep every ancestor) or fix the Superclass`,
      );
    }
    chain.push(parent.name);
    seen.add(parent.name);
    current = parent;
  }
  return chain;
}

/** The model of `dump`; `dumpFile` names it in errors. Prefer {@link modelFor}, which builds it once. */
export function buildModel(dump: Dump, dumpFile = 'the dump'): ApiModel {
  const dumpClasses = new Map(dump.classes.map((cls) => [cls.name, cls]));
  const defined: DefinedNames = { classes: new Set(dumpClasses.keys()), enums: new Set(dump.enums.map((e) => e.name)) };

  // A class's members are modelled (types classified, grouped by kind) when first asked for:
  // whole-API mode reads few of them through the model, and a full dump has ~40,000.
  const own = new Map<string, { members: ModelMember[]; byKind: MembersByKind }>();
  const ownOf = (cls: DumpClass): { members: ModelMember[]; byKind: MembersByKind } => {
    let group = own.get(cls.name);
    if (group === undefined) {
      const members = cls.members.map((member) => modelMember(member, cls.name, defined));
      group = { members, byKind: groupByKind(members) };
      own.set(cls.name, group);
    }
    return group;
  };

  const classes: ModelClass[] = dump.classes.map((cls) => {
    const ancestors = ancestorsOf(cls, dumpClasses, dump, dumpFile);
    let inherited: InheritedMembers[] | undefined;
    return {
      name: cls.name,
      superclass: cls.superclass === ROOT_SUPERCLASS ? undefined : cls.superclass,
      ancestors,
      source: cls,
      get members() {
        return ownOf(cls).members;
      },
      get byKind() {
        return ownOf(cls).byKind;
      },
      get inherited() {
        return (inherited ??= ancestors.map((from) => {
          const group = ownOf(dumpClasses.get(from)!);
          return { from, members: group.members, byKind: group.byKind };
        }));
      },
    };
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

  /** Names of each class's own members, from the dump, built on first use. */
  const memberNames = new Map<string, ReadonlySet<string>>();
  const memberNamesOf = (className: string): ReadonlySet<string> => {
    let names = memberNames.get(className);
    if (names === undefined) {
      names = new Set(dumpClasses.get(className)?.members.map((m) => m.name));
      memberNames.set(className, names);
    }
    return names;
  };

  return {
    formatVersion: dump.formatVersion,
    classes,
    enums,
    getClass: (name) => classIndex.get(name),
    ancestorsOf: (name) => classIndex.get(name)?.ancestors.map((ancestor) => classIndex.get(ancestor)!) ?? [],
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
    declaringClass(className, memberName) {
      const cls = classIndex.get(className);
      if (cls === undefined) return undefined;
      if (memberNamesOf(cls.name).has(memberName)) return cls.name;
      return cls.ancestors.find((ancestor) => memberNamesOf(ancestor).has(memberName));
    },
  };
}

const models = new WeakMap<Dump, ApiModel>();

/** The model of `dump`, built on first use and kept for as long as the dump object lives. */
export function modelFor(dump: Dump, dumpFile?: string): ApiModel {
  let model = models.get(dump);
  if (model === undefined) {
    model = buildModel(dump, dumpFile);
    models.set(dump, model);
  }
  return model;
}
