/**
 * `conformance/typeLevel.ts`: compile-time checks that the generated declarations (`Declared`,
 * node/index.d.ts) and a runtime's own types (`Runtime`) give each member the dump's types (the
 * runtime may refine them) — property types and ReadOnly, function parameter counts, parameter
 * and return types, event handler parameters — and each enum item its literal Name and Value.
 * Dump types without a fixed TypeScript form (DataTypes, Group types such as Dictionary, which
 * the declarations refine with overrides) are checked by count only.
 *
 * The checks form one generic interface, `TypeLevelChecks<Runtime>`, with one tuple of booleans
 * per member: generated code does not import the runtime (the runtime imports generated code),
 * so test/conformance/typeLevel.ts instantiates it with the runtime's types and requires every
 * tuple to be all `true`.
 */
import type { PropertySignatureStructure, OptionalKind, StatementStructures } from 'ts-morph';
import type { ApiModel, ModelClass, ModelMember, ModelType } from '../../model/types.js';
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import { escapeDocText } from '../shared/escapeDocText.js';
import { toIdentifier } from '../shared/identifiers.js';
import { classTypeName, enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { stringLiteral as lit } from '../typescript/literal.js';
import { STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { allMembers, liveClassNames, parametersInWords, typeInWords } from './apiFacts.js';

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
 * Checks of one member of the type `subject`. The generated declarations (`exact`) must give
 * exactly the dump's types; the runtime's own types may refine them: narrower property, return
 * and handler argument types, wider parameter types (`Conforms`).
 */
function memberChecks(model: ApiModel, subject: string, member: ModelMember, exact: boolean): string[] {
  const access = `${subject}[${lit(member.name)}]`;
  const out: string[] = [];
  const count = (left: string, right: string): void => void out.push(`Equal<${left}, ${right}>`);
  /** `left` (what the subject gives) must be the dump type `right`, or for the runtime may stand for it. */
  const gives = (left: string, right: string): void => void out.push(exact ? `Equal<${left}, ${right}>` : `Conforms<${left}, ${right}>`);
  /** The subject must accept `right` (the dump type) where it takes `left`. */
  const takes = (left: string, right: string): void => void out.push(exact ? `Equal<${left}, ${right}>` : `Conforms<${right}, ${left}>`);
  switch (member.kind) {
    case 'Property': {
      const type = tsType(model, member.type);
      if (type !== undefined) gives(access, type);
      if (exact && member.source.tags.includes('ReadOnly')) out.push(`IsReadonly<${subject}, ${lit(member.name)}>`);
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
  const what =
    member.kind === 'Property'
      ? `${member.source.tags.includes('ReadOnly') ? 'ReadOnly ' : ''}property of type ${typeInWords(member.type)}`
      : `${member.kind.toLowerCase()} ${parametersInWords(member.parameters)}`;
  return `${cls.name}.${member.name}${member.owner === cls.name ? '' : ` (from ${member.owner})`}: ${what}`;
}

function checkGroup(name: string, comment: string, checks: readonly string[]): OptionalKind<PropertySignatureStructure> {
  return { name, docs: [escapeDocText(comment)], isReadonly: true, type: `[\n${checks.map((check) => `  ${check},\n`).join('')}]` };
}

/** The check groups: one per member of each class (all members for the live classes), one per enum. */
function checkGroups(model: ApiModel, factory: ResolvedFactory): OptionalKind<PropertySignatureStructure>[] {
  const live = new Set(liveClassNames(model, factory));
  const groups: OptionalKind<PropertySignatureStructure>[] = [];
  for (const cls of model.classes) {
    const declared = `Declared.${classTypeName(cls.name)}`;
    const runtime = `Runtime[${lit(cls.name)}]`;
    const members = live.has(cls.name) ? allMembers(cls) : cls.members;
    for (const member of members) {
      const checks = [
        ...(member.owner === cls.name ? memberChecks(model, declared, member, true) : []),
        ...(live.has(cls.name) ? memberChecks(model, runtime, member, false) : []),
      ];
      if (checks.length > 0) groups.push(checkGroup(`${toIdentifier(cls.name)}_${toIdentifier(member.name)}`, memberComment(cls, member), checks));
    }
  }
  for (const enumeration of model.enums) {
    const names = enumeration.items.map((item) => lit(item.name));
    const union = `Declared.Enum.${enumTypeName(enumeration.name)}`;
    const checks = [`Equal<${union}["Name"], ${names.length === 0 ? 'never' : names.join(' | ')}>`];
    for (const item of enumeration.items) {
      const declaredItem = `Declared.Enum.${enumTypeName(enumeration.name)}.${enumItemTypeName(item.name)}`;
      const runtimeItem = `Runtime["Enum"][${lit(enumeration.name)}][${lit(item.name)}]`;
      checks.push(
        `Equal<${declaredItem}["Value"], ${item.value}>`,
        `Equal<${runtimeItem}["Name"], ${lit(item.name)}>`,
        `Equal<${runtimeItem}["Value"], ${item.value}>`,
      );
    }
    const list = enumeration.items.map((item) => `${item.name}=${item.value}`).join(', ');
    groups.push(checkGroup(`Enum_${toIdentifier(enumeration.name)}`, `Enum.${enumeration.name}: ${list}`, checks));
  }
  return groups;
}

/** The type helpers the checks are written with; exported for the harness to reuse. */
const HELPERS: readonly { name: string; typeParameters: string[]; type: string; doc: string }[] = [
  {
    name: 'Equal',
    typeParameters: ['A', 'B'],
    type: '(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false',
    doc: 'True when A and B are identical types (mutual assignability is not enough: readonly and any count).',
  },
  {
    name: 'Conforms',
    typeParameters: ['A', 'B'],
    type: '0 extends 1 & A ? false : [A] extends [B] ? true : false',
    doc: 'True when A can stand where B is expected and A is not `any`: how a runtime may refine the dump\'s types (`ClassName: "HttpService"` for `string`).',
  },
  {
    name: 'HandlerParameters',
    typeParameters: ['S'],
    type: 'S extends { Connect(handler: infer H): unknown } ? (H extends (...args: infer P) => unknown ? P : never) : never',
    doc: "The parameters a signal's handlers receive: `HandlerParameters<RBXScriptSignal<(a: A) => void>>` is `[a: A]`.",
  },
  {
    name: 'IsReadonly',
    typeParameters: ['T', 'K extends keyof T'],
    type: 'Equal<Pick<T, K>, Readonly<Pick<T, K>>>',
    doc: 'True when key K of T is declared readonly.',
  },
];

export function typeLevelStatements(model: ApiModel, factory: ResolvedFactory, doc: string): StatementStructures[] {
  const live = liveClassNames(model, factory);
  return [
    { kind: STRUCTURE_KIND.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../node/index.js', namespaceImport: 'Declared' },
    ...HELPERS.map((helper): StatementStructures => ({
      kind: STRUCTURE_KIND.TypeAlias,
      isExported: true,
      name: helper.name,
      typeParameters: helper.typeParameters,
      type: helper.type,
      docs: [helper.doc],
    })),
    {
      kind: STRUCTURE_KIND.TypeAlias,
      isExported: true,
      name: 'RuntimeShape',
      // `any` so that a check can index a member the runtime may lack; the check then fails, not the alias.
      type: `Readonly<Record<${[...live, 'Enum'].map(lit).join(' | ')}, any>>`,
      docs: [
        escapeDocText(`What TypeLevelChecks is instantiated with: a runtime's type for each live class of the dump (${live.join(', ')}) and for its Enum.`),
      ],
    },
    {
      kind: STRUCTURE_KIND.Interface,
      isExported: true,
      name: 'TypeLevelChecks',
      typeParameters: [{ name: 'Runtime', constraint: 'RuntimeShape' }],
      docs: [doc],
      properties: checkGroups(model, factory),
    },
  ];
}
