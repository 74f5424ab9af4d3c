/**
 * The History section of each documented class, member, enum and enum item.
 *
 * Every generated declaration links to its reference page with `@see [… reference](../reference/
 * WebStreamClient.md#send)`. The link target is what ties a TypeDoc reflection to an entity of
 * the dump: the page file and anchor are computed for every entity with the generator's own
 * functions (`pageFileName`, `anchorOf`), so both sides agree by construction. For each entity
 * the history log knows, a `@history` block lists its events (`696 (0.696.0.6960797,
 * 2025-10-21): Function WebStreamClient.Send added`), and the generator's "Changed in …" lines,
 * which would repeat them, are dropped from the summary.
 */
import { basename, relative, sep } from 'node:path';
import { versionLabel, type EntityRef, type HistoryEvent, type HistoryQuery } from '../../codegen/history/types.js';
import type { Dump } from '../../codegen/dump/types.js';
import { markdownText } from '../../codegen/emit/escape/markdown.js';
import { anchorOf, pageFileName } from '../../codegen/emit/shared/referenceLinks.js';
import { eventInWords, historyFacts } from '../../codegen/emit/shared/historyFacts.js';

export const HISTORY_TAG = '@history';

/** Key of a link target: `WebStreamClient.md#send`, or `WebStreamClient.md` for the page itself. */
export function targetKey(pageFile: string, anchor: string | undefined): string {
  return anchor ? `${pageFile}#${anchor}` : pageFile;
}

/** Every reference link target of the dump, mapped to the entity its page section describes. */
export function referenceTargets(dump: Dump): Map<string, EntityRef> {
  const targets = new Map<string, EntityRef>();
  for (const cls of dump.classes) {
    const page = pageFileName(cls.name);
    targets.set(targetKey(page, undefined), { kind: 'Class', name: cls.name });
    for (const member of cls.members) {
      targets.set(targetKey(page, anchorOf(cls, member.name)), { kind: member.memberType, parent: cls.name, name: member.name });
    }
  }
  for (const dumpEnum of dump.enums) {
    const page = pageFileName(dumpEnum.name, 'enum');
    targets.set(targetKey(page, undefined), { kind: 'Enum', name: dumpEnum.name });
    for (const item of dumpEnum.items) {
      targets.set(targetKey(page, anchorOf(dumpEnum, item.name)), { kind: 'EnumItem', parent: dumpEnum.name, name: item.name });
    }
  }
  return targets;
}

/**
 * The entity a link points at, if `file` (absolute) is a page directly inside `referenceDir`
 * and the page section is one the dump has.
 */
export function entityOfLink(targets: ReadonlyMap<string, EntityRef>, referenceDir: string, file: string, anchor: string | undefined): EntityRef | undefined {
  const rel = relative(referenceDir, file);
  if (rel.startsWith('..') || rel.includes(sep)) return undefined;
  return targets.get(targetKey(basename(file), anchor));
}

/**
 * The Markdown of a History block: one list item per event, oldest first, led by the short
 * version label the reference pages' History column shows (`- **696** (0.696.0.6960797,
 * 2025-10-21): Function WebStreamClient.Send added`).
 */
export function historyMarkdown(events: readonly HistoryEvent[]): string {
  return events
    .map((event) => {
      // Names and values in the words come from dumps: Markdown text, escaped (codegen/emit/escape).
      const words = eventInWords(event);
      const label = versionLabel(event.build.version);
      if (!words.startsWith(label)) return `- ${markdownText(words)}`;
      const rest = words.slice(label.length);
      const space = /^\s*/.exec(rest)![0];
      return `- **${markdownText(label)}**${space}${markdownText(rest.slice(space.length))}`;
    })
    .join('\n');
}

/** The "Changed in …" lines the generator writes into the entity's JSDoc (see docFacts.ts). */
export function generatedChangeLines(history: HistoryQuery, entity: EntityRef): Set<string> {
  // As toJsDoc writes them: escaped for Markdown.
  return new Set(historyFacts(history, entity).laterEvents.map((event) => markdownText(`Changed in ${eventInWords(event)}.`)));
}
