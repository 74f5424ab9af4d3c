/**
 * The view model of a class page: everything the template prints, already in words and
 * Markdown, so the template holds no logic beyond `if`/`each`. Mirrors what the reference site
 * shows: summary, tags in plain words, the member index (own and inherited, with a History
 * column), one section per member with its metadata and history, and the class history.
 */
import type { DumpClass, Member } from '../../dump/types.js';
import { ROOT_SUPERCLASS } from '../../dump/types.js';
import type { ApiModel } from '../../model/types.js';
import type { EmitSource } from '../shared/emitSource.js';
import { defaultInWords, tagLabel, tagMeaning } from '../shared/metadataWords.js';
import { anchorOf, memberHref, pageFileName } from '../shared/referenceLinks.js';
import { EMPTY_HISTORY, historyView, latestLabel, type HistoryView } from './historyView.js';
import { htmlAttribute } from '../escape/html.js';
import { markdownCodeSpan, markdownLinkText, markdownText } from '../escape/markdown.js';
import { factLine, memberIndexRows, parameterRows } from './markdownRows.js';
import type { SharedParts } from './sharedParts.js';
import { signatureNotation, typeNotation } from './typeMarkdown.js';

export interface FactView {
  readonly label: string;
  /** Markdown. */
  readonly value: string;
}

export interface ParameterView {
  readonly name: string;
  readonly type: string;
  readonly default: string;
  readonly description: string;
}

export interface MemberView {
  readonly name: string;
  /**
   * The anchor and the signature come escaped for their places (an HTML attribute, a code span)
   * rather than through the template's `attr` and `code` helpers: one helper call less per member.
   */
  readonly anchorAttribute: string;
  readonly signatureCode: string;
  readonly summary: string | null;
  readonly description: string | null;
  /** The parameter table's rows (see markdownRows.ts), or '' without parameters. */
  readonly parameters: string;
  readonly returns: string | null;
  /** The fact lines (see markdownRows.ts); a member always has some. */
  readonly facts: string;
  readonly history: HistoryView;
  /** A fenced Luau block with our example (docs.json), or null. */
  readonly example: string | null;
}

export interface MemberSectionView {
  readonly title: string;
  readonly members: readonly MemberView[];
}

export interface IndexRowView {
  /** Raw text (the template puts it in a code span): `Send(data: string): null`. */
  readonly signature: string;
  readonly href: string;
  readonly kind: string;
  readonly history: string;
}

export interface IndexGroupView {
  /** `Members`, or `Inherited from [Object](Object.md)`. */
  readonly title: string;
  /** The rows of the member table (`indexRows`; an ancestor's come from `SharedParts.inheritedRows`). */
  readonly rows: string;
}

