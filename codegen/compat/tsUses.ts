/**
 * Finds uses of newer members and enum items in TypeScript sources (roblox-ts or the Node
 * flavour), with the type checker: for each property access `x.Name` (or `x["Name"]`) whose name
 * is a newer member or item, the type of `x` is asked whether it is that member's owner — whether
 * it has every name of the owner's signature (`newerEntities.ts`). That holds for
 * @rbxts/types' `WebStreamClient`, our declarations' and the runtime's `NodeWebStreamClient` alike,
 * and for `Enum.WebStreamClientType` in both flavours, without depending on declared names.
 *
 * The project is set up with ts-morph (from the project's tsconfig.json when there is one) with
 * only the files whose text mentions a newer name as roots — what they import is loaded by the
 * compiler as needed — and the walk uses the compiler's own nodes.
 */
import { readFileSync } from 'node:fs';
import { Project, ts } from 'ts-morph';
import type { CompatTarget, NewerEntity } from './newerEntities.js';

export interface SourceUse {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly entity: NewerEntity;
}

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  skipLibCheck: true,
  noEmit: true,
  // No ambient @types packages: the slice's types come from the sources' own imports (or the
  // project's tsconfig), and loading every @types package would only cost time.
  types: [],
};

/** Matches text that contains any of `names` (a cheap filter before parsing or type checking). */
export function mentionsAny(names: readonly string[]): RegExp {
  return new RegExp(names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

export function findTypeScriptUses(files: readonly string[], target: CompatTarget, options: { readonly tsconfig?: string } = {}): SourceUse[] {
  if (files.length === 0 || target.newer.length === 0) return [];
  const byName = new Map<string, NewerEntity[]>();
  for (const entity of target.newer) byName.set(entity.member, [...(byName.get(entity.member) ?? []), entity]);
  const mentions = mentionsAny([...byName.keys()]);
  const roots = files.filter((file) => mentions.test(readFileSync(file, 'utf8')));
  if (roots.length === 0) return [];
  const project =
    options.tsconfig === undefined
      ? new Project({ compilerOptions: DEFAULT_OPTIONS, skipFileDependencyResolution: false })
      : new Project({ tsConfigFilePath: options.tsconfig, skipAddingFilesFromTsConfig: true, compilerOptions: { noEmit: true } });
  for (const file of roots) project.addSourceFileAtPath(file);
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const uses: SourceUse[] = [];

  const ownerMatches = (receiver: ts.Expression, entity: NewerEntity): boolean => {
    const signature = target.signatures.get(entity.kind === 'member' ? entity.owner : `Enum.${entity.owner}`);
    if (signature === undefined) return false;
    const type = checker.getApparentType(checker.getTypeAtLocation(receiver));
    if ((type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0) return false;
    const has = (name: string) => checker.getPropertyOfType(type, name) !== undefined;
    return has(entity.member) && signature.names.every(has);
  };

  const record = (source: ts.SourceFile, receiver: ts.Expression, nameNode: ts.Node, name: string) => {
    const candidates = byName.get(name);
    if (candidates === undefined) return;
    const entity = candidates.find((candidate) => ownerMatches(receiver, candidate));
    if (entity === undefined) return;
    const { line, character } = source.getLineAndCharacterOfPosition(nameNode.getStart(source));
    uses.push({ file: source.fileName, line: line + 1, column: character + 1, entity });
  };

  for (const file of roots) {
    const source = program.getSourceFile(project.getSourceFileOrThrow(file).getFilePath());
    if (source === undefined) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(source, node.expression, node.name, node.name.text);
      else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        record(source, node.expression, node.argumentExpression, node.argumentExpression.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
