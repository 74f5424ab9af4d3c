/**
 * The three Node declarations of one enum (see createEnumDeclarations.ts) printed straight from
 * their plan, for whole-API mode: the bytes `printStructures` gives for the structures
 * `createEnumDeclarations` builds from the same plan (test/codegen/emit/declarations/
 * declarationTexts.test.ts compares them). A full dump has ~3,600 items, each an interface of
 * three properties plus a property of the enum object; as text they are a few concatenations.
 */
import { toStringLiteral } from '../shared/identifiers.js';
import { docComment } from '../typescript/docComment.js';
import type { EnumPlan } from './planEnumDeclarations.js';

export interface EnumDeclarationTexts {
  /** `export interface WebStreamClientTypeEnum …`, at the top level. */
  readonly objectInterface: string;
  /** `namespace WebStreamClientType { … }`, one level deep (inside `namespace Enum`). */
  readonly itemNamespace: string;
  /** `type WebStreamClientType = …;`, one level deep. */
  readonly union: string;
}

/** Each text ends in a newline, without blank lines around it. */
export function enumDeclarationTexts(plan: EnumPlan): EnumDeclarationTexts {
  const { typeName, objectName, docs } = plan;
  let objectInterface = `${docComment(docs, '')}export interface ${objectName} extends RBXEnum<Enum.${typeName}> {\n`;
  for (const p of plan.objectProperties) objectInterface += `${docComment(p.docs, '  ')}  readonly ${p.key}: ${p.type};\n`;
  const enumType = `      readonly EnumType: ${objectName};\n    }\n`;
  let itemNamespace = `${docComment(plan.namespaceDocs, '  ')}  namespace ${typeName} {\n`;
  plan.items.forEach((item, i) => {
    itemNamespace +=
      `${i > 0 ? '\n' : ''}${docComment(item.docs, '    ')}    interface ${item.typeName} extends EnumItem {\n` +
      `      readonly Name: ${toStringLiteral(item.name)};\n      readonly Value: ${String(item.value)};\n${enumType}`;
  });
  return {
    objectInterface: `${objectInterface}}\n`,
    itemNamespace: `${itemNamespace}  }\n`,
    union: `${docComment(docs, '  ')}  type ${typeName} = ${plan.union};\n`,
  };
}