export interface ClassPageView {
  readonly header: string;
  readonly name: string;
  /** The class's own members, as the count beside "Member index". */
  readonly memberCount: number;
  readonly lineage: string;
  readonly summary: string | null;
  readonly description: string | null;
  readonly tags: readonly FactView[];
  readonly facts: readonly FactView[];
  readonly index: readonly IndexGroupView[];
  readonly sections: readonly MemberSectionView[];
  readonly history: HistoryView;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

const SECTION_TITLES: Readonly<Record<Member['memberType'], string>> = {
  Property: 'Properties',
  Function: 'Functions',
  Event: 'Events',
  Callback: 'Callbacks',
};

function capabilitiesValue(member: Member): string | undefined {
  if (!member.capabilities) return undefined;
  const list = (values: readonly string[]) => (values.length === 0 ? 'none' : values.join(', '));
  const { read, write } = member.capabilities;
  if (member.memberType !== 'Property' && list(read) === list(write)) return list(read);
  return `read ${list(read)} · write ${list(write)}`;
}

/**
 * The member as the index lists it, in the notation of the public reference:
 * `ConnectionState: Enum.WebStreamClientState`, `Send(data: string): null`,
 * `Error(responseStatusCode: int, errorMessage: string)`.
 */
export function memberSignature(member: Member): string {
  switch (member.memberType) {
    case 'Property':
      return `${member.name}: ${typeNotation(member.valueType)}`;
    case 'Function':
    case 'Callback':
      return signatureNotation(member.name, member.parameters, member.returnType);
    case 'Event':
      return signatureNotation(member.name, member.parameters);
    default: {
      const unknown: never = member;
      return String(unknown);
    }
  }
}

/** The member's fact lines, in page order: type and serialization (properties), security, thread safety, capabilities, tags, replacement. */
function memberFacts(index: ApiModel, cls: DumpClass, member: Member, shared: SharedParts): string {
  const facts: string[] = [];
  if (member.memberType === 'Property') {
    facts.push(factLine('Type', shared.typeLink(member.valueType)));
    if (member.default !== undefined) facts.push(factLine('Default', markdownText(defaultInWords(member.default))));
    facts.push(shared.categoryFact(member.category));
    facts.push(
      factLine(
        'Serialization',
        `${member.serialization.canLoad ? 'loads' : 'does not load'} from files, ${member.serialization.canSave ? 'saves' : 'is not saved'} to files`,
      ),
    );
  }
  facts.push(shared.securityFact(member));
  facts.push(shared.threadSafetyFact(member.threadSafety));
  const capabilities = capabilitiesValue(member);
  if (capabilities !== undefined) facts.push(factLine('Capabilities', markdownText(capabilities)));
  const replacement = member.preferredDescriptor?.name;
  // A deprecated member with a replacement gets one Deprecated line, the one naming the replacement.
  for (const tag of member.tags) {
    if (tag === 'Deprecated' && replacement !== undefined) continue;
    facts.push(shared.tagFact(tag));
  }
  if (replacement !== undefined) {
    // declaringClass, not getMember: it needs only the members' names, not the class's modelled members.
    const declaring = index.declaringClass(cls.name, replacement);
    const target = declaring === undefined ? undefined : index.getClass(declaring)?.source;
    const link = target ? `[${markdownLinkText(replacement)}](${memberHref(target.name, anchorOf(target, replacement), cls.name)})` : markdownText(replacement);
    facts.push(factLine('Deprecated', `${link} should be used instead`));
  }
  return facts.join('\n');
}

function memberView(source: EmitSource, index: ApiModel, cls: DumpClass, member: Member, signature: string, shared: SharedParts): MemberView {
  const docs = source.docs?.classes[cls.name]?.members[member.name];
  let parameters = '';
  let returns: string | null = null;
  if (member.memberType !== 'Property') {
    parameters = parameterRows(
      member.parameters.map((p): ParameterView => ({
        name: markdownText(p.name),
        type: shared.typeLink(p.type),
        default: p.default === undefined ? '' : markdownText(p.default),
        description: docs?.parameters?.[p.name] ?? '',
      })),
    );
    const returnTypes = member.memberType === 'Event' ? undefined : member.returnType;
    if (returnTypes) {
      const types = returnTypes.length === 0 ? 'null' : returnTypes.map(shared.typeLink).join(', ');
      returns = docs?.returns ? `${types}: ${docs.returns}` : types;
    }
  }
  const events = source.history?.changes({ kind: member.memberType, parent: cls.name, name: member.name });
  return {
    name: markdownText(member.name),
    anchorAttribute: htmlAttribute(anchorOf(cls, member.name)),
    signatureCode: markdownCodeSpan(signature),
    summary: docs?.summary ?? null,
    description: docs?.description ?? null,
    parameters,
    returns,
    facts: memberFacts(index, cls, member, shared),
    history: events === undefined ? EMPTY_HISTORY : historyView(events),
    example: docs?.examples ? luauBlock(docs.examples.luau) : null,
  };
}

/** Our Luau example as a fenced block; the fence outgrows any backtick run inside (Luau's interpolated strings use them). */
function luauBlock(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}lua\n${code.replace(/\s+$/, '')}\n${fence}`;
}

/**
 * The member table rows of `owner` as seen from the page of `fromPage`, or from any other page
 * when undefined (links within a page are `#anchor`); `signatures` are those of its members when
 * the caller has them already.
 */
export function indexRows(source: EmitSource, owner: DumpClass, fromPage: string | undefined, signatures?: readonly string[]): string {
  return memberIndexRows(
    owner.members.map((member, i): IndexRowView => ({
      signature: signatures?.[i] ?? memberSignature(member),
      href: memberHref(owner.name, anchorOf(owner, member.name), fromPage),
      kind: member.memberType,
      history: latestLabel(source.history?.latest({ kind: member.memberType, parent: owner.name, name: member.name })),
    })),
  );
}

export function buildClassPage(source: EmitSource, index: ApiModel, cls: DumpClass, header: string, shared: SharedParts): ClassPageView {
  const docs = source.docs?.classes[cls.name];
  const ancestors = index.ancestorsOf(cls.name).map((ancestor) => ancestor.source);
  const lineage = [cls, ...ancestors]
    .map((c, i) => (i === 0 ? `**${markdownText(c.name)}**` : `[${markdownLinkText(c.name)}](${pageFileName(c.name)})`))
    .join(' → ');
  const facts: FactView[] = [{ label: 'Memory category', value: markdownText(cls.memoryCategory) }];
  if (cls.superclass === ROOT_SUPERCLASS) facts.push({ label: 'Superclass', value: 'none (root of the class tree)' });
  if (cls.preferredDescriptor) {
    facts.push({
      label: 'Deprecated',
      value: `[${markdownLinkText(cls.preferredDescriptor.name)}](${pageFileName(cls.preferredDescriptor.name)}) should be used instead`,
    });
  }
  // Each own member's signature heads its section and its row of the index: made once for both.
  const signatures = cls.members.map(memberSignature);
  // One pass sorts the member views into their sections, which keep the dump's order within.
  const byKind: Record<Member['memberType'], MemberView[]> = { Property: [], Function: [], Event: [], Callback: [] };
  cls.members.forEach((member, i) => byKind[member.memberType].push(memberView(source, index, cls, member, signatures[i]!, shared)));
  const sections = (Object.keys(SECTION_TITLES) as Member['memberType'][])
    .filter((kind) => byKind[kind].length > 0)
    .map((kind) => ({ title: SECTION_TITLES[kind], members: byKind[kind] }));
  const inherited = ancestors
    .filter((ancestor) => ancestor.members.length > 0)
    .map((ancestor) => ({
      title: `Inherited from [${markdownLinkText(ancestor.name)}](${pageFileName(ancestor.name)})`,
      rows: shared.inheritedRows(ancestor),
    }));
  return {
    header,
    name: markdownText(cls.name),
    memberCount: cls.members.length,
    lineage,
    summary: docs?.summary ?? null,
    description: docs?.description ?? null,
    tags: cls.tags.map((tag) => ({ label: markdownText(capitalize(tagLabel(tag))), value: tagMeaning(tag) })),
    facts,
    index: [...(cls.members.length > 0 ? [{ title: 'Members', rows: indexRows(source, cls, cls.name, signatures) }] : []), ...inherited],
    sections,
    history: historyView(source.history?.classChanges(cls.name) ?? []),
  };
}
