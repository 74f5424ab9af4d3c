/**
 * The one TypeScript printer gives ts-morph's layout byte for byte (ts-morph's `printStructure`
 * is the reference, loaded only here), for the Node declarations of the slice and for every kind
 * of statement the emitters build: interfaces, namespaces, type aliases, classes of the stubs,
 * imports and variables. Multi-line initializers are the one deliberate difference.
 */
import { describe, expect, it } from 'vitest';
import { ModuleDeclarationKind, Scope, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { buildNodeDeclarationStructures } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { printStructures } from '../../../../codegen/emit/typescript/printStructures.js';
import { sliceSource } from '../fixtures/sliceSource.js';
import { printWithTsMorph } from './printWithTsMorph.js';

describe('printStructures', () => {
  it('prints the slice declarations byte for byte as ts-morph does', () => {
    const { statements } = buildNodeDeclarationStructures(sliceSource, { overrideMode: 'strict' });
    expect(printStructures(statements)).toBe(printWithTsMorph(statements));
  });

  it.each<[string, StatementStructures[]]>([
    ['an empty interface', [{ kind: StructureKind.Interface, name: 'A', isExported: true }]],
    [
      'a variable after an interface, then a namespace',
      [
        { kind: StructureKind.Interface, name: 'A', properties: [{ name: 'x', type: 'number' }] },
        {
          kind: StructureKind.VariableStatement,
          hasDeclareKeyword: true,
          declarationKind: VariableDeclarationKind.Const,
          declarations: [{ name: 'a', type: 'A' }],
        },
        { kind: StructureKind.TypeAlias, name: 'T', type: 'A' },
        {
          kind: StructureKind.Module,
          name: 'N',
          hasDeclareKeyword: true,
          declarationKind: ModuleDeclarationKind.Namespace,
          statements: [
            { kind: StructureKind.TypeAlias, name: 'U', type: 'string', docs: ['one line'] },
            {
              kind: StructureKind.Module,
              name: 'M',
              declarationKind: ModuleDeclarationKind.Namespace,
              statements: [
                {
                  kind: StructureKind.Interface,
                  name: 'I',
                  docs: ['two\nlines', 'trailing space '],
                  methods: [
                    {
                      name: 'f',
                      parameters: [
                        { name: 'a', type: 'number', hasQuestionToken: true },
                        { name: 'r', type: 'unknown[]', isRestParameter: true },
                      ],
                      returnType: 'void',
                      docs: ['\nleading blank\n\nmiddle blank'],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    ],
    [
      'type parameters, extends and only methods',
      [
        {
          kind: StructureKind.Interface,
          name: 'S',
          typeParameters: [{ name: 'T', constraint: '(...args: any[]) => void', default: '() => void' }, 'U'],
          extends: ['A', 'B<T>'],
          methods: [{ name: 'g', returnType: 'T' }],
        },
      ],
    ],
    [
      'imports, constants with initializers and an abstract class (the stubs)',
      [
        { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../index.js', namedImports: ['A', 'B'] },
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: './Base.js', namedImports: ['BaseStub'] },
        { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../node/index.js', namespaceImport: 'Declared' },
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: ['Names.'],
          declarations: [{ name: 'Names', initializer: '["a", "b\\"c"] as const' }],
        },
        {
          kind: StructureKind.Class,
          name: 'AStub',
          isExported: true,
          isAbstract: true,
          extends: 'BaseStub',
          implements: ['A'],
          docs: ['What A needs.\n@see [A](./A.md)'],
          properties: [
            { name: 'State', type: 'number', isAbstract: true, isReadonly: true, docs: ['first\n\nsecond'] },
            { name: 'Changed', type: 'Signal<() => void>', isAbstract: true, isReadonly: true, hasOverrideKeyword: true, docs: ['one line'] },
          ],
          methods: [
            { name: 'Close', isAbstract: true, returnType: 'void', docs: ['closes'] },
            { name: 'Send', isAbstract: true, hasOverrideKeyword: true, parameters: [{ name: 'data', type: 'string' }], returnType: 'void' },
          ],
        },
        { kind: StructureKind.Class, name: 'Empty', isExported: true, isAbstract: true, implements: ['B'] },
        { kind: StructureKind.Class, name: 'OnlyMethods', isAbstract: true, methods: [{ name: 'f', isAbstract: true }] },
      ],
    ],
  ])('matches ts-morph on %s', (_, statements) => {
    expect(printStructures(statements)).toBe(printWithTsMorph(statements));
  });

  // The comment printer has a fast path for comments without empty lines or CR; every shape of
  // line breaks must still come out as ts-morph lays it out, at the top level and nested.
  it.each([
    'two\nlines',
    '\nleading empty line',
    '\r\nleading CRLF',
    '\n\ntwo leading empty lines',
    'trailing empty line\n',
    'two trailing\n\n',
    'middle\n\nempty',
    'crlf\r\nlines\r\n\r\nand blank',
    'lone \r stays inside\na line',
    '\n',
    '\n\n',
    ' spaced \n  lines  ',
    '@see [A](./A.md)\n@deprecated x',
  ])('matches ts-morph on the comment %j', (doc) => {
    const statements: StatementStructures[] = [
      { kind: StructureKind.Interface, name: 'I', docs: [doc], properties: [{ name: 'p', type: 'string', docs: [doc] }] },
      {
        kind: StructureKind.Module,
        name: 'N',
        declarationKind: ModuleDeclarationKind.Namespace,
        statements: [{ kind: StructureKind.Interface, name: 'J', methods: [{ name: 'm', docs: [doc, 'one line'] }] }],
      },
    ];
    expect(printStructures(statements)).toBe(printWithTsMorph(statements));
  });

  it('indents the lines of a multi-line type to its block instead of a hanging indent', () => {
    const statements: StatementStructures[] = [{ kind: StructureKind.Interface, name: 'C', properties: [{ name: 'x', type: '[\n  true,\n]' }] }];
    expect(printStructures(statements)).toBe('interface C {\n  x: [\n    true,\n  ];\n}\n');
  });

  it('refuses structures it does not print rather than printing them differently', () => {
    expect(() => printStructures([{ kind: StructureKind.Enum, name: 'E' }])).toThrow(/a statement of StructureKind \d+ is not supported/);
    expect(() => printStructures([{ kind: StructureKind.Interface, name: 'I', docs: [{ description: 'x' }] }])).toThrow(/a JSDoc structure/);
    expect(() => printStructures([{ kind: StructureKind.Class, name: 'C', methods: [{ name: 'f', statements: ['return;'] }] }])).toThrow(
      /a class method with a body/,
    );
    expect(() => printStructures([{ kind: StructureKind.Class, name: 'C', properties: [{ name: 'p', scope: Scope.Private }] }])).toThrow(
      /a scope, static, async or default-export modifier/,
    );
  });
});
