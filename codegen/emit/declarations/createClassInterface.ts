/**
 * One dump class → one exported interface of the Node declarations: properties (`readonly` when
 * scripts cannot set them), events as `RBXScriptSignal<(named params) => void>`, callbacks as
 * optional function fields, functions as methods. The interface extends its superclass, leaving
 * out members the class redefines.
 */
import type { InterfaceDeclarationStructure, MethodSignatureStructure, OptionalKind, PropertySignatureStructure } from 'ts-morph';
import type { DumpClass } from '../../dump/types.js';
import { ROOT_SUPERCLASS } from '../../dump/types.js';
import { classDocFacts } from '../shared/docFacts.js';
import { toStringLiteral } from '../shared/identifiers.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { classTypeName } from '../shared/tsNames.js';
import { STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { redefinedMemberNames, typedMembers, type MemberTypingContext, type TypedMember } from './typedMembers.js';

/** `RBXObject`, or `Omit<Instance, "AddTag">` when the class redefines inherited members. */
export function extendsClause(context: MemberTypingContext, cls: DumpClass): string[] {
  if (cls.superclass === ROOT_SUPERCLASS) return [];
  const parent = classTypeName(cls.superclass);
  const redefined = redefinedMemberNames(context.index, cls);
  return redefined.length === 0 ? [parent] : [`Omit<${parent}, ${redefined.map(toStringLiteral).join(' | ')}>`];
}

/** Fields (properties, events, callbacks) before methods, each group in dump order. */
export function splitMembers(members: readonly TypedMember[]) {
  const order = { property: 0, event: 1, callback: 2, method: 3 } as const;
  return [...members].sort((a, b) => order[a.kind] - order[b.kind]);
}

export function createClassInterface(context: MemberTypingContext, cls: DumpClass): InterfaceDeclarationStructure {
  const properties: OptionalKind<PropertySignatureStructure>[] = [];
  const methods: OptionalKind<MethodSignatureStructure>[] = [];
  for (const m of splitMembers(typedMembers(context, cls))) {
    if (m.kind === 'method') methods.push({ name: m.key, parameters: m.parameters, returnType: m.returnType, docs: [m.docs] });
    else properties.push({ name: m.key, type: m.type, isReadonly: m.isReadonly, docs: [m.docs] });
  }
  return {
    kind: STRUCTURE_KIND.Interface,
    name: classTypeName(cls.name),
    isExported: true,
    extends: extendsClause(context, cls),
    docs: [toJsDoc(classDocFacts(context.source, cls))],
    properties,
    methods,
  };
}
