/**
 * The Node flavour of the declarations → `node/index.d.ts`: a module (no globals) with the
 * signal prelude, one interface per class, the enums (`Enum`, `<Name>Enum`), the overlay types
 * and DataType placeholders.
 *
 * Two ways to the same bytes. `buildNodeDeclarationStructures` builds ts-morph structures, which
 * `printStructures` prints as ts-morph's `printStructure` would (tests compare the two): the
 * reference, readable as a description of the file. `emitNodeDeclarations` prints the class
 * interfaces and the enums straight to text from the same typed members and enum plans
 * (classInterfaceText.ts, enumDeclarationTexts.ts), and only the small handwritten part through
 * structures: for a whole dump the structures, each kept until the file was printed, cost more
 * than the printing. test/codegen/emit/declarations/declarationTexts.test.ts holds the two ways
 * to the same text. ts-morph is only a source of types here (`structureKinds.ts`): this module
 * does not load it.
 */
import type { StatementStructures } from 'ts-morph';
import type { DumpClass, DumpEnum } from '../../dump/types.js';
import { emitModel } from '../shared/emitSource.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { toPropertyKey } from '../shared/identifiers.js';
import { classTypeName } from '../shared/tsNames.js';
import type { TypeContext } from '../shared/typeText.js';
import { ChunkedText } from '../typescript/ChunkedText.js';
import { docComment } from '../typescript/docComment.js';
import { printStructures } from '../typescript/printStructures.js';
import { CONST_DECLARATION, NAMESPACE_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { classInterfaceText } from './classInterfaceText.js';
import { createClassInterface } from './createClassInterface.js';
import { createEnumDeclarations } from './createEnumDeclarations.js';
import { createDataTypePlaceholder, createOverlayInterfaces } from './createSupportDeclarations.js';
import { enumDeclarationTexts } from './enumDeclarationTexts.js';
import { NameRegistry, USED_GLOBALS } from './nameRegistry.js';
import { enumObjectTypeName, planEnumDeclarations, type EnumPlan } from './planEnumDeclarations.js';
import { PRELUDE_NAMES, preludeDeclarations } from './preludeDeclarations.js';
import { resolveTypeOverrides, type OverrideMode, type SkippedOverride } from './resolveTypeOverrides.js';
import type { MemberTypingContext } from './typedMembers.js';
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

const ENUMS_DOCS = 'Every enum object by name: the type of the value `Enum`.';
const ENUM_VALUE_DOCS = 'The enums, as `Enum.WebStreamClientType.SSE`. Types of the same names live in the namespace `Enum`.';
const ENUM_NAMESPACE_DOCS = 'The enum types: `Enum.WebStreamClientType` is the union of its items, `Enum.WebStreamClientType.SSE` one item.';

/**
 * What both ways share: the typing context, and the one walk over classes, enums and DataType
 * placeholders in file order, claiming each top-level name before its declaration is made (so a
 * clash fails the same way in both).
 */
class NodeDeclarationsWalk {
  readonly context: MemberTypingContext;
  readonly skippedOverrides: readonly SkippedOverride[];
  private readonly names: NameRegistry;
  private readonly opaqueDataTypes = new Set<string>();

  constructor(
    readonly source: EmitSource,
    options: NodeDeclarationsOptions,
  ) {
    const index = emitModel(source);
    const overrides = resolveTypeOverrides(source.dump, options.overrides ?? TYPE_OVERRIDES, options.overrideMode, source.dumpFile);
    this.skippedOverrides = overrides.skipped;
    this.names = new NameRegistry(source.dumpFile, USED_GLOBALS);
    for (const name of [...PRELUDE_NAMES, 'Enums', 'Enum']) this.names.claim(name, `the declaration ${name}`, '(generator prelude)');
    for (const overlay of OVERLAY_TYPES) {
      if (overlay.names.node !== undefined) this.names.claim(overlay.names.node, `the overlay type ${overlay.names.node}`, '(type overrides)');
    }
    const types: TypeContext = { flavour: 'node', dumpFile: source.dumpFile, opaqueDataTypes: this.opaqueDataTypes };
    this.context = { source, index, overrides, types };
  }

  classes<T>(declare: (cls: DumpClass) => T): T[] {
    return this.context.index.classes.map(({ source: cls }, i) => {
      this.names.claim(classTypeName(cls.name), `class ${cls.name}`, `Classes[${i}].Name`);
      return declare(cls);
    });
  }

  enums<T>(declare: (dumpEnum: DumpEnum, plan: EnumPlan, i: number) => T): T[] {
    return this.context.index.enums.map(({ source: dumpEnum }, i) => {
      this.names.claim(enumObjectTypeName(dumpEnum), `the enum object of ${dumpEnum.name}`, `Enums[${i}].Name`);
      return declare(dumpEnum, planEnumDeclarations(this.source, dumpEnum, i), i);
    });
  }

  /** The DataTypes the declared members use, after the classes were declared. */
  placeholders(): StatementStructures[] {
    return [...this.opaqueDataTypes].sort().map((name) => {
      this.names.claim(name, `the DataType ${name}`, '(DataType references)');
      return createDataTypePlaceholder(name);
    });
  }
}

function handwritten(): StatementStructures[] {
  return [...preludeDeclarations(), ...createOverlayInterfaces(OVERLAY_TYPES, 'node', true)];
}

/** The structures of `node/index.d.ts` (the reference the text is tested against; the benchmark times it). */
export function buildNodeDeclarationStructures(source: EmitSource, options: NodeDeclarationsOptions): NodeDeclarationStructures {
  const walk = new NodeDeclarationsWalk(source, options);
  const classInterfaces = walk.classes((cls) => createClassInterface(walk.context, cls));
  const enums = walk.enums((dumpEnum, plan) => ({ dumpEnum, declarations: createEnumDeclarations(plan) }));
  const placeholders = walk.placeholders();

  const statements: StatementStructures[] = [
    ...handwritten(),
    ...classInterfaces,
    ...enums.map((e) => e.declarations.objectInterface),
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'Enums',
      isExported: true,
      docs: [ENUMS_DOCS],
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
      docs: [ENUM_VALUE_DOCS],
      declarations: [{ name: 'Enum', type: 'Enums' }],
    },
    {
      kind: STRUCTURE_KIND.Module,
      name: 'Enum',
      isExported: true,
      hasDeclareKeyword: true,
      docs: [ENUM_NAMESPACE_DOCS],
      declarationKind: NAMESPACE_DECLARATION,
      statements: enums.flatMap(({ declarations }) => [declarations.itemNamespace, declarations.union]),
    },
    ...placeholders,
  ];

  return { statements, skippedOverrides: walk.skippedOverrides };
}

