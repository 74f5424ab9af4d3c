/**
 * The ts-morph enum values our structures are built with (`kind`, `declarationKind`), as local
 * constants. Importing them from ts-morph would load ts-morph and the TypeScript compiler it
 * bundles (~0.6 s of a cold `generate --all`) only to read a few numbers and strings: every
 * `.ts`/`.d.ts` output is printed by `printStructures`, not by ts-morph. The types still come
 * from ts-morph (`import type`, erased at run time), so the compiler checks every value against
 * ts-morph's enum member, and `test/codegen/emit/typescript/structureKinds.test.ts` compares them
 * with the real enums at run time.
 */
import type { ModuleDeclarationKind, StructureKind, VariableDeclarationKind } from 'ts-morph';

/** The statement kinds our outputs use (and `printStructures` prints). */
export const STRUCTURE_KIND: {
  readonly Class: StructureKind.Class;
  readonly ImportDeclaration: StructureKind.ImportDeclaration;
  readonly Interface: StructureKind.Interface;
  readonly Module: StructureKind.Module;
  readonly TypeAlias: StructureKind.TypeAlias;
  readonly VariableStatement: StructureKind.VariableStatement;
} = {
  Class: 2,
  ImportDeclaration: 16,
  Interface: 19,
  Module: 29,
  TypeAlias: 38,
  VariableStatement: 41,
};

/**
 * A string enum member from its value. A string literal is not assignable to a string enum, so
 * the value is typed as the member's text (`${E}`): a wrong value fails to compile.
 */
function stringEnumMember<E extends string>(value: `${E}`): E {
  return value as E;
}

/** `namespace N { ... }` (ts-morph's `ModuleDeclarationKind.Namespace`). */
export const NAMESPACE_DECLARATION = stringEnumMember<ModuleDeclarationKind.Namespace>('namespace');

/** `const x: T` (ts-morph's `VariableDeclarationKind.Const`). */
export const CONST_DECLARATION = stringEnumMember<VariableDeclarationKind.Const>('const');
