/**
 * The reference printing of the Node declarations: ts-morph's `printStructure` (no Project, no
 * parse). `printDeclarations` must give the same bytes; tests and bench/generateAll.ts compare
 * the two. Kept apart from the emitters so that importing them does not load ts-morph.
 */
import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';

export function printWithTsMorph(statements: StatementStructures[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });
}
