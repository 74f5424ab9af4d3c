/**
 * The documentation database luau-lsp reads with `--docs` (its setting
 * `luau-lsp.types.documentationFiles`): one entry per symbol of the slice, keyed the way luau-lsp
 * names Roblox symbols — `@roblox/globaltype/WebStreamClient.Send`,
 * `@roblox/enum/WebStreamClientType.WebSocket` — so hovers over the Roblox definitions show our
 * descriptions, `@since` with the history, security, thread safety and capabilities.
 *
 * Entry shape (as luau-lsp's own databases): `documentation` (Markdown); for functions also
 * `params` (`name` plus the key of an entry holding the parameter's text) and `returns` (keys).
 * Our descriptions are Markdown on purpose and go in as written; every fact taken from the dump
 * (tags, security, thread safety, capabilities, names, history values) is escaped as Markdown
 * text. The JSON itself is written by JSON.stringify.
 */
import type { DumpClass, DumpEnum, EnumItem, Member } from '../../dump/types.js';
import type { EntityRef } from '../../history/types.js';
import { markdownCodeSpan, markdownText } from '../escape/markdown.js';
import type { ApiModel } from '../../model/types.js';
import { emitModel } from '../shared/emitSource.js';
import { classDocFacts, enumDocFacts, enumItemDocFacts, memberDocFacts, type DocFacts } from '../shared/docFacts.js';
import type { EmitSource } from '../shared/emitSource.js';
import { bannerLines } from '../shared/generatedHeader.js';
import { buildInWords, historyFacts } from '../shared/historyFacts.js';

export interface LuauDocEntry {
  readonly documentation: string;
  readonly params?: readonly { readonly name: string; readonly documentation: string }[];
  readonly returns?: readonly string[];
}

export const classKey = (className: string): string => `@roblox/globaltype/${className}`;
export const memberKey = (className: string, memberName: string): string => `@roblox/globaltype/${className}.${memberName}`;
export const enumKey = (enumName: string): string => `@roblox/enum/${enumName}`;
export const enumItemKey = (enumName: string, itemName: string): string => `@roblox/enum/${enumName}.${itemName}`;

function sinceLine(source: EmitSource, entity: EntityRef): string | undefined {
  const since = historyFacts(source.history, entity).since;
  return since === undefined ? undefined : `**@since** ${markdownText(buildInWords(since))}`;
}

function deprecationLine(tagged: { readonly tags: readonly string[]; readonly preferredDescriptor?: { readonly name: string } }): string | undefined {
  if (!tagged.tags.includes('Deprecated') && tagged.preferredDescriptor === undefined) return undefined;
  const replacement = tagged.preferredDescriptor?.name;
  return replacement === undefined ? '**Deprecated.**' : `**Deprecated:** use ${markdownCodeSpan(replacement)} instead.`;
}

/** The Markdown of one hover: our text, then the dump's facts one per line, then @since. */
function documentation(facts: DocFacts, extra: readonly (string | undefined)[]): string {
  const prose = [facts.summary, facts.description].filter((text): text is string => text !== undefined && text.trim() !== '');
  const lines = [...facts.lines.map(markdownText), ...extra.filter((line): line is string => line !== undefined)];
  return [...prose, lines.join('  \n')].filter((part) => part !== '').join('\n\n');
}

function parameterNames(member: Member): readonly string[] {
  return member.memberType === 'Property' ? [] : member.parameters.map((parameter) => parameter.name);
}

function memberEntries(source: EmitSource, index: ApiModel, cls: DumpClass, member: Member): [string, LuauDocEntry][] {
  const names = parameterNames(member);
  const facts = memberDocFacts(source, index, cls, member, new Map(names.map((name) => [name, name])));
  const key = memberKey(cls.name, member.name);
  const entity: EntityRef = { kind: member.memberType, parent: cls.name, name: member.name };
  const entry: LuauDocEntry = { documentation: documentation(facts, [sinceLine(source, entity), deprecationLine(member)]) };
  if (member.memberType !== 'Function' && member.memberType !== 'Callback') return [[key, entry]];
  const paramEntries = names.map((name, i): [string, LuauDocEntry] => [
    `${key}/param/${i}`,
    { documentation: markdownText(facts.parameters.find((parameter) => parameter.name === name)?.text ?? '') },
  ]);
  const returnEntries: [string, LuauDocEntry][] = facts.returns === undefined ? [] : [[`${key}/return/0`, { documentation: markdownText(facts.returns) }]];
  return [
    [
      key,
      {
        ...entry,
        params: names.map((name, i) => ({ name, documentation: `${key}/param/${i}` })),
        returns: returnEntries.map(([returnKey]) => returnKey),
      },
    ],
    ...paramEntries,
    ...returnEntries,
  ];
}

/**
 * Whether the class-level hover is ours to give: a class the history dates is kept whole by the
 * slice; one it does not date (HttpService, which the slice keeps only for its factory) keeps
 * Roblox's own class text, and only its kept members get entries.
 */
function describesWholeClass(source: EmitSource, cls: DumpClass): boolean {
  if (source.history === undefined) return true;
  return source.history.since({ kind: 'Class', name: cls.name }) !== undefined;
}

function enumEntries(source: EmitSource, dumpEnum: DumpEnum): [string, LuauDocEntry][] {
  const own: [string, LuauDocEntry] = [
    enumKey(dumpEnum.name),
    { documentation: documentation(enumDocFacts(source, dumpEnum), [sinceLine(source, { kind: 'Enum', name: dumpEnum.name }), deprecationLine(dumpEnum)]) },
  ];
  const items = dumpEnum.items.map((item: EnumItem): [string, LuauDocEntry] => [
    enumItemKey(dumpEnum.name, item.name),
    {
      documentation: documentation(enumItemDocFacts(source, dumpEnum, item), [
        sinceLine(source, { kind: 'EnumItem', parent: dumpEnum.name, name: item.name }),
        deprecationLine(item),
      ]),
    },
  ]);
  return [own, ...items];
}

/**
 * JSON has no comments, so (as in model.json) the generated-file banner is the `$generated` field
 * and the provenance the `$provenance` field; no Roblox symbol has such a key, and luau-lsp
 * (checked with 1.69) loads the file with them and never shows them.
 */

/** The docs database as JSON text (two-space indent, a final newline), keys in dump order. */
export function luauDocsJson(source: EmitSource): string {
  const index = emitModel(source);
  const entries: [string, unknown][] = [['$generated', bannerLines(source).join(' ')]];
  if (source.provenance !== undefined) entries.push(['$provenance', source.provenance]);
  for (const { source: cls } of index.classes) {
    if (describesWholeClass(source, cls)) {
      entries.push([
        classKey(cls.name),
        { documentation: documentation(classDocFacts(source, cls), [sinceLine(source, { kind: 'Class', name: cls.name }), deprecationLine(cls)]) },
      ]);
    }
    for (const member of cls.members) entries.push(...memberEntries(source, index, cls, member));
  }
  for (const { source: dumpEnum } of index.enums) entries.push(...enumEntries(source, dumpEnum));
  const database = Object.create(null) as Record<string, unknown>;
  for (const [key, entry] of entries) database[key] = entry;
  return `${JSON.stringify(database, null, 2)}\n`;
}
