/**
 * The reference for `printStructures`' layout: ts-morph's own `printStructure` (no Project, no
 * parse), used only by tests and the benchmark to compare bytes. The generator never loads it.
 */
import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';

export function printWithTsMorph(statements: readonly StatementStructures[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { indentNumberOfSpaces: 2 });
}
