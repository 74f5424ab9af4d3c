/** The view model of `reference/index.md`: every class (with its superclass) and enum page. */
import type { ApiModel } from '../../model/types.js';
import type { EmitSource } from '../shared/emitSource.js';
import { pageFileName } from '../shared/referenceLinks.js';
import { ROOT_SUPERCLASS } from '../../dump/types.js';
import { markdownLinkText, markdownText } from '../escape/markdown.js';

export interface IndexEntryView {
  readonly name: string;
  readonly href: string;
  readonly detail: string;
  readonly summary: string;
}

export interface IndexPageView {
  readonly header: string;
  readonly classes: readonly IndexEntryView[];
  readonly enums: readonly IndexEntryView[];
}

const byName = (a: { readonly sortKey: string }, b: { readonly sortKey: string }) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);

export function buildIndexPage(source: EmitSource, index: ApiModel, header: string): IndexPageView {
  const classes = index.classes
    .map(({ source: cls }) => ({
      sortKey: cls.name,
      name: markdownLinkText(cls.name),
      href: pageFileName(cls.name),
      detail: cls.superclass === ROOT_SUPERCLASS ? 'root' : `extends ${markdownText(cls.superclass)}`,
      summary: source.docs?.classes[cls.name]?.summary ?? '',
    }))
    .sort(byName);
  const enums = index.enums
    .map((dumpEnum) => ({
      sortKey: dumpEnum.name,
      name: markdownLinkText(dumpEnum.name),
      href: pageFileName(dumpEnum.name, 'enum'),
      detail: `${dumpEnum.items.length} item${dumpEnum.items.length === 1 ? '' : 's'}`,
      summary: source.docs?.enums[dumpEnum.name]?.summary ?? '',
    }))
    .sort(byName);
  const strip = ({ sortKey: _, ...entry }: IndexEntryView & { sortKey: string }): IndexEntryView => entry;
  return { header, classes: classes.map(strip), enums: enums.map(strip) };
}
