/**
 * One dump enum → three declarations of the Node flavour:
 * - the enum object interface `WebStreamClientTypeEnum` (items by name, legacy names as
 *   deprecated aliases, and `GetEnumItems`/`FromName`/`FromValue` from `RBXEnum`);
 * - a namespace `Enum.WebStreamClientType` with one interface per item, literal `Name` and `Value`;
 * - the union type `Enum.WebStreamClientType` of its items.
 * The value `Enum` (`Enum.WebStreamClientType.SSE`) is typed by the `Enums` interface. What they
 * say is planned in planEnumDeclarations.ts; here they become ts-morph structures (whole-API mode
 * prints the same plan as text instead: enumDeclarationTexts.ts).
 */
import type { InterfaceDeclarationStructure, ModuleDeclarationStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import { toStringLiteral } from '../shared/identifiers.js';
import { NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';
import type { EnumPlan } from './planEnumDeclarations.js';

export interface EnumDeclarations {
  readonly objectInterface: InterfaceDeclarationStructure;
  readonly itemNamespace: ModuleDeclarationStructure;
  readonly union: TypeAliasDeclarationStructure;
}

export function createEnumDeclarations(plan: EnumPlan): EnumDeclarations {
  const { typeName, objectName, docs } = plan;
  return {
    objectInterface: {
      kind: STRUCTURE_KIND.Interface,
      name: objectName,
      isExported: true,
      extends: [`RBXEnum<Enum.${typeName}>`],
      docs: [docs],
      properties: plan.objectProperties.map((p) => ({ name: p.key, type: p.type, isReadonly: true, docs: [p.docs] })),
    },
    itemNamespace: {
      kind: STRUCTURE_KIND.Module,
      name: typeName,
      docs: [plan.namespaceDocs],
      declarationKind: NAMESPACE_DECLARATION,
      statements: plan.items.map((item): InterfaceDeclarationStructure => ({
        kind: STRUCTURE_KIND.Interface,
        name: item.typeName,
        extends: ['EnumItem'],
        docs: [item.docs],
        properties: [
          { name: 'Name', type: toStringLiteral(item.name), isReadonly: true },
          { name: 'Value', type: String(item.value), isReadonly: true },
          { name: 'EnumType', type: objectName, isReadonly: true },
        ],
      })),
    },
    union: { kind: STRUCTURE_KIND.TypeAlias, name: typeName, type: plan.union, docs: [docs] },
  };
}
