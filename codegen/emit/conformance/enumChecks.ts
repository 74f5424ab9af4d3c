/**
 * The checks of `conformance/enums.ts`: for every enum of the dump, one check of its item list and
 * lookups, and one check per item (Name, Value, EnumType, FromName, FromValue).
 */
import type { ApiModel } from '../../model/types.js';
import { checkRecord, type ConformanceCheckRecord } from './checkRecords.js';

export function enumChecks(model: ApiModel): ConformanceCheckRecord[] {
  return model.enums.flatMap((enumeration) => {
    const enumName = enumeration.name;
    const items = enumeration.items.map((item) => ({ name: item.name, value: item.value }));
    const list = items.map((item) => `${item.name}=${item.value}`).join(', ');
    return [
      checkRecord('enums', enumName, `Enum.${enumName}.GetEnumItems() lists exactly ${list || 'nothing'} and the lookups find nothing else`, {
        kind: 'enumItems',
        enumName,
        items,
      }),
      ...items.map((item) =>
        checkRecord(
          'enums',
          `${enumName}.${item.name}`,
          `Enum.${enumName}.${item.name} has Value ${item.value} and is found by FromName("${item.name}") and FromValue(${item.value})`,
          { kind: 'enumItem', enumName, item },
        ),
      ),
    ];
  });
}
