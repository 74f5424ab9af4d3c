/**
 * The view of `conformance/typeLevel.ts`: compile-time assertions that the generated declarations
 * (`Declared`, node/index.d.ts) and the runtime's own types (`Runtime`, from
 * test/conformance/runtimeTarget.ts) give each member the dump's types (the runtime may refine
 * them) — property types and
 * ReadOnly, function parameter counts, parameter and return types, event handler parameters —
 * and each enum item its literal Name and Value. Dump types without a fixed TypeScript form
 * (DataTypes, Group types such as Dictionary, which the declarations refine with overrides) are
 * checked by count only.
 */
import type { ApiModel, ModelClass, ModelMember, ModelType } from '../../model/types.js';
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import { toIdentifier } from '../shared/identifiers.js';
import { classTypeName, enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { allMembers, liveClassNames, parametersInWords, typeInWords } from './apiFacts.js';
import { tsLiteral as lit } from './tsLiteral.js';
import { tsDocText, tsLineCommentText } from '../escape/typescript.js';

/** Dump text for the one-line `/** … *\/` above each alias. */
const oneLineDoc = (text: string): string => tsDocText(tsLineCommentText(text));

export interface TypeAssertionGroupView {
  /** One-line description of what the group asserts, escaped for a `/** … *\/` comment. */
  readonly comment: string;
  readonly alias: string;
  readonly assertions: readonly string[];
}

export interface TypeLevelView {
  readonly groups: readonly TypeAssertionGroupView[];
}

const NUMBER_TYPES = new Set(['int', 'int64', 'float', 'double', 'number']);

/**
 * The TypeScript type of a dump type in the declarations, or undefined when it has no fixed form.
 * An enum parameter takes the item, its name or its value (`CastsToEnum`), as the engine casts them.
 */
function tsType(model: ApiModel, type: ModelType, position: 'parameter' | 'other' = 'other'): string | undefined {
  if (type.nullable) return undefined;
  if (type.category === 'Primitive') {
    if (NUMBER_TYPES.has(type.name)) return 'number';
    if (type.name === 'string') return 'string';
    if (type.name === 'bool') return 'boolean';
    if (type.name === 'null') return 'void';
    return undefined;
  }
  if (type.category === 'Enum' && model.getEnum(type.name) !== undefined) {
    const item = `Declared.Enum.${enumTypeName(type.name)}`;
    return position === 'parameter' ? `Declared.CastsToEnum<${item}>` : item;
  }
  if (type.category === 'Class' && model.getClass(type.name) !== undefined) return `Declared.${classTypeName(type.name)}`;
  return undefined;
}

/**
 * Assertions about one member of the type `subject`. The generated declarations (`exact`) must
 * give exactly the dump's types; the runtime's own types may refine them: narrower property,
 * return and handler argument types, wider parameter types (`Conforms`).
 */
function memberAssertions(model: ApiModel, subject: string, member: ModelMember, exact: boolean): string[] {
  const access = `${subject}[${lit(member.name)}]`;
  const out: string[] = [];
  const count = (left: string, right: string): void => void out.push(`Expect<Equal<${left}, ${right}>>`);
  /** `left` (what the subject gives) must be the dump type `right`, or for the runtime may stand for it. */
  const gives = (left: string, right: string): void => void out.push(exact ? `Expect<Equal<${left}, ${right}>>` : `Expect<Conforms<${left}, ${right}>>`);
  /** The subject must accept `right` (the dump type) where it takes `left`. */
  const takes = (left: string, right: string): void => void out.push(exact ? `Expect<Equal<${left}, ${right}>>` : `Expect<Conforms<${right}, ${left}>>`);
  switch (member.kind) {
    case 'Property': {
      const type = tsType(model, member.type);
      if (type !== undefined) gives(access, type);
      if (exact && member.source.tags.includes('ReadOnly')) out.push(`Expect<IsReadonly<${subject}, ${lit(member.name)}>>`);
      break;
    }
    case 'Function':
    case 'Callback': {
      count(`Parameters<${access}>["length"]`, String(member.parameters.length));
      member.parameters.forEach((parameter, i) => {
        const type = tsType(model, parameter.type, 'parameter');
        if (type !== undefined) takes(`Parameters<${access}>[${i}]`, type);
      });
      const returned = member.returns.length === 1 && member.returns[0] !== undefined ? tsType(model, member.returns[0]) : undefined;
      if (returned !== undefined) gives(`ReturnType<${access}>`, returned);
      break;
    }
    case 'Event': {
      const types = member.parameters.map((parameter) => tsType(model, parameter.type));
      count(`HandlerParameters<${access}>["length"]`, String(member.parameters.length));
      if (types.every((type) => type !== undefined)) gives(`HandlerParameters<${access}>`, `[${types.join(', ')}]`);
      break;
    }
  }
  return out;
}

function memberComment(cls: ModelClass, member: ModelMember): string {
  const what = member.kind === 'Property' ? `${member.source.tags.includes('ReadOnly') ? 'ReadOnly ' : ''}property of type ${typeInWords(member.type)}` : `${member.kind.toLowerCase()} ${parametersInWords(member.parameters)}`;
  return `${cls.name}.${member.name}${member.owner === cls.name ? '' : ` (from ${member.owner})`}: ${what}`;
}

export function buildTypeLevelView(model: ApiModel, factory: ResolvedFactory): TypeLevelView {
  const live = new Set(liveClassNames(model, factory));
  const groups: TypeAssertionGroupView[] = [];
  for (const cls of model.classes) {
    const declared = `Declared.${classTypeName(cls.name)}`;
    const runtime = `Runtime[${lit(cls.name)}]`;
    const members = live.has(cls.name) ? allMembers(cls) : cls.members;
    for (const member of members) {
      const assertions = [
        ...(member.owner === cls.name ? memberAssertions(model, declared, member, true) : []),
        ...(live.has(cls.name) ? memberAssertions(model, runtime, member, false) : []),
      ];
      if (assertions.length > 0) groups.push({ comment: oneLineDoc(memberComment(cls, member)), alias: `${toIdentifier(cls.name)}_${toIdentifier(member.name)}`, assertions });
    }
  }
  for (const enumeration of model.enums) {
    const names = enumeration.items.map((item) => lit(item.name));
    const union = `Declared.Enum.${enumTypeName(enumeration.name)}`;
    const assertions = [`Expect<Equal<${union}["Name"], ${names.length === 0 ? 'never' : names.join(' | ')}>>`];
    for (const item of enumeration.items) {
      const declaredItem = `Declared.Enum.${enumTypeName(enumeration.name)}.${enumItemTypeName(item.name)}`;
      const runtimeItem = `Runtime["Enum"][${lit(enumeration.name)}][${lit(item.name)}]`;
      assertions.push(`Expect<Equal<${declaredItem}["Value"], ${item.value}>>`, `Expect<Equal<${runtimeItem}["Name"], ${lit(item.name)}>>`, `Expect<Equal<${runtimeItem}["Value"], ${item.value}>>`);
    }
    const list = enumeration.items.map((item) => `${item.name}=${item.value}`).join(', ');
    groups.push({ comment: oneLineDoc(`Enum.${enumeration.name}: ${list}`), alias: `Enum_${toIdentifier(enumeration.name)}`, assertions });
  }
  return { groups };
}
