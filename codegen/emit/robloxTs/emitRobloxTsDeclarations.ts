/**
 * The roblox-ts flavour → `typings/index.d.ts` (the `rbx-webstream-types` package): ambient declarations in the conventions of
 * @rbxts/types that merge into it rather than compete with it. Class interfaces re-open the
 * existing ones (same `extends`, members with identical types, methods with a `this:` parameter,
 * so they merge as overloads that carry our JSDoc and the typed `WebStreamRequestOptions`); enum
 * items re-open the per-item interfaces. Per-item consts and union types already exist in
 * @rbxts/types and cannot be declared twice (TS2451, TS2300), so they are not emitted.
 */
import type { InterfaceDeclarationStructure, StatementStructures } from 'ts-morph';
import type { DumpClass, DumpEnum } from '../../dump/types.js';
import { ROOT_SUPERCLASS } from '../../dump/types.js';
import { splitMembers } from '../declarations/createClassInterface.js';
import { createOverlayInterfaces } from '../declarations/createSupportDeclarations.js';
import { resolveTypeOverrides, type OverrideMode } from '../declarations/resolveTypeOverrides.js';
import { OVERLAY_TYPES, TYPE_OVERRIDES } from '../declarations/typeOverrides.js';
import { typedMembers, type MemberTypingContext } from '../declarations/typedMembers.js';
import { emitModel } from '../shared/emitSource.js';
import { classDocFacts, enumItemDocFacts } from '../shared/docFacts.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { REFERENCE_BESIDE_DECLARATIONS } from '../shared/referenceLinks.js';
import { markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { classTypeName, enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { stringLiteral } from '../typescript/literal.js';
import { printStructures } from '../typescript/printStructures.js';
import { NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { LEFT_TO_RBXTS_TYPES } from './robloxTsPolicy.js';

export const ROBLOX_TS_DECLARATIONS_PATH = 'typings/index.d.ts';

function createAugmentedClass(context: MemberTypingContext, cls: DumpClass): InterfaceDeclarationStructure | undefined {
  const members = splitMembers(typedMembers(context, cls));
  if (members.length === 0) return undefined;
  const typeName = classTypeName(cls.name);
  return {
    kind: STRUCTURE_KIND.Interface,
    name: typeName,
    extends: cls.superclass === ROOT_SUPERCLASS ? [] : [classTypeName(cls.superclass)],
    docs: [toJsDoc(classDocFacts(context.source, cls))],
    properties: members.flatMap((m) => (m.kind === 'method' ? [] : [{ name: m.key, type: m.type, isReadonly: m.isReadonly, docs: [m.docs] }])),
    methods: members.flatMap((m) =>
      m.kind === 'method' ? [{ name: m.key, parameters: [{ name: 'this', type: typeName }, ...m.parameters], returnType: m.returnType, docs: [m.docs] }] : [],
    ),
  };
}

function createAugmentedEnum(source: EmitSource, dumpEnum: DumpEnum): StatementStructures {
  const typeName = enumTypeName(dumpEnum.name);
  return {
    kind: STRUCTURE_KIND.Module,
    name: typeName,
    isExported: true,
    docs: [tsDocText(`Documentation for the items of ${markdownText(`Enum.${dumpEnum.name}`)}, merged into @rbxts/types.`)],
    declarationKind: NAMESPACE_DECLARATION,
    statements: dumpEnum.items.map((item) => ({
      kind: STRUCTURE_KIND.Interface,
      name: enumItemTypeName(item.name),
      isExported: true,
      extends: ['globalThis.EnumItem'],
      docs: [toJsDoc(enumItemDocFacts(source, dumpEnum, item))],
      properties: [
        { name: 'Name', type: stringLiteral(item.name) },
        { name: 'Value', type: String(item.value) },
        { name: 'EnumType', type: `typeof globalThis.Enum.${typeName}` },
      ],
    })),
  };
}

export interface RobloxTsDeclarations {
  readonly file: EmittedFile;
}

export function emitRobloxTsDeclarations(source: EmitSource, options: { readonly overrideMode: OverrideMode }): RobloxTsDeclarations {
  const index = emitModel(source);
  const overrides = resolveTypeOverrides(source.dump, TYPE_OVERRIDES, options.overrideMode, source.dumpFile);
  const context: MemberTypingContext = { source, index, overrides, types: { flavour: 'robloxTs', dumpFile: source.dumpFile } };
  const classes = index.classes.filter((cls) => LEFT_TO_RBXTS_TYPES[cls.name] === undefined).flatMap((cls) => createAugmentedClass(context, cls.source) ?? []);
  const statements: StatementStructures[] = [
    ...createOverlayInterfaces(OVERLAY_TYPES, 'robloxTs', false),
    ...classes,
    {
      kind: STRUCTURE_KIND.Module,
      name: 'Enum',
      hasDeclareKeyword: true,
      docs: ['Enum item types of the slice, merged into the Enum namespace of @rbxts/types.'],
      declarationKind: NAMESPACE_DECLARATION,
      statements: index.enums.map((dumpEnum) => createAugmentedEnum(source, dumpEnum.source)),
    },
  ];
  const text = printStructures(statements);
  return { file: { path: ROBLOX_TS_DECLARATIONS_PATH, contents: scriptHeader(source) + text } };
}

/**
 * The `generate` emitter. The typings package links to the copy of the reference pages it ships
 * (`typings/reference/`, `typingsReferenceEmitter`) unless the caller says otherwise.
 */
export function robloxTsDeclarationsEmitter(source: EmitSource): EmittedFile[] {
  const linked = source.referenceBase === undefined ? { ...source, referenceBase: REFERENCE_BESIDE_DECLARATIONS } : source;
  return [emitRobloxTsDeclarations(linked, { overrideMode: 'strict' }).file];
}
