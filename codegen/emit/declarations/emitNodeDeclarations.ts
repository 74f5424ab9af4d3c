/**
 * The Node flavour of the declarations → `node/index.d.ts`: a module (no globals) with the
 * signal prelude, one interface per class, the enums (`Enum`, `<Name>Enum`), the overlay types
 * and DataType placeholders. Built as ts-morph structures and printed once, by
 * `printDeclarations` (the same bytes as ts-morph's `printStructure`, which tests check, at a
 * fraction of the cost for a whole dump; see bench/generateAll.ts). ts-morph is only a source of
 * types here (`structureKinds.ts`): this module does not load it.
 */
import type { StatementStructures } from 'ts-morph';
import { emitModel } from '../shared/emitSource.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { toPropertyKey } from '../shared/identifiers.js';
import { classTypeName } from '../shared/tsNames.js';
import type { TypeContext } from '../shared/typeText.js';
import { createClassInterface } from './createClassInterface.js';
import { createEnumDeclarations, enumObjectTypeName } from './createEnumDeclarations.js';
import { createDataTypePlaceholder, createOverlayInterfaces } from './createSupportDeclarations.js';
import { NameRegistry, USED_GLOBALS } from './nameRegistry.js';
import { PRELUDE_NAMES, preludeDeclarations } from './preludeDeclarations.js';
import { printStructures } from '../typescript/printStructures.js';
import { CONST_DECLARATION, NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { resolveTypeOverrides, type OverrideMode, type SkippedOverride } from './resolveTypeOverrides.js';
import { OVERLAY_TYPES, TYPE_OVERRIDES, type TypeOverride } from './typeOverrides.js';

export const NODE_DECLARATIONS_PATH = 'node/index.d.ts';

export interface NodeDeclarationsOptions {
  /** `strict` for the slice (stale overrides fail), `lenient` for whole-API mode over any dump. */
  readonly overrideMode: OverrideMode;
  readonly overrides?: readonly TypeOverride[];
}

export interface NodeDeclarations {
  readonly file: EmittedFile;
  readonly skippedOverrides: readonly SkippedOverride[];
}

export interface NodeDeclarationStructures {
  readonly statements: StatementStructures[];
  readonly skippedOverrides: readonly SkippedOverride[];
}

/** The structures of `node/index.d.ts`, before printing (the benchmark times the two apart). */
export function buildNodeDeclarationStructures(source: EmitSource, options: NodeDeclarationsOptions): NodeDeclarationStructures {
  const index = emitModel(source);
  const overrides = resolveTypeOverrides(source.dump, options.overrides ?? TYPE_OVERRIDES, options.overrideMode, source.dumpFile);
  const names = new NameRegistry(source.dumpFile, USED_GLOBALS);
  for (const name of [...PRELUDE_NAMES, 'Enums', 'Enum']) names.claim(name, `the declaration ${name}`, '(generator prelude)');
  for (const overlay of OVERLAY_TYPES) {
    if (overlay.names.node !== undefined) names.claim(overlay.names.node, `the overlay type ${overlay.names.node}`, '(type overrides)');
  }

  const opaqueDataTypes = new Set<string>();
  const types: TypeContext = { flavour: 'node', dumpFile: source.dumpFile, opaqueDataTypes };
  const context = { source, index, overrides, types };

  const classInterfaces = index.classes.map(({ source: cls }, i) => {
    names.claim(classTypeName(cls.name), `class ${cls.name}`, `Classes[${i}].Name`);
    return createClassInterface(context, cls);
  });

  const enums = index.enums.map(({ source: dumpEnum }, i) => {
    names.claim(enumObjectTypeName(dumpEnum), `the enum object of ${dumpEnum.name}`, `Enums[${i}].Name`);
    return { dumpEnum, declarations: createEnumDeclarations(source, dumpEnum, i) };
  });

  const placeholders = [...opaqueDataTypes].sort().map((name) => {
    names.claim(name, `the DataType ${name}`, '(DataType references)');
    return createDataTypePlaceholder(name);
  });

  const statements: StatementStructures[] = [
    ...preludeDeclarations(),
    ...createOverlayInterfaces(OVERLAY_TYPES, 'node', true),
    ...classInterfaces,
    ...enums.map((e) => e.declarations.objectInterface),
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'Enums',
      isExported: true,
      docs: ['Every enum object by name: the type of the value `Enum`.'],
      properties: enums.map(({ dumpEnum, declarations }) => ({
        name: toPropertyKey(dumpEnum.name),
        type: enumObjectTypeName(dumpEnum),
        isReadonly: true,
        docs: declarations.objectInterface.docs ?? [],
      })),
    },
    {
      kind: STRUCTURE_KIND.VariableStatement,
      isExported: true,
      hasDeclareKeyword: true,
      declarationKind: CONST_DECLARATION,
      docs: ['The enums, as `Enum.WebStreamClientType.SSE`. Types of the same names live in the namespace `Enum`.'],
      declarations: [{ name: 'Enum', type: 'Enums' }],
    },
    {
      kind: STRUCTURE_KIND.Module,
      name: 'Enum',
      isExported: true,
      hasDeclareKeyword: true,
      docs: ['The enum types: `Enum.WebStreamClientType` is the union of its items, `Enum.WebStreamClientType.SSE` one item.'],
      declarationKind: NAMESPACE_DECLARATION,
      statements: enums.flatMap(({ declarations }) => [declarations.itemNamespace, declarations.union]),
    },
    ...placeholders,
  ];

  return { statements, skippedOverrides: overrides.skipped };
}

export function emitNodeDeclarations(source: EmitSource, options: NodeDeclarationsOptions): NodeDeclarations {
  const { statements, skippedOverrides } = buildNodeDeclarationStructures(source, options);
  return { file: { path: NODE_DECLARATIONS_PATH, contents: scriptHeader(source) + printStructures(statements) }, skippedOverrides };
}

/** The `generate` emitter (the slice: an override that misses its target fails the run). */
export function nodeDeclarationsEmitter(source: EmitSource): EmittedFile[] {
  return [emitNodeDeclarations(source, { overrideMode: 'strict' }).file];
}
