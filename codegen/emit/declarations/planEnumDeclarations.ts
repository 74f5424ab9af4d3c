/**
 * What the three Node declarations of one dump enum say (see createEnumDeclarations.ts), worked
 * out once: names, comments, the properties of the enum object and the union. The declarations
 * are built from this plan as structures (`createEnumDeclarations`) or printed from it as text
 * (`enumDeclarationTexts`, whole-API mode), so the two cannot disagree on content.
 */
import type { DumpEnum } from '../../dump/types.js';
import { enumDocFacts, enumItemDocFacts } from '../shared/docFacts.js';
import type { EmitSource } from '../shared/emitSource.js';
import { EmitError } from '../shared/EmitError.js';
import { markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import { toPropertyKey } from '../shared/identifiers.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { ENUM_OBJECT_METHODS } from './preludeDeclarations.js';

export interface EnumPlanItem {
  readonly name: string;
  readonly value: number;
  /** Its interface in the namespace (`Enum.WebStreamClientType.SSE`). */
  readonly typeName: string;
  readonly docs: string;
}

/** A property of the enum object interface: an item by name, or a legacy name of one. */
export interface EnumObjectProperty {
  readonly key: string;
  readonly type: string;
  readonly docs: string;
}

export interface EnumPlan {
  /** `WebStreamClientType`: the union, and the namespace of the item types. */
  readonly typeName: string;
  /** `WebStreamClientTypeEnum`: the enum object interface. */
  readonly objectName: string;
  /** JSDoc of the enum object and of the union. */
  readonly docs: string;
  /** JSDoc of the namespace of item types. */
  readonly namespaceDocs: string;
  readonly items: readonly EnumPlanItem[];
  readonly objectProperties: readonly EnumObjectProperty[];
  /** The union type of the items (`never` for an enum without items). */
  readonly union: string;
}

/** Name of the enum object interface: `WebStreamClientTypeEnum`. */
export function enumObjectTypeName(dumpEnum: DumpEnum): string {
  return `${enumTypeName(dumpEnum.name)}Enum`;
}

export function planEnumDeclarations(source: EmitSource, dumpEnum: DumpEnum, enumIndex: number): EnumPlan {
  const typeName = enumTypeName(dumpEnum.name);
  const docs = toJsDoc(enumDocFacts(source, dumpEnum));
  const itemTypeNames = new Map<string, string>();
  /** The values of `itemTypeNames`, for the clash check (a set: enums like KeyCode have hundreds of items). */
  const usedItemTypes = new Set<string>();
  const items: EnumPlanItem[] = [];
  const objectProperties: EnumObjectProperty[] = [];
  const keys = new Set<string>();

  dumpEnum.items.forEach((item, itemIndex) => {
    const itemType = enumItemTypeName(item.name);
    if (ENUM_OBJECT_METHODS.has(item.name) || usedItemTypes.has(itemType)) {
      throw new EmitError(
        'EMIT_NAME_COLLISION',
        source.dumpFile,
        `Enums[${enumIndex}].Items[${itemIndex}].Name`,
        `enum item ${dumpEnum.name}.${item.name} clashes with ${ENUM_OBJECT_METHODS.has(item.name) ? 'an enum method' : 'another item'} of the same TypeScript name`,
        'add a rename for the item in codegen/emit/shared/tsNames.ts',
      );
    }
    itemTypeNames.set(item.name, itemType);
    usedItemTypes.add(itemType);
    keys.add(item.name);
    const itemDocs = toJsDoc(enumItemDocFacts(source, dumpEnum, item));
    items.push({ name: item.name, value: item.value, typeName: itemType, docs: itemDocs });
    objectProperties.push({ key: toPropertyKey(item.name), type: `Enum.${typeName}.${itemType}`, docs: itemDocs });
  });

  // Legacy names are aliases of their item on the enum object (`Enum.AssetType.TeeShirt`).
  for (const item of dumpEnum.items) {
    for (const legacy of item.legacyNames ?? []) {
      if (keys.has(legacy) || ENUM_OBJECT_METHODS.has(legacy)) continue;
      keys.add(legacy);
      objectProperties.push({
        key: toPropertyKey(legacy),
        type: `Enum.${typeName}.${itemTypeNames.get(item.name) ?? enumItemTypeName(item.name)}`,
        docs: `${tsDocText(`Legacy name of ${markdownText(item.name)}.`)}\n@deprecated ${tsDocText(`Use ${markdownText(item.name)} instead.`)}`,
      });
    }
  }

  return {
    typeName,
    objectName: enumObjectTypeName(dumpEnum),
    docs,
    namespaceDocs: tsDocText(`The item types of ${markdownText(`Enum.${dumpEnum.name}`)}, one interface per item.`),
    items,
    objectProperties,
    union: items.length === 0 ? 'never' : items.map((item) => `${typeName}.${item.typeName}`).join(' | '),
  };
}
