/**
 * Prints the declaration structures (interfaces, namespaces, type aliases, `declare const`) to
 * text, byte for byte as ts-morph's `printStructure` does with two-space indentation. ts-morph
 * routes every type through a fresh code-block-writer, which dominates whole-API mode (about
 * 0.7 s of CPU for the 0.734 dump); this printer does the same layout with plain string
 * building in a tenth of that. Tests print the slice and every real dump both ways and require
 * identical bytes, so ts-morph stays the reference for the layout. Structures of other kinds
 * are refused rather than printed differently.
 */
import { createRequire } from 'node:module';
import type {
  InterfaceDeclarationStructure,
  JSDocStructure,
  MethodSignatureStructure,
  ModuleDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  StructureKind,
  TypeAliasDeclarationStructure,
  TypeParameterDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { STRUCTURE_KIND } from './structureKinds.js';

const INDENT = '  ';
const INDENTS = Array.from({ length: 8 }, (_, level) => INDENT.repeat(level));

/** The few writer operations ts-morph's printers use, over an array of chunks. */
class TextOut {
  private readonly chunks: string[] = [];
  private last = '';
  private beforeLast = '';
  private level = 0;
  private firstLineOfBlock = true;

  write(text: string): void {
    if (text === '') return;
    if (this.atLineStart()) this.push(this.indentation());
    this.push(text);
  }

  /** Whole lines, already indented (`indentation()`), each ending in a newline. */
  writeLines(text: string): void {
    this.push(text);
    this.firstLineOfBlock = false;
  }

  atLineStart(): boolean {
    return this.last === '\n' || this.last === '';
  }

  indentation(): string {
    return INDENTS[this.level] ?? INDENT.repeat(this.level);
  }

  newLine(): void {
    this.push('\n');
    this.firstLineOfBlock = false;
  }

  newLineIfLastNot(): void {
    if (this.last !== '\n') this.newLine();
  }

  blankLineIfLastNot(): void {
    if (!(this.last === '\n' && this.beforeLast === '\n')) {
      this.newLineIfLastNot();
      this.newLine();
    }
  }

  atStartOfFirstLineOfBlock(): boolean {
    return this.firstLineOfBlock && (this.last === '\n' || this.last === '');
  }

  lastNonWhitespaceIsCloseBrace(): boolean {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const trimmed = (this.chunks[i] ?? '').trimEnd();
      if (trimmed !== '') return trimmed.endsWith('}');
    }
    return false;
  }

  /** `{`, the indented body, `}`. */
  block(body: () => void): void {
    this.write('{');
    if (this.last !== '') this.newLineIfLastNot();
    this.level++;
    this.firstLineOfBlock = true;
    body();
    this.firstLineOfBlock = false;
    this.level--;
    this.newLineIfLastNot();
    this.write('}');
  }

  text(): string {
    return this.chunks.join('');
  }

  private push(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.beforeLast = text.length > 1 ? text.charAt(text.length - 2) : this.last;
    this.last = text.charAt(text.length - 1);
  }
}

type Docs = readonly (OptionalKind<JSDocStructure> | string)[] | undefined;

function unsupported(what: string): never {
  throw new Error(`printDeclarations: ${what} is not supported; print it with ts-morph's printStructure instead`);
}

function printDocs(out: TextOut, docs: Docs): void {
  for (const doc of docs ?? []) {
    if (typeof doc !== 'string') unsupported('a JSDoc structure (pass the comment text as a string)');
    const lines = doc.split(/\r?\n/);
    if (lines.length <= 1) {
      out.write(`/** ${doc}${doc.endsWith(' ') ? '' : ' '}*/`);
      out.newLine();
      continue;
    }
    if (!out.atLineStart()) unsupported('a multi-line JSDoc in the middle of a line');
    const pad = out.indentation();
    let text = `${pad}/**\n`;
    for (let i = lines[0] === '' ? 1 : 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      text += line.length > 0 ? `${pad} * ${line}\n` : `${pad} *\n`;
    }
    out.writeLines(`${text}${pad} */\n`);
  }
}

function modifiers(structure: { isExported?: boolean; hasDeclareKeyword?: boolean; isReadonly?: boolean }): string {
  return `${structure.isExported ? 'export ' : ''}${structure.hasDeclareKeyword ? 'declare ' : ''}${structure.isReadonly ? 'readonly ' : ''}`;
}

function typeText(type: unknown, what: string): string {
  if (typeof type !== 'string') unsupported(`a non-string ${what}`);
  return type;
}

