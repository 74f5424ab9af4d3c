/**
 * Gathers what a declaration's JSDoc says, as plain facts: our description (docs.json), tags and
 * metadata in words, history, deprecation and the reference link. Both declaration flavours and
 * the stubs render these facts with `toJsDoc`.
 */
import type { ClassDocs, MemberDocs } from '../../docs/types.js';
import type { CapabilityPair, DumpClass, DumpEnum, EnumItem, Member, SecurityPair } from '../../dump/types.js';
import type { EntityKind } from '../../diff/types.js';
import type { ApiModel } from '../../model/types.js';
import type { EmitSource } from './emitSource.js';
import { eventInWords, historyFacts } from './historyFacts.js';
import { explain, SECURITY_WORDS, tagInWords, THREAD_SAFETY_WORDS } from './metadataWords.js';
import { anchorOf, REFERENCE_FROM_DECLARATIONS, referenceHrefFromDeclarations } from './referenceLinks.js';
import { classTypeName } from './tsNames.js';
import { markdownLinkText, markdownText } from '../escape/markdown.js';
import { isTsIdentifier } from '../escape/typescript.js';

export interface DocFacts {
  readonly summary?: string;
  readonly description?: string;
  /**
   * Metadata sentences, one per line (tags, security, thread safety, capabilities, changes): plain
   * text that may hold dump strings; `toJsDoc` escapes them for Markdown.
   */
  readonly lines: readonly string[];
  /** `@param` entries, by TypeScript parameter name. */
  readonly parameters: readonly { readonly name: string; readonly text: string }[];
  readonly returns?: string;
  /** Full version of the build that added the entity. */
  readonly since?: string;
  /** Text of `@deprecated` (Markdown, dump names already escaped), when the entity is deprecated. */
  readonly deprecated?: string;
  /** Markdown link to the reference page (dump names already escaped). */
  readonly see: string;
  /** Example code (ours, from docs.json) for `@example`, in a fenced block of this language. */
  readonly example?: { readonly language: 'ts'; readonly code: string };
}

/**
 * The metadata sentences below are made once per distinct value and handed out again: a whole
 * dump has ~8,000 members but only a handful of security levels, thread-safety levels and tags.
 * Besides saving the string building, `toJsDoc` then escapes and looks up the same string object
 * each time (its hash is computed once). Small maps (dump values are few), emptied past a limit
 * so a long-lived process cannot grow them without bound.
 */
const SENTENCE_CACHE_LIMIT = 1_000;

/** Stores `sentence` under `key` and returns it. Callers look the key up first (no closure per call). */
function remember<K>(cache: Map<K, string>, key: K, sentence: string): string {
  if (cache.size >= SENTENCE_CACHE_LIMIT) cache.clear();
  cache.set(key, sentence);
  return sentence;
}

/**
 * A sentence about a read/write pair: one half when both are the same and `bothHalves` is off,
 * both otherwise. Remembered by read value, then by write value (pairs) or alone (singles), in
 * separate maps: any string can be a dump value, so no key can stand for "the same".
 */
class PairSentences {
  private readonly singles = new Map<string, string>();
  private readonly pairs = new Map<string, Map<string, string>>();

  constructor(
    private readonly single: (value: string) => string,
    private readonly pair: (read: string, write: string) => string,
  ) {}

  sentence(read: string, write: string, bothHalves: boolean): string {
    if (!bothHalves && read === write) return this.singles.get(read) ?? remember(this.singles, read, this.single(read));
    let byWrite = this.pairs.get(read);
    if (byWrite === undefined) {
      if (this.pairs.size >= SENTENCE_CACHE_LIMIT) this.pairs.clear();
      byWrite = new Map();
      this.pairs.set(read, byWrite);
    }
    return byWrite.get(write) ?? remember(byWrite, write, this.pair(read, write));
  }
}

const securitySentences = new PairSentences(
  (level) => `Security: ${level} (${explain(SECURITY_WORDS, level)}).`,
  (read, write) => `Security: read ${read} (${explain(SECURITY_WORDS, read)}); write ${write} (${explain(SECURITY_WORDS, write)}).`,
);

function securityLine(security: SecurityPair, bothHalves: boolean): string {
  return securitySentences.sentence(security.read, security.write, bothHalves);
}

const threadSafetySentences = new Map<string, string>();

function threadSafetyLine(threadSafety: string): string {
  return (
    threadSafetySentences.get(threadSafety) ??
    remember(threadSafetySentences, threadSafety, `Thread safety: ${threadSafety} (${explain(THREAD_SAFETY_WORDS, threadSafety)}).`)
  );
}

function capabilityList(list: readonly string[]): string {
  return list.length === 0 ? 'none' : list.join(', ');
}