/**
 * The text of `node/index.d.ts`. Every top-level declaration (and every one in `namespace Enum`)
 * ends in a newline and is followed by one blank line, as `printStructures` separates interfaces
 * and namespaces. The header goes in first, so the 4 MB text is joined once and not copied again.
 */
function nodeDeclarationsText(walk: NodeDeclarationsWalk): string {
  const out = new ChunkedText();
  out.append(scriptHeader(walk.source));
  out.append(printStructures(handwritten()));
  walk.classes((cls) => out.append(`\n${classInterfaceText(walk.context, cls)}`));
  let enumsInterface = `\n${docComment(ENUMS_DOCS, '')}export interface Enums {\n`;
  const namespace = new ChunkedText();
  walk.enums((dumpEnum, plan, i) => {
    const texts = enumDeclarationTexts(plan);
    out.append(`\n${texts.objectInterface}`);
    enumsInterface += `${docComment(plan.docs, '  ')}  readonly ${toPropertyKey(dumpEnum.name)}: ${plan.objectName};\n`;
    namespace.append(`${i > 0 ? '\n' : ''}${texts.itemNamespace}\n${texts.union}`);
  });
  out.append(`${enumsInterface}}\n`);
  out.append(`\n${docComment(ENUM_VALUE_DOCS, '')}export declare const Enum: Enums;\n`);
  out.append(`\n${docComment(ENUM_NAMESPACE_DOCS, '')}export declare namespace Enum {\n`);
  out.appendAll(namespace);
  out.append('}\n');
  const placeholders = walk.placeholders();
  if (placeholders.length > 0) out.append(`\n${printStructures(placeholders)}`);
  return out.text();
}

export function emitNodeDeclarations(source: EmitSource, options: NodeDeclarationsOptions): NodeDeclarations {
  const walk = new NodeDeclarationsWalk(source, options);
  return { file: { path: NODE_DECLARATIONS_PATH, contents: nodeDeclarationsText(walk) }, skippedOverrides: walk.skippedOverrides };
}

/** The `generate` emitter (the slice: an override that misses its target fails the run). */
export function nodeDeclarationsEmitter(source: EmitSource): EmittedFile[] {
  return [emitNodeDeclarations(source, { overrideMode: 'strict' }).file];
}
