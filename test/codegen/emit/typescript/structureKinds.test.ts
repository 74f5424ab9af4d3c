import { ModuleDeclarationKind, StructureKind, VariableDeclarationKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CONST_DECLARATION, NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../../../../codegen/emit/typescript/structureKinds.js';

describe('structureKinds', () => {
  it.each(Object.entries(STRUCTURE_KIND))('gives StructureKind.%s the value ts-morph gives it', (name, value) => {
    expect(StructureKind[name as keyof typeof StructureKind]).toBe(value);
  });

  it('gives the namespace and const declaration kinds the values ts-morph gives them', () => {
    expect(NAMESPACE_DECLARATION).toBe(ModuleDeclarationKind.Namespace);
    expect(CONST_DECLARATION).toBe(VariableDeclarationKind.Const);
  });
});
