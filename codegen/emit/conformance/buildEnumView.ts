/**
 * The view of `conformance/enums.ts`: for every enum of the dump, one check of its item list and
 * lookups, and one check per item (Name, Value, EnumType, FromName, FromValue).
 */
import { tsLineCommentText } from '../escape/typescript.js';
import type { ApiModel } from '../../model/types.js';
import { tsLiteral as lit } from './tsLiteral.js';

export interface EnumCheckView {
  readonly kind: 'items' | 'item';
  readonly key: string;
  readonly title: string;
  readonly enumName: string;
  readonly items?: string;
  readonly item?: string;
}

export interface EnumSectionView {
  readonly comment: string;
  readonly checks: readonly EnumCheckView[];
}

export function buildEnumView(model: ApiModel): { readonly sections: readonly EnumSectionView[] } {
  const sections = model.enums.map((enumeration): EnumSectionView => {
    const items = enumeration.items.map((item) => ({ name: item.name, value: item.value }));
    const list = items.map((item) => `${item.name}=${item.value}`).join(', ');
    const enumName = lit(enumeration.name);
    return {
      comment: tsLineCommentText(`Enum.${enumeration.name}: ${list || 'no items'}`),
      checks: [
        { kind: 'items', key: lit(enumeration.name), enumName, items: lit(items), title: lit(`Enum.${enumeration.name}.GetEnumItems() lists exactly ${list || 'nothing'} and the lookups find nothing else`) },
        ...items.map((item): EnumCheckView => ({
          kind: 'item',
          key: lit(`${enumeration.name}.${item.name}`),
          enumName,
          item: lit(item),
          title: lit(`Enum.${enumeration.name}.${item.name} has Value ${item.value} and is found by FromName("${item.name}") and FromValue(${item.value})`),
        })),
      ],
    };
  });
  return { sections };
}
