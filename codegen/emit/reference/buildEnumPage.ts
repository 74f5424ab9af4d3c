/**
 * The view model of an enum page: summary, tags, the items (value, legacy names, description,
 * latest change) and the enum's history, items included.
 */
import type { DumpEnum } from '../../dump/types.js';
import type { EmitSource } from '../shared/emitSource.js';
import { tagLabel, tagMeaning } from '../shared/metadataWords.js';
import { anchorOf } from '../shared/referenceLinks.js';
import type { FactView } from './buildClassPage.js';
import { enumChanges, historyView, latestLabel, type HistoryView } from './historyView.js';
import { enumItemRows } from './markdownRows.js';
import { markdownText } from './markdownText.js';

export interface EnumItemView {
  readonly name: string;
  readonly anchor: string;
  readonly value: number;
  readonly legacyNames: string;
  readonly description: string;
  readonly tags: string;
  readonly history: string;
}

export interface EnumPageView {
  readonly header: string;
  readonly name: string;
  /** `Enum.<name>` as written in Luau, raw (the template prints it as a code span). */
  readonly qualifiedName: string;
  readonly summary: string | null;
  readonly description: string | null;
  readonly tags: readonly FactView[];
  /** The item table's rows (see markdownRows.ts), or '' for an enum without items. */
  readonly items: string;
  readonly history: HistoryView;
}

export function buildEnumPage(source: EmitSource, dumpEnum: DumpEnum, header: string): EnumPageView {
  const docs = source.docs?.enums[dumpEnum.name];
  const history = source.history;
  return {
    header,
    name: markdownText(dumpEnum.name),
    qualifiedName: `Enum.${dumpEnum.name}`,
    summary: docs?.summary ?? null,
    description: docs?.description ?? null,
    tags: dumpEnum.tags.map((tag) => ({ label: markdownText(tagLabel(tag)), value: tagMeaning(tag) })),
    items: enumItemRows(
      dumpEnum.items.map((item): EnumItemView => ({
        name: markdownText(item.name),
        anchor: anchorOf(dumpEnum, item.name),
        value: item.value,
        legacyNames: (item.legacyNames ?? []).map(markdownText).join(', '),
        description: docs?.items[item.name] ?? '',
        tags: item.tags.map((tag) => markdownText(tagLabel(tag))).join(', '),
        history: latestLabel(history?.latest({ kind: 'EnumItem', parent: dumpEnum.name, name: item.name })),
      })),
    ),
    history: historyView(history ? enumChanges(history, dumpEnum.name) : []),
  };
}
