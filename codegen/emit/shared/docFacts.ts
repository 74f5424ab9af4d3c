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

function remembered<K>(cache: Map<K, string>, key: K, make: () => string): string {
  let sentence = cache.get(key);
  if (sentence === undefined) {
    sentence = make();
    if (cache.size >= SENTENCE_CACHE_LIMIT) cache.clear();
    cache.set(key, sentence);
  }
  return sentence;
}

/** Security sentences by read level, then write level (`''` when one level covers both). */
const securitySentences = new Map<string, Map<string, string>>();

function securityLine(security: SecurityPair, bothHalves: boolean): string {
  const single = !bothHalves && security.read === security.write;
  let byWrite = securitySentences.get(security.read);
  if (byWrite === undefined) {
    if (securitySentences.size >= SENTENCE_CACHE_LIMIT) securitySentences.clear();
    byWrite = new Map();
    securitySentences.set(security.read, byWrite);
  }
  return remembered(byWrite, single ? '' : security.write, () =>
    single
      ? `Security: ${security.read} (${explain(SECURITY_WORDS, security.read)}).`
      : `Security: read ${security.read} (${explain(SECURITY_WORDS, security.read)}); write ${security.write} (${explain(SECURITY_WORDS, security.write)}).`,
  );
}

const threadSafetySentences = new Map<string, string>();

function threadSafetyLine(threadSafety: string): string {
  return remembered(threadSafetySentences, threadSafety, () => `Thread safety: ${threadSafety} (${explain(THREAD_SAFETY_WORDS, threadSafety)}).`);
}

function capabilityList(list: readonly string[]): string {
  return list.length === 0 ? 'none' : list.join(', ');
}

function capabilitiesLine(capabilities: CapabilityPair, bothHalves: boolean): string {
  const read = capabilityList(capabilities.read);
  const write = capabilityList(capabilities.write);
  if (!bothHalves && read === write) return `Capabilities: ${read}.`;
  return `Capabilities: read ${read}; write ${write}.`;
}

/** One sentence per tag (`Read-only: scripts can read it but cannot set it.`), Deprecated aside. */
const tagSentences = new Map<string, string>();

function tagLines(tags: readonly string[]): string[] {
  const lines: string[] = [];
  for (const tag of tags) {
    if (tag === 'Deprecated') continue;
    lines.push(
      remembered(tagSentences, tag, () => {
        const words = tagInWords(tag);
        return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
      }),
    );
  }
  return lines;
}

function historyLines(source: EmitSource, kind: EntityKind, name: string, parent?: string): { since?: string; lines: string[] } {
  // Whole-API mode usually has no history log: nothing to look up.
  if (source.history === undefined) return { lines: [] };
  const facts = historyFacts(source.history, { kind, name, ...(parent === undefined ? {} : { parent }) });
  const lines = facts.laterEvents.map((event) => `Changed in ${eventInWords(event)}.`);
  return { ...(facts.since ? { since: facts.since.version } : {}), lines };
}

/** Which class (the owner or an ancestor) declares `memberName`, for a deprecation link. */
function declaringClass(index: ApiModel, owner: DumpClass, memberName: string): string | undefined {
  return index.getMember(owner.name, memberName)?.owner;
}

function memberDeprecation(index: ApiModel, owner: DumpClass, member: Member): string | undefined {
  if (!member.tags.includes('Deprecated') && !member.preferredDescriptor) return undefined;
  const replacement = member.preferredDescriptor?.name;
  if (!replacement || replacement === member.name) return 'Deprecated; the API dump names no replacement.';
  const declaring = declaringClass(index, owner, replacement);
  // `{@link}` takes a TypeScript name: a replacement that is not an identifier is named in text.
  return declaring && isTsIdentifier(replacement)
    ? `Use {@link ${classTypeName(declaring)}.${replacement}} instead.`
    : `Use ${markdownText(replacement)} instead.`;
}

function ownDeprecation(tags: readonly string[], replacement: string | undefined, link: (name: string) => string): string | undefined {
  if (!tags.includes('Deprecated') && replacement === undefined) return undefined;
  return replacement ? `Use ${link(replacement)} instead.` : 'Deprecated; the API dump names no replacement.';
}