const capabilitySentences = new PairSentences(
  (list) => `Capabilities: ${list}.`,
  (read, write) => `Capabilities: read ${read}; write ${write}.`,
);

function capabilitiesLine(capabilities: CapabilityPair, bothHalves: boolean): string {
  return capabilitySentences.sentence(capabilityList(capabilities.read), capabilityList(capabilities.write), bothHalves);
}

/** One sentence per tag (`Read-only: scripts can read it but cannot set it.`), Deprecated aside. */
const tagSentences = new Map<string, string>();

function tagSentence(tag: string): string {
  const words = tagInWords(tag);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** Adds the tag sentences of `tags` to `lines`. */
function addTagLines(lines: string[], tags: readonly string[]): string[] {
  for (const tag of tags) {
    if (tag !== 'Deprecated') lines.push(tagSentences.get(tag) ?? remember(tagSentences, tag, tagSentence(tag)));
  }
  return lines;
}

function addLines(lines: string[], more: readonly string[]): string[] {
  for (const line of more) lines.push(line);
  return lines;
}

/** What `historyLines` gives without a history log (never changed by its callers). */
const NO_HISTORY_LINES: { readonly since?: string; readonly lines: readonly string[] } = { lines: [] };
const NO_PARAMETERS: DocFacts['parameters'] = [];

function historyLines(source: EmitSource, kind: EntityKind, name: string, parent?: string): { readonly since?: string; readonly lines: readonly string[] } {
  // Whole-API mode usually has no history log: nothing to look up.
  if (source.history === undefined) return NO_HISTORY_LINES;
  const facts = historyFacts(source.history, { kind, name, ...(parent === undefined ? {} : { parent }) });
  const lines = facts.laterEvents.map((event) => `Changed in ${eventInWords(event)}.`);
  return { ...(facts.since ? { since: facts.since.version } : {}), lines };
}

/** Which class (the owner or an ancestor) declares `memberName`, for a deprecation link. */
function declaringClass(index: ApiModel, owner: DumpClass, memberName: string): string | undefined {
  return index.declaringClass(owner.name, memberName);
}

function memberDeprecation(index: ApiModel, owner: DumpClass, member: Member): string | undefined {
  if (!member.tags.includes('Deprecated') && !member.preferredDescriptor) return undefined;
  const replacement = member.preferredDescriptor?.name;
  if (!replacement || replacement === member.name) return NO_REPLACEMENT;
  const declaring = declaringClass(index, owner, replacement);
  // `{@link}` takes a TypeScript name: a replacement that is not an identifier is named in text.
  return declaring && isTsIdentifier(replacement)
    ? `Use {@link ${classTypeName(declaring)}.${replacement}} instead.`
    : `Use ${markdownText(replacement)} instead.`;
}

const NO_REPLACEMENT = 'Deprecated; the API dump names no replacement.';

/** Whether a class, enum or item is deprecated: by tag, or by naming what to use instead. */
function isOwnDeprecated(tags: readonly string[], replacement: string | undefined): boolean {
  return replacement !== undefined || tags.includes('Deprecated');
}

/** Path from the declaration file being emitted to the reference pages (`EmitSource.referenceBase`). */
function referenceBaseOf(source: EmitSource): string {
  return source.referenceBase ?? REFERENCE_FROM_DECLARATIONS;
}

/** The facts of a class, enum or item, field by field (rather than by spreading optional objects). */
function ownFacts(
  docs: { readonly summary?: string; readonly description?: string } | undefined,
  lines: readonly string[],
  history: { readonly since?: string },
  deprecated: string | undefined,
  see: string,
): DocFacts {
  const facts = {} as { -readonly [K in keyof DocFacts]: DocFacts[K] };
  if (docs) facts.summary = docs.summary;
  if (docs?.description) facts.description = docs.description;
  facts.lines = lines;
  facts.parameters = NO_PARAMETERS;
  if (history.since) facts.since = history.since;
  if (deprecated) facts.deprecated = deprecated;
  facts.see = see;
  return facts;
}

export function classDocFacts(source: EmitSource, cls: DumpClass): DocFacts {
  const docs: ClassDocs | undefined = source.docs?.classes[cls.name];
  const history = historyLines(source, 'Class', cls.name);
  const lines = addLines(addTagLines([], cls.tags), [`Memory category: ${cls.memoryCategory}.`, ...history.lines]);
  const replacement = cls.preferredDescriptor?.name;
  const deprecated = isOwnDeprecated(cls.tags, replacement) ? (replacement ? `Use {@link ${classTypeName(replacement)}} instead.` : NO_REPLACEMENT) : undefined;
  const see = `[${markdownLinkText(cls.name)} reference](${referenceHrefFromDeclarations(cls.name, undefined, referenceBaseOf(source))})`;
  return ownFacts(docs, lines, history, deprecated, see);
}

/**
 * Facts for one member. `parameterNames` maps dump parameter names to the TypeScript names used
 * in the signature, so `@param` matches the declaration.
 */
export function memberDocFacts(
  source: EmitSource,
  index: ApiModel,
  owner: DumpClass,
  member: Member,
  parameterNames?: ReadonlyMap<string, string>,
  referenceBase = referenceBaseOf(source),
): DocFacts {
  const docs: MemberDocs | undefined = source.docs?.classes[owner.name]?.members[member.name];
  const isProperty = member.memberType === 'Property';
  const lines = addTagLines([], member.tags);
  const history = historyLines(source, member.memberType, member.name, owner.name);
  const deprecated = memberDeprecation(index, owner, member);
  lines.push(securityLine(member.security, isProperty), threadSafetyLine(member.threadSafety));
  if (member.capabilities) lines.push(capabilitiesLine(member.capabilities, isProperty));
  if (history.lines.length > 0) addLines(lines, history.lines);
  let parameters = NO_PARAMETERS;
  if (docs?.parameters) {
    const named: { name: string; text: string }[] = [];
    for (const [name, text] of Object.entries(docs.parameters)) {
      const tsName = parameterNames?.get(name);
      if (tsName !== undefined) named.push({ name: tsName, text });
    }
    parameters = named;
  }
  // Built field by field rather than by spreading optional objects (this runs for every member
  // of a dump); the fields come in the same order as before.
  const facts = {} as { -readonly [K in keyof DocFacts]: DocFacts[K] };
  if (docs) facts.summary = docs.summary;
  if (docs?.description) facts.description = docs.description;
  facts.lines = lines;
  facts.parameters = parameters;
  if (docs?.returns) facts.returns = docs.returns;
  if (history.since) facts.since = history.since;
  if (deprecated) facts.deprecated = deprecated;
  facts.see = `[${markdownLinkText(`${owner.name}.${member.name}`)} reference](${referenceHrefFromDeclarations(owner.name, anchorOf(owner, member.name), referenceBase)})`;
  return facts;
}

/** The member's TypeScript example for one flavour of the declarations, if docs.json has one. */
export function memberExample(source: EmitSource, owner: DumpClass, member: Member, flavour: 'node' | 'robloxTs'): DocFacts['example'] {
  const code = source.docs?.classes[owner.name]?.members[member.name]?.examples?.[flavour];
  return code === undefined ? undefined : { language: 'ts', code };
}

export function enumDocFacts(source: EmitSource, dumpEnum: DumpEnum): DocFacts {
  const docs = source.docs?.enums[dumpEnum.name];
  const history = historyLines(source, 'Enum', dumpEnum.name);
  const lines = addLines(addTagLines([], dumpEnum.tags), history.lines);
  const replacement = dumpEnum.preferredDescriptor?.name;
  const deprecated = isOwnDeprecated(dumpEnum.tags, replacement)
    ? replacement
      ? `Use ${markdownText(`Enum.${replacement}`)} instead.`
      : NO_REPLACEMENT
    : undefined;
  const see = `[${markdownLinkText(`Enum.${dumpEnum.name}`)} reference](${referenceHrefFromDeclarations(dumpEnum.name, undefined, referenceBaseOf(source), 'enum')})`;
  return ownFacts(docs, lines, history, deprecated, see);
}

export function enumItemDocFacts(source: EmitSource, dumpEnum: DumpEnum, item: EnumItem): DocFacts {
  const text = source.docs?.enums[dumpEnum.name]?.items[item.name];
  const history = historyLines(source, 'EnumItem', item.name, dumpEnum.name);
  const lines = [`Value: ${item.value}.`];
  if (item.legacyNames?.length) lines.push(`Legacy names: ${item.legacyNames.join(', ')}.`);
  addTagLines(lines, item.tags);
  if (history.lines.length > 0) addLines(lines, history.lines);
  const replacement = item.preferredDescriptor?.name;
  const deprecated = isOwnDeprecated(item.tags, replacement)
    ? replacement
      ? `Use ${markdownText(`Enum.${dumpEnum.name}.${replacement}`)} instead.`
      : NO_REPLACEMENT
    : undefined;
  const see = `[${markdownLinkText(`Enum.${dumpEnum.name}.${item.name}`)} reference](${referenceHrefFromDeclarations(dumpEnum.name, anchorOf(dumpEnum, item.name), referenceBaseOf(source), 'enum')})`;
  // One call per enum item: the summary is its text in docs.json, there is no description.
  return ownFacts(text ? { summary: text } : undefined, lines, history, deprecated, see);
}
