/**
 * Event stubs → `node/stubs/<Class>.ts`: per class of the slice, an abstract class with an
 * abstract member for every declared member (events as `RBXScriptSignal<(…) => void>` fields with
 * the dump's parameter names), extending the stub of its superclass and implementing the generated
 * interface, plus name lists the runtime and the conformance tests iterate over. The runtime
 * builds on these, so a member added to the dump is a compile error until it is implemented.
 */
import type { ClassDeclarationStructure, ImportDeclarationStructure, StatementStructures } from 'ts-morph';
import type { DumpClass } from '../../dump/types.js';
import { ROOT_SUPERCLASS } from '../../dump/types.js';
import { createClassInterface, splitMembers } from '../declarations/createClassInterface.js';
import { resolveTypeOverrides, type OverrideMode } from '../declarations/resolveTypeOverrides.js';
import { TYPE_OVERRIDES } from '../declarations/typeOverrides.js';
import { typedMembers, type MemberTypingContext, type TypedMember } from '../declarations/typedMembers.js';
import { emitModel } from '../shared/emitSource.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { markdownLinkText, markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import { toPropertyKey } from '../shared/identifiers.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { classTypeName } from '../shared/tsNames.js';
import { referenceHrefFromDeclarations } from '../shared/referenceLinks.js';
import { stringLiteral } from '../typescript/literal.js';
import { printStructures } from '../typescript/printStructures.js';
import { CONST_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';

export const STUBS_DIR = 'node/stubs';

/** `WebStreamClientStub`: the abstract class of a dump class. */
export function stubClassName(className: string): string {
  return `${classTypeName(className)}Stub`;
}

/** Identifiers a type text refers to, so the stub can import exactly those. */
function referencedNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/(?<![.\w$])[A-Za-z_$][\w$]*/g)) names.add(match[0]);
  return names;
}

function stringList(values: readonly string[]): string {
  return `[${values.map(stringLiteral).join(', ')}]`;
}

function memberTexts(member: TypedMember): string[] {
  return member.kind === 'method' ? [member.returnType, ...member.parameters.map((p) => String(p.type))] : [member.type];
}

function createStubClass(
  context: MemberTypingContext,
  cls: DumpClass,
  members: readonly TypedMember[],
  inherited: ReadonlySet<string>,
): ClassDeclarationStructure {
  const typeName = classTypeName(cls.name);
  return {
    kind: STRUCTURE_KIND.Class,
    name: stubClassName(cls.name),
    isExported: true,
    isAbstract: true,
    ...(cls.superclass === ROOT_SUPERCLASS ? {} : { extends: stubClassName(cls.superclass) }),
    implements: [typeName],
    docs: [
      tsDocText(
        `What an implementation of ${typeName} must provide: one abstract member per member of ${markdownText(cls.name)} in the API dump.\n` +
          `Extend it and the compiler lists what is missing.`,
      ) + `\n@see ${tsDocText(`[${markdownLinkText(cls.name)} reference](${referenceHrefFromDeclarations(cls.name, undefined, '../../reference')})`)}`,
    ],
    properties: members.flatMap((m) =>
      m.kind === 'method'
        ? []
        : [{ name: m.key, type: m.type, isAbstract: true, isReadonly: m.isReadonly, hasOverrideKeyword: inherited.has(m.member.name), docs: [m.docs] }],
    ),
    methods: members.flatMap((m) =>
      m.kind === 'method'
        ? [
            {
              name: m.key,
              isAbstract: true,
              parameters: m.parameters,
              returnType: m.returnType,
              hasOverrideKeyword: inherited.has(m.member.name),
              docs: [m.docs],
            },
          ]
        : [],
    ),
  };
}

function parentImport(superclass: string): ImportDeclarationStructure {
  return { kind: STRUCTURE_KIND.ImportDeclaration, moduleSpecifier: `./${classTypeName(superclass)}.js`, namedImports: [stubClassName(superclass)] };
}

