/**
 * Checks that the generated artefacts agree with their sources, read at test time:
 * - history: the `@since` of each entity in `generated/node/index.d.ts` and the "added" row of its
 *   section in `generated/reference/*.md` both equal the build in which `api-dump/history.json`
 *   last added the entity — worked out here from the raw log, independently of codegen's query
 *   API — and equal the value the generator baked into the suite;
 * - declarations: functions and event handlers are declared with the dump's parameter names, in
 *   order (TypeScript's type identity ignores names, so this is checked on the syntax tree).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { fail } from './ConformanceFailure.js';

export interface EntityFact {
  readonly kind: 'Class' | 'Property' | 'Function' | 'Event' | 'Callback' | 'Enum' | 'EnumItem';
  readonly parent?: string;
  readonly name: string;
}

/** Where an entity is declared: an interface (namespace path included) and optionally a member of it. */
export interface DeclarationLocation {
  readonly interface: readonly string[];
  readonly member?: string;
}

/** Where an entity is described: a page under `generated/`, and the anchor of its section (none: the whole page). */
export interface PageLocation {
  readonly file: string;
  readonly anchor?: string;
}

export interface HistoryFact {
  readonly entity: EntityFact;
  /** The full version the generator found (`0.696.0.6960797`), null when the log has none. */
  readonly since: string | null;
  readonly declaration: DeclarationLocation;
  readonly page: PageLocation;
}

export const DECLARATIONS_FILE = 'generated/node/index.d.ts';
export const HISTORY_FILE = 'api-dump/history.json';

const textCache = new Map<string, string>();
const sourceCache = new Map<string, ts.SourceFile>();

function readRepoFile(repoRoot: string, file: string, what: string): string {
  const path = join(repoRoot, file);
  let text = textCache.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return fail(`${file} cannot be read (${what}); run npm run generate`);
    }
    textCache.set(path, text);
  }
  return text;
}

interface RawChange {
  readonly action?: unknown;
  readonly kind?: unknown;
  readonly parent?: unknown;
  readonly name?: unknown;
}

/** The build in which the raw log last added the entity, or null. */
export function sinceInHistoryLog(repoRoot: string, entity: EntityFact): string | null {
  const log = JSON.parse(readRepoFile(repoRoot, HISTORY_FILE, 'the history log')) as { builds?: Array<{ version?: unknown; changes?: RawChange[] }> };
  let since: string | null = null;
  for (const build of log.builds ?? []) {
    const added = (build.changes ?? []).some((change) => {
      if (change.action !== 'Add' || change.name !== entity.name || (change.parent ?? undefined) !== entity.parent) return false;
      // Members keep their history when their kind changes, so any member kind matches a member.
      const isMember = (kind: unknown): boolean => kind !== 'Class' && kind !== 'Enum' && kind !== 'EnumItem';
      return change.kind === entity.kind || (isMember(change.kind) && isMember(entity.kind));
    });
    if (added && typeof build.version === 'string') since = build.version;
  }
  return since;
}

function declarationsSource(repoRoot: string): ts.SourceFile {
  const path = join(repoRoot, DECLARATIONS_FILE);
  let source = sourceCache.get(path);
  if (source === undefined) {
    source = ts.createSourceFile(DECLARATIONS_FILE, readRepoFile(repoRoot, DECLARATIONS_FILE, 'the declarations'), ts.ScriptTarget.ES2022, true);
    sourceCache.set(path, source);
  }
  return source;
}

function findDeclaration(repoRoot: string, location: DeclarationLocation): ts.Node {
  let scope: readonly ts.Statement[] = declarationsSource(repoRoot).statements;
  const path = location.interface;
  let found: ts.InterfaceDeclaration | undefined;
  for (const [i, name] of path.entries()) {
    if (i < path.length - 1) {
      const module = scope.find((s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.text === name);
      if (module?.body === undefined || !ts.isModuleBlock(module.body)) fail(`${DECLARATIONS_FILE} has no namespace ${path.slice(0, i + 1).join('.')}`);
      scope = module.body.statements;
    } else {
      found = scope.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
    }
  }
  if (found === undefined) return fail(`${DECLARATIONS_FILE} has no interface ${path.join('.')}`);
  if (location.member === undefined) return found;
  const member = found.members.find((m) => m.name !== undefined && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) && m.name.text === location.member);
  return member ?? fail(`${DECLARATIONS_FILE}: interface ${path.join('.')} has no member ${location.member}`);
}