function typeParameters(parameters: readonly (OptionalKind<TypeParameterDeclarationStructure> | string)[] | undefined): string {
  if (!parameters || parameters.length === 0) return '';
  const list = parameters.map((p) => {
    if (typeof p === 'string') return p;
    const constraint = p.constraint === undefined ? '' : ` extends ${typeText(p.constraint, 'type parameter constraint')}`;
    const fallback = p.default === undefined ? '' : ` = ${typeText(p.default, 'type parameter default')}`;
    return `${p.name}${constraint}${fallback}`;
  });
  return `<${list.join(', ')}>`;
}

function parameterList(parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined): string {
  return (parameters ?? [])
    .map((p) => `${p.isRestParameter ? '...' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${typeText(p.type, 'parameter type')}`}`)
    .join(', ');
}

function printProperty(out: TextOut, p: OptionalKind<PropertySignatureStructure>): void {
  printDocs(out, p.docs);
  out.write(`${modifiers(p)}${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${typeText(p.type, 'property type')}`};`);
}

function printMethod(out: TextOut, m: OptionalKind<MethodSignatureStructure>): void {
  printDocs(out, m.docs);
  const returns = m.returnType === undefined ? '' : `: ${typeText(m.returnType, 'return type')}`;
  out.write(`${m.name}${m.hasQuestionToken ? '?' : ''}${typeParameters(m.typeParameters)}(${parameterList(m.parameters)})${returns};`);
}

function printInterface(out: TextOut, i: InterfaceDeclarationStructure): void {
  if (i.callSignatures?.length || i.constructSignatures?.length || i.indexSignatures?.length || i.getAccessors?.length || i.setAccessors?.length) {
    unsupported('an interface with call, construct or index signatures or accessors');
  }
  printDocs(out, i.docs);
  const bases = Array.isArray(i.extends) ? i.extends.map((e) => typeText(e, 'extends clause')) : i.extends === undefined ? [] : [typeText(i.extends, 'extends clause')];
  out.write(`${modifiers(i)}interface ${i.name}${typeParameters(i.typeParameters)} ${bases.length > 0 ? `extends ${bases.join(', ')} ` : ''}`);
  out.block(() => {
    (i.properties ?? []).forEach((p, index) => {
      if (index > 0) out.newLine();
      printProperty(out, p);
    });
    if ((i.methods?.length ?? 0) > 0 && !out.atStartOfFirstLineOfBlock()) out.newLine();
    (i.methods ?? []).forEach((m, index) => {
      if (index > 0) out.newLine();
      printMethod(out, m);
    });
  });
}

function printModule(out: TextOut, m: ModuleDeclarationStructure): void {
  printDocs(out, m.docs);
  out.write(`${modifiers(m)}${m.declarationKind ?? 'namespace'} ${m.name} `);
  out.block(() => printStatements(out, typeof m.statements === 'string' || typeof m.statements === 'function' ? unsupported('namespace body text') : m.statements ?? []));
}

function printTypeAlias(out: TextOut, t: TypeAliasDeclarationStructure): void {
  printDocs(out, t.docs);
  out.write(`${modifiers(t)}type ${t.name}${typeParameters(t.typeParameters)} = ${typeText(t.type, 'type alias')};`);
}

function printVariableStatement(out: TextOut, v: VariableStatementStructure): void {
  printDocs(out, v.docs);
  const declarations = v.declarations.map((d) => {
    if (d.initializer !== undefined || d.hasExclamationToken) unsupported('a variable with an initializer');
    return `${d.name}${d.type === undefined ? '' : `: ${typeText(d.type, 'variable type')}`}`;
  });
  out.write(`${modifiers(v)}${v.declarationKind ?? 'let'} ${declarations.join(', ')};`);
}

/**
 * ts-morph's name of a structure kind, for the message about a statement we do not print. Only
 * a programming error gets here, so ts-morph is loaded here (and only here) rather than on
 * every run, where it would cost more than the whole printing.
 */
function structureKindName(kind: StructureKind): string {
  const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  return tsMorph.StructureKind[kind];
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
      default:
        unsupported(`a ${structureKindName(s.kind)} statement`);
    }
  }
}

/** The text of a source file holding `statements`, as `printStructure` would print it. */
export function printDeclarations(statements: readonly StatementStructures[]): string {
  const out = new TextOut();
  printStatements(out, statements);
  if (!out.atStartOfFirstLineOfBlock()) out.newLineIfLastNot();
  return out.text();
}
