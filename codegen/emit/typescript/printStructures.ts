/**
 * The one way this generator writes TypeScript: ts-morph statement structures (interfaces,
 * classes, namespaces, type aliases, variable statements, imports) printed to text. Every `.ts`
 * and `.d.ts` under `generated/` — the Node and roblox-ts declarations, the stubs, the conformance
 * suite — is built as structures and printed here; values inside them go through the literal
 * escaping of `literal.ts`, comments through `escapeDocText`.
 *
 * The layout is ts-morph's `printStructure` with two-space indentation, byte for byte (tests
 * print every generated file both ways), except that lines after the first of a multi-line
 * initializer or type are indented to their block rather than given a hanging indent. ts-morph
 * routes every type through a fresh code-block-writer, which dominates whole-API mode (about
 * 0.7 s of CPU for the 0.734 dump) and loads the TypeScript compiler (~0.6 s); this printer does
 * the same layout with plain string building in a tenth of that and without loading ts-morph
 * (its types are erased at run time). Structures or fields it does not print are refused rather
 * than printed differently.
 */
import type {
  ClassDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  MethodDeclarationStructure,
  MethodSignatureStructure,
  ModuleDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertyDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  TypeParameterDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { multiLineDoc, singleLineDoc } from './docComment.js';
import { stringLiteral } from './literal.js';
import { STRUCTURE_KIND } from './structureKinds.js';
import { TextOut } from './TextOut.js';

type Docs = readonly (OptionalKind<JSDocStructure> | string)[] | undefined;

function unsupported(what: string): never {
  throw new Error(`printStructures: ${what} is not supported; extend codegen/emit/typescript/printStructures.ts (and its ts-morph comparison test) first`);
}

function printDocs(out: TextOut, docs: Docs): void {
  if (docs === undefined) return;
  for (const doc of docs) {
    if (typeof doc !== 'string') unsupported('a JSDoc structure (pass the comment text as a string)');
    if (!doc.includes('\n')) {
      out.write(singleLineDoc(doc));
      out.newLine();
      continue;
    }
    if (!out.atLineStart()) unsupported('a multi-line JSDoc in the middle of a line');
    out.writeComment(multiLineDoc(doc, out.indentation()));
  }
}

interface Modifiers {
  readonly isExported?: boolean;
  readonly hasDeclareKeyword?: boolean;
  readonly hasOverrideKeyword?: boolean;
  readonly isAbstract?: boolean;
  readonly isReadonly?: boolean;
}

/** In ts-morph's order: export, declare, override, abstract, readonly. */
function modifiers(node: object): string {
  const structure = node as Modifiers & {
    readonly scope?: unknown;
    readonly isStatic?: boolean;
    readonly isAsync?: boolean;
    readonly isDefaultExport?: boolean;
  };
  if (structure.scope !== undefined || structure.isStatic || structure.isAsync || structure.isDefaultExport)
    unsupported('a scope, static, async or default-export modifier');
  return (
    `${structure.isExported ? 'export ' : ''}${structure.hasDeclareKeyword ? 'declare ' : ''}` +
    `${structure.hasOverrideKeyword ? 'override ' : ''}${structure.isAbstract ? 'abstract ' : ''}${structure.isReadonly ? 'readonly ' : ''}`
  );
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') unsupported(`a non-string ${what}`);
  return value;
}

function typeParameters(parameters: readonly (OptionalKind<TypeParameterDeclarationStructure> | string)[] | undefined): string {
  if (!parameters || parameters.length === 0) return '';
  const list = parameters.map((p) => {
    if (typeof p === 'string') return p;
    const constraint = p.constraint === undefined ? '' : ` extends ${text(p.constraint, 'type parameter constraint')}`;
    const fallback = p.default === undefined ? '' : ` = ${text(p.default, 'type parameter default')}`;
    return `${p.name}${constraint}${fallback}`;
  });
  return `<${list.join(', ')}>`;
}

function parameterList(parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined): string {
  return (parameters ?? [])
    .map(
      (p) => `${p.isRestParameter ? '...' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${text(p.type, 'parameter type')}`}`,
    )
    .join(', ');
}

type AnyProperty = OptionalKind<PropertySignatureStructure> | OptionalKind<PropertyDeclarationStructure>;
type AnyMethod = OptionalKind<MethodSignatureStructure> | OptionalKind<MethodDeclarationStructure>;

function printProperty(out: TextOut, p: AnyProperty): void {
  if ('initializer' in p && p.initializer !== undefined) unsupported('a class property with an initializer');
  printDocs(out, p.docs);
  out.write(`${modifiers(p)}${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${text(p.type, 'property type')}`};`);
}

function printMethod(out: TextOut, m: AnyMethod, inClass: boolean): void {
  if (inClass && !('isAbstract' in m && m.isAbstract)) unsupported('a class method with a body');
  printDocs(out, m.docs);
  const returns = m.returnType === undefined ? '' : `: ${text(m.returnType, 'return type')}`;
  out.write(`${modifiers(m)}${m.name}${m.hasQuestionToken ? '?' : ''}${typeParameters(m.typeParameters)}(${parameterList(m.parameters)})${returns};`);
}

function heritage(keyword: string, clause: unknown): string {
  const list = Array.isArray(clause) ? clause.map((e) => text(e, `${keyword} clause`)) : clause === undefined ? [] : [text(clause, `${keyword} clause`)];
  return list.length > 0 ? `${keyword} ${list.join(', ')} ` : '';
}

function printInterface(out: TextOut, i: InterfaceDeclarationStructure): void {
  if (i.callSignatures?.length || i.constructSignatures?.length || i.indexSignatures?.length || i.getAccessors?.length || i.setAccessors?.length) {
    unsupported('an interface with call, construct or index signatures or accessors');
  }
  printDocs(out, i.docs);
  out.write(`${modifiers(i)}interface ${i.name}${typeParameters(i.typeParameters)} ${heritage('extends', i.extends)}`);
  out.block(() => {
    (i.properties ?? []).forEach((p, index) => {
      if (index > 0) out.newLine();
      printProperty(out, p);
    });
    if ((i.methods?.length ?? 0) > 0 && !out.atStartOfFirstLineOfBlock()) out.newLine();
    (i.methods ?? []).forEach((m, index) => {
      if (index > 0) out.newLine();
      printMethod(out, m, false);
    });
  });
}

/** A class of the stubs: abstract members only (no bodies, constructors or accessors). */
function printClass(out: TextOut, c: ClassDeclarationStructure): void {
  if (c.ctors?.length || c.getAccessors?.length || c.setAccessors?.length || c.staticBlocks?.length || c.decorators?.length) {
    unsupported('a class with constructors, accessors, static blocks or decorators');
  }
  printDocs(out, c.docs);
  out.write(
    `${modifiers(c)}class${c.name ? ` ${c.name}` : ''}${typeParameters(c.typeParameters)} ${heritage('extends', c.extends ?? undefined)}${heritage('implements', c.implements)}`,
  );
  out.block(() => {
    (c.properties ?? []).forEach((p, index) => {
      if (index > 0) out.newLine();
      printProperty(out, p);
    });
    // Outside an ambient context ts-morph separates methods by a blank line.
    (c.methods ?? []).forEach((m, index) => {
      if (index > 0 || !out.atStartOfFirstLineOfBlock()) out.blankLine();
      printMethod(out, m, true);
    });
  });
}

function printModule(out: TextOut, m: ModuleDeclarationStructure): void {
  printDocs(out, m.docs);
  out.write(`${modifiers(m)}${m.declarationKind ?? 'namespace'} ${m.name} `);
  out.block(() =>
    printStatements(out, typeof m.statements === 'string' || typeof m.statements === 'function' ? unsupported('namespace body text') : (m.statements ?? [])),
  );
}

function printTypeAlias(out: TextOut, t: TypeAliasDeclarationStructure): void {
  printDocs(out, t.docs);
  out.write(`${modifiers(t)}type ${t.name}${typeParameters(t.typeParameters)} = ${text(t.type, 'type alias')};`);
}

function printVariableStatement(out: TextOut, v: VariableStatementStructure): void {
  printDocs(out, v.docs);
  const declarations = v.declarations.map((d) => {
    if (d.hasExclamationToken) unsupported('a definite-assignment variable');
    const type = d.type === undefined ? '' : `: ${text(d.type, 'variable type')}`;
    const initializer = d.initializer === undefined ? '' : ` = ${text(d.initializer, 'initializer')}`;
    return `${d.name}${type}${initializer}`;
  });
  out.write(`${modifiers(v)}${v.declarationKind ?? 'let'} ${declarations.join(', ')};`);
}

function printImport(out: TextOut, i: ImportDeclarationStructure): void {
  const named = Array.isArray(i.namedImports) ? i.namedImports.map((name) => text(name, 'named import')) : [];
  if (i.defaultImport !== undefined || i.attributes || named.length > 0 === (i.namespaceImport !== undefined)) {
    unsupported('an import other than `import [type] { a, b } from "..."` or `import [type] * as n from "..."`');
  }
  const what = i.namespaceImport === undefined ? `{ ${named.join(', ')} }` : `* as ${i.namespaceImport}`;
  out.write(`import${i.isTypeOnly ? ' type' : ''} ${what} from ${stringLiteral(i.moduleSpecifier)};`);
}

function printStatements(out: TextOut, statements: readonly (StatementStructures | string | unknown)[]): void {
  for (const statement of statements) {
    if (typeof statement !== 'object' || statement === null || !('kind' in statement)) unsupported('a statement given as text');
    if (out.lastNonWhitespaceIsCloseBrace()) out.blankLineIfLastNot();
    else if (!out.atStartOfFirstLineOfBlock()) out.newLineIfLastNot();
    const s = statement as StatementStructures;
    switch (s.kind) {
      case STRUCTURE_KIND.Interface:
        if (!out.atStartOfFirstLineOfBlock()) out.blankLineIfLastNot();
        printInterface(out, s);
        break;
      case STRUCTURE_KIND.Class:
        if (!out.atStartOfFirstLineOfBlock()) out.blankLineIfLastNot();
        printClass(out, s);
        break;
      case STRUCTURE_KIND.Module:
        if (!out.atStartOfFirstLineOfBlock()) out.blankLineIfLastNot();
        printModule(out, s);
        break;
      case STRUCTURE_KIND.TypeAlias:
        printTypeAlias(out, s);
        break;
      case STRUCTURE_KIND.VariableStatement:
        printVariableStatement(out, s);
        break;
      case STRUCTURE_KIND.ImportDeclaration:
        printImport(out, s);
        break;
      default:
        unsupported(`a statement of StructureKind ${String(s.kind)}`);
    }
  }
}

/** The text of a source file holding `statements`, as ts-morph's `printStructure` lays it out. */
export function printStructures(statements: readonly StatementStructures[]): string {
  const out = new TextOut();
  printStatements(out, statements);
  if (!out.atStartOfFirstLineOfBlock()) out.newLineIfLastNot();
  return out.text();
}
