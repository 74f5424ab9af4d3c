/**
 * One dump enum → three declarations of the Node flavour:
 * - the enum object interface `WebStreamClientTypeEnum` (items by name, legacy names as
 *   deprecated aliases, and `GetEnumItems`/`FromName`/`FromValue` from `RBXEnum`);
 * - a namespace `Enum.WebStreamClientType` with one interface per item, literal `Name` and `Value`;
 * - the union type `Enum.WebStreamClientType` of its items.
 * The value `Enum` (`Enum.WebStreamClientType.SSE`) is typed by the `Enums` interface.
 */
import type {
  InterfaceDeclarationStructure,
  ModuleDeclarationStructure,
  PropertySignatureStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { DumpEnum } from '../../dump/types.js';
import { enumDocFacts, enumItemDocFacts } from '../shared/docFacts.js';
import type { EmitSource } from '../shared/emitSource.js';
import { EmitError } from '../shared/EmitError.js';
import { markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import { toPropertyKey, toStringLiteral } from '../shared/identifiers.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { ENUM_OBJECT_METHODS } from './preludeDeclarations.js';
import { NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';

export interface EnumDeclarations {
  readonly objectInterface: InterfaceDeclarationStructure;
  readonly itemNamespace: ModuleDeclarationStructure;
  readonly union: TypeAliasDeclarationStructure;
}

/** Name of the enum object interface: `WebStreamClientTypeEnum`. */
export function enumObjectTypeName(dumpEnum: DumpEnum): string {
  return `${enumTypeName(dumpEnum.name)}Enum`;
}

export function createEnumDeclarations(source: EmitSource, dumpEnum: DumpEnum, enumIndex: number): EnumDeclarations {
  const typeName = enumTypeName(dumpEnum.name);
  const objectName = enumObjectTypeName(dumpEnum);
  const docs = toJsDoc(enumDocFacts(source, dumpEnum));
  const itemTypeNames = new Map<string, string>();
  /** The values of `itemTypeNames`, for the clash check (a set: enums like KeyCode have hundreds of items). */
  const usedItemTypes = new Set<string>();
  const itemInterfaces: InterfaceDeclarationStructure[] = [];
  const itemProperties: OptionalKind<PropertySignatureStructure>[] = [];
  const keys = new Set<string>();

  dumpEnum.items.forEach((item, itemIndex) => {
    const path = `Enums[${enumIndex}].Items[${itemIndex}]`;
    const itemType = enumItemTypeName(item.name);
    if (ENUM_OBJECT_METHODS.has(item.name) || usedItemTypes.has(itemType)) {
      throw new EmitError(
        'EMIT_NAME_COLLISION',
        source.dumpFile,
        `${path}.Name`,
        `enum item ${dumpEnum.name}.${item.name} clashes with ${ENUM_OBJECT_METHODS.has(item.name) ? 'an enum method' : 'another item'} of the same TypeScript name`,
        'add a rename for the item in codegen/emit/shared/tsNames.ts',
      );
    }
    itemTypeNames.set(item.name, itemType);
    usedItemTypes.add(itemType);
    keys.add(item.name);
    const itemDocs = toJsDoc(enumItemDocFacts(source, dumpEnum, item));
    itemInterfaces.push({
      kind: STRUCTURE_KIND.Interface,
      name: itemType,
      extends: ['EnumItem'],
      docs: [itemDocs],
      properties: [
        { name: 'Name', type: toStringLiteral(item.name), isReadonly: true },
        { name: 'Value', type: String(item.value), isReadonly: true },
        { name: 'EnumType', type: objectName, isReadonly: true },
      ],
    });
    itemProperties.push({ name: toPropertyKey(item.name), type: `Enum.${typeName}.${itemType}`, isReadonly: true, docs: [itemDocs] });
  });

  // Legacy names are aliases of their item on the enum object (`Enum.AssetType.TeeShirt`).
  for (const item of dumpEnum.items) {
    for (const legacy of item.legacyNames ?? []) {
      if (keys.has(legacy) || ENUM_OBJECT_METHODS.has(legacy)) continue;
      keys.add(legacy);
      itemProperties.push({
        name: toPropertyKey(legacy),
        type: `Enum.${typeName}.${itemTypeNames.get(item.name) ?? enumItemTypeName(item.name)}`,
        isReadonly: true,
        docs: [`${tsDocText(`Legacy name of ${markdownText(item.name)}.`)}\n@deprecated ${tsDocText(`Use ${markdownText(item.name)} instead.`)}`],
      });
    }
  }

  const union = dumpEnum.items.length === 0 ? 'never' : [...itemTypeNames.values()].map((name) => `${typeName}.${name}`).join(' | ');
  return {
    objectInterface: {
      kind: STRUCTURE_KIND.Interface,
      name: objectName,
      isExported: true,
      extends: [`RBXEnum<Enum.${typeName}>`],
      docs: [docs],
      properties: itemProperties,
    },
    itemNamespace: {
      kind: STRUCTURE_KIND.Module,
      name: typeName,
      docs: [tsDocText(`The item types of ${markdownText(`Enum.${dumpEnum.name}`)}, one interface per item.`)],
      declarationKind: NAMESPACE_DECLARATION,
      statements: itemInterfaces,
    },
    union: { kind: STRUCTURE_KIND.TypeAlias, name: typeName, type: union, docs: [docs] },
  };
}
