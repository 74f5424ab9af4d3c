/**
 * The members of one class as TypeScript sees them, for one flavour: which members are declared
 * (script-accessible ones), their keys, types, parameters and JSDoc. The class interfaces, the
 * roblox-ts declarations and the stubs all print from this, so they cannot disagree.
 */
import type { OptionalKind, ParameterDeclarationStructure } from 'ts-morph';
import type { DumpClass, Member } from '../../dump/types.js';
import type { ApiModel } from '../../model/types.js';
import { memberDocFacts, memberExample } from '../shared/docFacts.js';
import type { EmitSource } from '../shared/emitSource.js';
import { toPropertyKey } from '../shared/identifiers.js';
import { functionTypeText, signatureParameters } from '../shared/signatureParameters.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { returnTypeText, typeText, type TypeContext } from '../shared/typeText.js';
import type { ResolvedOverrides } from './resolveTypeOverrides.js';
import { isReadonlyForScripts, isScriptAccessible } from '../../model/scriptAccess.js';

interface TypedMemberBase {
  readonly member: Member;
  /** The key as written in TypeScript (quoted when the name is not an identifier). */
  readonly key: string;
  /** JSDoc text (without comment delimiters). */
  readonly docs: string;
}

/** Properties, events (signals) and callbacks: a field with a type. */
export interface TypedField extends TypedMemberBase {
  readonly kind: 'property' | 'event' | 'callback';
  readonly type: string;
  readonly isReadonly: boolean;
}

export interface TypedMethod extends TypedMemberBase {
  readonly kind: 'method';
  readonly parameters: OptionalKind<ParameterDeclarationStructure>[];
  readonly returnType: string;
}

export type TypedMember = TypedField | TypedMethod;

export interface MemberTypingContext {
  readonly source: EmitSource;
  readonly index: ApiModel;
  readonly overrides: ResolvedOverrides;
  readonly types: TypeContext;
  /** Path from the emitted file to `reference/`, for links (default: from `node/index.d.ts`). */
  readonly referenceBase?: string;
}

/** The members of `cls` that scripts can reach, in dump order. */
export function declaredMembers(cls: DumpClass): Member[] {
  return cls.members.filter(isScriptAccessible);
}

/** The member's JSDoc, with its example for this flavour when docs.json has one. */
function memberDocs(context: MemberTypingContext, cls: DumpClass, member: Member, parameterNames?: ReadonlyMap<string, string>): string {
  const facts = memberDocFacts(context.source, context.index, cls, member, parameterNames, context.referenceBase);
  const example = memberExample(context.source, cls, member, context.types.flavour);
  return toJsDoc(example === undefined ? facts : { ...facts, example });
}

/** Whether a type override targets this member at all (few do): most members skip the lookups. */
function hasOverride(overrides: ResolvedOverrides, cls: DumpClass, member: Member): boolean {
  return overrides.applied.some((override) => override.className === cls.name && override.memberName === member.name);
}

/** `path` is the member's JSON path in the dump (`Classes[3].Members[7]`), for error messages. */
function typeMember(context: MemberTypingContext, cls: DumpClass, member: Member, path: string): TypedMember {
  const { overrides, types } = context;
  const flavour = types.flavour;
  const key = toPropertyKey(member.name);
  switch (member.memberType) {
    case 'Property': {
      const docs = memberDocs(context, cls, member);
      const type = typeText(member.valueType, 'property', types, `${path}.ValueType`);
      return { kind: 'property', member, key, docs, type, isReadonly: isReadonlyForScripts(member) };
    }
    case 'Event': {
      const parameters = signatureParameters(member.parameters, 'signalParameter', types, path);
      const docs = memberDocs(context, cls, member, parameters.names);
      const type = `RBXScriptSignal<${functionTypeText(parameters, 'void')}>`;
      return { kind: 'event', member, key, docs, type, isReadonly: true };
    }
    case 'Callback': {
      const parameters = signatureParameters(member.parameters, 'signalParameter', types, path);
      const docs = memberDocs(context, cls, member, parameters.names);
      const returns = returnTypeText(member.returnType, types, `${path}.ReturnType`);
      return { kind: 'callback', member, key, docs, type: `(${functionTypeText(parameters, returns)}) | undefined`, isReadonly: false };
    }
    case 'Function': {
      const parameters = signatureParameters(member.parameters, 'parameter', types, path);
      const overridden = hasOverride(overrides, cls, member);
      if (overridden) {
        for (const structure of parameters.structures) {
          const dumpName = [...parameters.names].find(([, tsName]) => tsName === structure.name)?.[0];
          const override = dumpName === undefined ? undefined : overrides.typeFor(flavour, cls.name, member.name, dumpName);
          if (override !== undefined) structure.type = override;
        }
      }
      const docs = memberDocs(context, cls, member, parameters.names);
      const returnType =
        (overridden ? overrides.typeFor(flavour, cls.name, member.name) : undefined) ?? returnTypeText(member.returnType, types, `${path}.ReturnType`);
      return { kind: 'method', member, key, docs, parameters: parameters.structures, returnType };
    }
    default: {
      const unknown: never = member;
      throw new Error(`unhandled member kind ${JSON.stringify(unknown)}`);
    }
  }
}

export function typedMembers(context: MemberTypingContext, cls: DumpClass): TypedMember[] {
  const classPath = `Classes[${context.source.dump.classes.indexOf(cls)}]`;
  const typed: TypedMember[] = [];
  const members = cls.members;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (isScriptAccessible(member)) typed.push(typeMember(context, cls, member, `${classPath}.Members[${i}]`));
  }
  return typed;
}

/**
 * Names of the members of a class that scripts can reach, made once per class: every subclass
 * asks about its ancestors' names, and Instance alone has a few hundred.
 */
const declaredNamesCache = new WeakMap<DumpClass, ReadonlySet<string>>();

function declaredNames(cls: DumpClass): ReadonlySet<string> {
  let names = declaredNamesCache.get(cls);
  if (names === undefined) {
    names = new Set(declaredMembers(cls).map((m) => m.name));
    declaredNamesCache.set(cls, names);
  }
  return names;
}

/**
 * Names of `cls`'s declared members that an ancestor also declares. The subclass redefines them,
 * often with another signature (`CollectionService.AddTag` vs `Instance.AddTag`), so the interface
 * extends its parent without them (`Omit<Instance, "AddTag">`) instead of failing with TS2430.
 */
export function redefinedMemberNames(index: ApiModel, cls: DumpClass): string[] {
  const ancestors = index.ancestorsOf(cls.name).map((ancestor) => declaredNames(ancestor.source));
  const redefined: string[] = [];
  if (ancestors.length === 0) return redefined;
  for (const name of declaredNames(cls)) {
    for (const names of ancestors) {
      if (names.has(name)) {
        redefined.push(name);
        break;
      }
    }
  }
  return redefined;
}