/** Path from the declaration file being emitted to the reference pages (`EmitSource.referenceBase`). */
function referenceBaseOf(source: EmitSource): string {
  return source.referenceBase ?? REFERENCE_FROM_DECLARATIONS;
}

export function classDocFacts(source: EmitSource, cls: DumpClass): DocFacts {
  const docs: ClassDocs | undefined = source.docs?.classes[cls.name];
  const history = historyLines(source, 'Class', cls.name);
  const tags = tagLines(cls.tags);
  const deprecated = ownDeprecation(cls.tags, cls.preferredDescriptor?.name, (name) => `{@link ${classTypeName(name)}}`);
  return {
    ...(docs ? { summary: docs.summary } : {}),
    ...(docs?.description ? { description: docs.description } : {}),
    lines: [...tags, `Memory category: ${cls.memoryCategory}.`, ...history.lines],
    parameters: [],
    ...(history.since ? { since: history.since } : {}),
    ...(deprecated ? { deprecated } : {}),
    see: `[${markdownLinkText(cls.name)} reference](${referenceHrefFromDeclarations(cls.name, undefined, referenceBaseOf(source))})`,
  };
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
  const lines = tagLines(member.tags);
  const history = historyLines(source, member.memberType, member.name, owner.name);
  const deprecated = memberDeprecation(index, owner, member);
  lines.push(securityLine(member.security, isProperty), threadSafetyLine(member.threadSafety));
  if (member.capabilities) lines.push(capabilitiesLine(member.capabilities, isProperty));
  for (const line of history.lines) lines.push(line);
  const parameters: { name: string; text: string }[] = [];
  if (docs?.parameters) {
    for (const [name, text] of Object.entries(docs.parameters)) {
      const tsName = parameterNames?.get(name);
      if (tsName !== undefined) parameters.push({ name: tsName, text });
    }
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
  const tags = tagLines(dumpEnum.tags);
  const deprecated = ownDeprecation(dumpEnum.tags, dumpEnum.preferredDescriptor?.name, (name) => markdownText(`Enum.${name}`));
  return {
    ...(docs ? { summary: docs.summary } : {}),
    ...(docs?.description ? { description: docs.description } : {}),
    lines: [...tags, ...history.lines],
    parameters: [],
    ...(history.since ? { since: history.since } : {}),
    ...(deprecated ? { deprecated } : {}),
    see: `[${markdownLinkText(`Enum.${dumpEnum.name}`)} reference](${referenceHrefFromDeclarations(dumpEnum.name, undefined, referenceBaseOf(source), 'enum')})`,
  };
}

export function enumItemDocFacts(source: EmitSource, dumpEnum: DumpEnum, item: EnumItem): DocFacts {
  const text = source.docs?.enums[dumpEnum.name]?.items[item.name];
  const history = historyLines(source, 'EnumItem', item.name, dumpEnum.name);
  const lines = [`Value: ${item.value}.`];
  if (item.legacyNames?.length) lines.push(`Legacy names: ${item.legacyNames.join(', ')}.`);
  for (const line of tagLines(item.tags)) lines.push(line);
  for (const line of history.lines) lines.push(line);
  const deprecated = ownDeprecation(item.tags, item.preferredDescriptor?.name, (name) => markdownText(`Enum.${dumpEnum.name}.${name}`));
  // Field by field, as in memberDocFacts (one call per enum item).
  const facts = {} as { -readonly [K in keyof DocFacts]: DocFacts[K] };
  if (text) facts.summary = text;
  facts.lines = lines;
  facts.parameters = [];
  if (history.since) facts.since = history.since;
  if (deprecated) facts.deprecated = deprecated;
  facts.see = `[${markdownLinkText(`Enum.${dumpEnum.name}.${item.name}`)} reference](${referenceHrefFromDeclarations(dumpEnum.name, anchorOf(dumpEnum, item.name), referenceBaseOf(source), 'enum')})`;
  return facts;
}