function sinceTags(node: ts.Node): string[] {
  return ts
    .getJSDocTags(node)
    .filter((tag) => tag.tagName.text === 'since')
    .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '');
}

/** The part of a page that describes the entity: its anchored section, or the page's History section. */
function pageScope(page: string, location: PageLocation): string {
  if (location.anchor !== undefined) {
    const start = page.indexOf(`<a id="${location.anchor}"></a>`);
    if (start === -1) fail(`generated/${location.file} has no anchor "${location.anchor}"`);
    const rest = page.slice(start + 1);
    const ends = [rest.indexOf('<a id="'), rest.indexOf('\n## ')].filter((i) => i !== -1);
    return rest.slice(0, ends.length === 0 ? undefined : Math.min(...ends));
  }
  const history = page.search(/^## History\b/m);
  if (history === -1) fail(`generated/${location.file} has no "## History" section`);
  return page.slice(history);
}

function qualified(entity: EntityFact): string {
  return entity.parent === undefined ? entity.name : `${entity.parent}.${entity.name}`;
}

/** Table rows of the scope that record the entity's addition (they name it, e.g. "Function WebStreamClient.Send added"). */
function additionRows(scope: string, entity: EntityFact): string[] {
  const mentions = new RegExp(`(^|[^\\w.])${qualified(entity).replace(/[.$]/g, '\\$&')}(?![\\w.])`);
  return scope.split('\n').filter((line) => line.startsWith('|') && /\badded\b/i.test(line) && mentions.test(line));
}

export function expectHistoryAgreement(repoRoot: string, fact: HistoryFact): void {
  const name = `${fact.entity.kind} ${qualified(fact.entity)}`;
  const fromLog = sinceInHistoryLog(repoRoot, fact.entity);
  if (fromLog !== fact.since)
    fail(`the suite was generated with ${name} added in ${String(fact.since)}, but ${HISTORY_FILE} says ${String(fromLog)}; run npm run generate`);

  const tags = sinceTags(findDeclaration(repoRoot, fact.declaration));
  const expectedTags = fact.since === null ? [] : [fact.since];
  if (tags.join(',') !== expectedTags.join(',')) {
    fail(
      `${DECLARATIONS_FILE} gives ${name} ${tags.length === 0 ? 'no @since' : `@since ${tags.join(', @since ')}`}; the history log says ${fact.since === null ? 'nothing (no @since)' : `@since ${fact.since}`}`,
    );
  }

  const page = readRepoFile(repoRoot, join('generated', fact.page.file), 'the reference pages');
  const rows = additionRows(pageScope(page, fact.page), fact.entity);
  const where = `generated/${fact.page.file}${fact.page.anchor === undefined ? '' : `#${fact.page.anchor}`}`;
  if (fact.since === null) {
    if (rows.length > 0) fail(`${where} records ${name} as added (${rows[0]}) but the history log has no addition`);
    return;
  }
  const version = fact.since;
  if (!rows.some((row) => row.split('|').some((cell) => cell.trim() === version))) {
    fail(`${where} has no history row adding ${name} in ${version}${rows.length > 0 ? ` (rows: ${rows.join(' ; ')})` : ''}`);
  }
}

/** The parameter names a member is declared with: a method's, or an event handler's inside RBXScriptSignal<...>. */
function declaredParameterNames(node: ts.Node, kind: 'Function' | 'Event' | 'Callback'): string[] | undefined {
  if (kind === 'Function' && ts.isMethodSignature(node)) return node.parameters.map((p) => p.name.getText());
  if (ts.isPropertySignature(node) && node.type !== undefined && ts.isTypeReferenceNode(node.type)) {
    const handler = node.type.typeArguments?.[0];
    if (handler !== undefined && ts.isFunctionTypeNode(handler)) return handler.parameters.map((p) => p.name.getText());
  }
  return undefined;
}

export function expectDeclaredParameters(
  repoRoot: string,
  location: DeclarationLocation,
  kind: 'Function' | 'Event' | 'Callback',
  names: readonly string[],
): void {
  const subject = `${location.interface.join('.')}.${location.member ?? ''}`;
  const declared = declaredParameterNames(findDeclaration(repoRoot, location), kind);
  if (declared === undefined) fail(`${DECLARATIONS_FILE} declares ${subject} as neither a method nor an RBXScriptSignal of a handler type`);
  if (declared.join(', ') !== names.join(', '))
    fail(`${DECLARATIONS_FILE} declares ${subject}(${declared.join(', ')}); the dump's parameters are (${names.join(', ')})`);
}
