/** The TypeScript escapers, checked by the TypeScript scanner and parser themselves. */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LINE_BREAK, spellInvisible } from '../../../../codegen/emit/escape/visible.js';
import {
  isTsIdentifier,
  tsDocComment,
  tsDocText,
  tsIdentifier,
  tsLineCommentText,
  tsPropertyKey,
  tsStringLiteral,
} from '../../../../codegen/emit/escape/typescript.js';
import { EmitError } from '../../../../codegen/emit/shared/EmitError.js';

const HOSTILE = [
  '*/ export const pwned = 1; /*',
  'a\nb',
  'a\rb',
  'a\u2028b',
  'a\u2029b',
  'nul\u0000',
  'lone \ud800 high',
  'lone \udc00 low',
  '`${x}`',
  '"\'',
  '</script>',
  '{{x}}',
  '--!>',
  'javascript:alert(1)',
  '@param x',
  '\u202Eevil',
];

/** Parses `source` and returns its statements' kinds and diagnostics. */
function parse(source: string): { kinds: ts.SyntaxKind[]; errors: number } {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const errors = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.length;
  return { kinds: file.statements.map((s) => s.kind), errors };
}

describe('tsDocText', () => {
  it.each([
    ['leaves ordinary text alone', 'Fires when the server answered.', 'Fires when the server answered.'],
    ['breaks a comment end', 'a */ b', 'a *\\/ b'],
    ['breaks a comment start', 'a /* b', 'a /\\* b'],
    ['escapes a tag at line start', 'first\n@param x', 'first\n\\@param x'],
    ['escapes an indented tag at line start', '  @returns', '  \\@returns'],
    ['leaves an @ inside a line', 'mail me@example.com', 'mail me@example.com'],
    ['normalises CRLF, CR, U+2028 and U+2029', 'a\r\nb\rc\u2028d\u2029e', 'a\nb\nc\nd\ne'],
    ['spells NUL, lone surrogates and bidi overrides', 'a\u0000b\ud800c\u202E', 'a\\u0000b\\uD800c\\u202E'],
    ['keeps surrogate pairs', 'emoji 😀', 'emoji 😀'],
  ])('%s', (_, text, expected) => {
    expect(tsDocText(text)).toBe(expected);
  });

  // tsDocText skips its passes when nothing in the text could change; that must never change
  // the result. The reference is the five passes, always run.
  it('gives the same text as always running every pass, for any text', () => {
    const allPasses = (text: string) =>
      spellInvisible(text.replace(LINE_BREAK, '\n'))
        .replace(/\*\//g, '*\\/')
        .replace(/\/\*/g, '/\\*')
        .replace(/^([ \t]*)@/gm, '$1\\@');
    const piece = fc.oneof(
      fc.constantFrom('*', '/', '@', ' ', '\t', '\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\u0000', '\u001b', '\u007f', '\u00a0'),
      fc.constantFrom('\ufeff', '\u202e', '\u2066', '\ud800', '\udc00', '😀', 'a', 'Z', '.', '(', '`'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(tsDocText(text)).toBe(allPasses(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(HOSTILE)('keeps %j inside one comment', (text) => {
    const source = `${tsDocComment(text)}\nexport type T = 1;\n`;
    expect(parse(source)).toEqual({ kinds: [ts.SyntaxKind.TypeAliasDeclaration], errors: 0 });
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    const tags = ts.getJSDocTags(file.statements[0]!);
    expect(tags).toEqual([]);
  });
});

describe('tsLineCommentText', () => {
  it.each(HOSTILE)('keeps %j on one // line', (text) => {
    expect(parse(`// ${tsLineCommentText(text)}\nexport type T = 1;\n`)).toEqual({ kinds: [ts.SyntaxKind.TypeAliasDeclaration], errors: 0 });
  });
});

describe('tsStringLiteral', () => {
  it.each(HOSTILE)('round-trips %j through the TypeScript scanner', (text) => {
    const source = `export const s = ${tsStringLiteral(text)};\n`;
    expect(parse(source)).toEqual({ kinds: [ts.SyntaxKind.VariableStatement], errors: 0 });
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    const declaration = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0]!;
    expect((declaration.initializer as ts.StringLiteral).text).toBe(text);
  });

  it('escapes U+2028 and U+2029, which end a TypeScript string', () => {
    expect(tsStringLiteral('a\u2028b\u2029')).toBe('"a\\u2028b\\u2029"');
  });
});

describe('identifiers', () => {
  it('accepts plain names and refuses others with file, JSON path and fix', () => {
    expect(tsIdentifier('WebStreamClient', { file: 'dump.json', jsonPath: 'Classes[0].Name' })).toBe('WebStreamClient');
    expect(isTsIdentifier('function')).toBe(false);
    expect(isTsIdentifier('a-b')).toBe(false);
    let error: unknown;
    try {
      tsIdentifier('a*/b', { file: 'dump.json', jsonPath: 'Classes[3].Name' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EmitError);
    expect((error as EmitError).code).toBe('EMIT_INVALID_NAME');
    expect((error as EmitError).message).toMatch(
      /^dump\.json: Classes\[3\]\.Name: the name "a\*\/b" cannot be written as a TypeScript identifier here\n {2}Fix: rename it/,
    );
  });

  it.each(HOSTILE)('quotes %j as a property key that parses', (text) => {
    expect(parse(`export interface I { ${tsPropertyKey(text)}: 1 }\n`)).toEqual({ kinds: [ts.SyntaxKind.InterfaceDeclaration], errors: 0 });
  });

  it('leaves identifier names bare as keys, reserved words included', () => {
    expect(tsPropertyKey('Name')).toBe('Name');
    expect(tsPropertyKey('default')).toBe('default');
    expect(tsPropertyKey('Auto-Recovery Path')).toBe('"Auto-Recovery Path"');
  });
});