function createStubFile(context: MemberTypingContext, cls: DumpClass, exportedTypes: ReadonlySet<string>): EmittedFile {
  const members = splitMembers(typedMembers(context, cls));
  const inherited = new Set(context.index.ancestorsOf(cls.name).flatMap((a) => a.members.map((m) => m.name)));
  const typeName = classTypeName(cls.name);
  const used = referencedNames([typeName, ...members.flatMap(memberTexts)]);
  const typeImports = [...exportedTypes].filter((name) => used.has(name)).sort();
  const ofKind = (kind: TypedMember['kind']) => members.filter((m) => m.kind === kind).map((m) => m.member.name);
  const eventParameters = members.flatMap((m) =>
    m.kind === 'event' && m.member.memberType === 'Event' ? [`${toPropertyKey(m.member.name)}: ${stringList(m.member.parameters.map((p) => p.name))}`] : [],
  );

  const statements: StatementStructures[] = [
    { kind: STRUCTURE_KIND.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../index.js', namedImports: typeImports },
    ...(cls.superclass === ROOT_SUPERCLASS ? [] : [parentImport(cls.superclass)]),
    ...((
      [
        ['PropertyNames', 'property', 'Names of the properties'],
        ['MethodNames', 'method', 'Names of the functions'],
        ['EventNames', 'event', 'Names of the events'],
        ['CallbackNames', 'callback', 'Names of the callbacks'],
      ] as const
    ).map(([suffix, kind, what]) => ({
      kind: STRUCTURE_KIND.VariableStatement,
      isExported: true,
      declarationKind: CONST_DECLARATION,
      docs: [`${what} ${cls.name} declares itself (not inherited), in dump order.`],
      declarations: [{ name: `${typeName}${suffix}`, initializer: `${stringList(ofKind(kind))} as const` }],
    })) as StatementStructures[]),
    {
      kind: STRUCTURE_KIND.VariableStatement,
      isExported: true,
      declarationKind: CONST_DECLARATION,
      docs: [`The parameter names of each event of ${cls.name}, as the API dump names them.`],
      declarations: [
        { name: `${typeName}EventParameters`, initializer: eventParameters.length === 0 ? '{} as const' : `{ ${eventParameters.join(', ')} } as const` },
      ],
    },
    createStubClass(context, cls, members, inherited),
  ];
  const text = printStructures(statements);
  return { path: `${STUBS_DIR}/${typeName}.ts`, contents: scriptHeader(context.source) + text };
}

export function emitStubs(source: EmitSource, options: { readonly overrideMode: OverrideMode }): EmittedFile[] {
  const index = emitModel(source);
  const overrides = resolveTypeOverrides(source.dump, TYPE_OVERRIDES, options.overrideMode, source.dumpFile);
  const opaqueDataTypes = new Set<string>();
  const context: MemberTypingContext = {
    source,
    index,
    overrides,
    referenceBase: '../../reference',
    types: { flavour: 'node', dumpFile: source.dumpFile, opaqueDataTypes },
  };
  // Every name the declarations export that a member type can mention.
  for (const cls of index.classes) createClassInterface(context, cls.source);
  const exportedTypes = new Set([
    'RBXScriptSignal',
    'RBXScriptConnection',
    'CastsToEnum',
    'Enum',
    ...TYPE_OVERRIDES.map((o) => o.types.node).filter((t) => /^\w+$/.test(t)),
    ...index.classes.map((cls) => classTypeName(cls.name)),
    ...opaqueDataTypes,
  ]);
  const files = index.classes.map((cls) => createStubFile(context, cls.source, exportedTypes));
  const barrel = files.map((file) => `export * from './${file.path.slice(STUBS_DIR.length + 1).replace(/\.ts$/, '.js')}';`).join('\n');
  return [...files, { path: `${STUBS_DIR}/index.ts`, contents: `${scriptHeader(source)}${barrel}\n` }];
}

/** The `generate` emitter. */
export function stubsEmitter(source: EmitSource): EmittedFile[] {
  return emitStubs(source, { overrideMode: 'strict' });
}
