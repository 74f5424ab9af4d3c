import { describe, expect, it } from 'vitest';
import { ModuleDeclarationKind, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { buildNodeDeclarationStructures } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { printWithTsMorph } from '../../../../codegen/emit/declarations/printWithTsMorph.js';
import { printDeclarations } from '../../../../codegen/emit/declarations/printDeclarations.js';
import { sliceSource } from '../fixtures/sliceSource.js';

describe('printDeclarations', () => {
  it('prints the slice declarations byte for byte as ts-morph does', () => {
    const { statements } = buildNodeDeclarationStructures(sliceSource, { overrideMode: 'strict' });
    expect(printDeclarations(statements)).toBe(printWithTsMorph(statements));
  });

  it.each<[string, StatementStructures[]]>([
    ['an empty interface', [{ kind: StructureKind.Interface, name: 'A', isExported: true }]],
    ['a variable after an interface, then a namespace', [
      { kind: StructureKind.Interface, name: 'A', properties: [{ name: 'x', type: 'number' }] },
      { kind: StructureKind.VariableStatement, hasDeclareKeyword: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'a', type: 'A' }] },
      { kind: StructureKind.TypeAlias, name: 'T', type: 'A' },
      { kind: StructureKind.Module, name: 'N', hasDeclareKeyword: true, declarationKind: ModuleDeclarationKind.Namespace, statements: [
        { kind: StructureKind.TypeAlias, name: 'U', type: 'string', docs: ['one line'] },
        { kind: StructureKind.Module, name: 'M', declarationKind: ModuleDeclarationKind.Namespace, statements: [
          { kind: StructureKind.Interface, name: 'I', docs: ['two\nlines', 'trailing space '], methods: [{ name: 'f', parameters: [{ name: 'a', type: 'number', hasQuestionToken: true }, { name: 'r', type: 'unknown[]', isRestParameter: true }], returnType: 'void', docs: ['\nleading blank\n\nmiddle blank'] }] },
        ] },
      ] },
    ]],
    ['type parameters, extends and only methods', [
      { kind: StructureKind.Interface, name: 'S', typeParameters: [{ name: 'T', constraint: '(...args: any[]) => void', default: '() => void' }, 'U'], extends: ['A', 'B<T>'], methods: [{ name: 'g', returnType: 'T' }] },
    ]],
  ])('matches ts-morph on %s', (_, statements) => {
    expect(printDeclarations(statements)).toBe(printWithTsMorph(statements));
  });

  it('refuses structures it does not print rather than printing them differently', () => {
    expect(() => printDeclarations([{ kind: StructureKind.Class, name: 'C' }])).toThrow(/a Class statement is not supported/);
    expect(() => printDeclarations([{ kind: StructureKind.Interface, name: 'I', docs: [{ description: 'x' }] }])).toThrow(/a JSDoc structure/);
  });
});
