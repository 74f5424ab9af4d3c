/**
 * Builds a Roblox-style enum: frozen items with `Name`, `Value` and `EnumType`, plus the enum's
 * `GetEnumItems`, `FromName` and `FromValue` lookups (which return `undefined` where Luau gives
 * nil). Item values come from the API dump (see runtime/enums/Enum.ts).
 */
import type { EnumItem, RbxEnum } from '../contract.js';

/** The enum object: the lookups plus one property per item, each typed with its literal name and value. */
export type EnumOf<TEnum extends string, TItems extends Record<string, number>> = RbxEnum<TEnum, ItemOf<TEnum, TItems>> & {
  readonly [K in keyof TItems & string]: EnumItem<TEnum, K, TItems[K]>;
};

type ItemOf<TEnum extends string, TItems extends Record<string, number>> = {
  [K in keyof TItems & string]: EnumItem<TEnum, K, TItems[K]>;
}[keyof TItems & string];

export function createEnum<const TEnum extends string, const TItems extends Record<string, number>>(
  enumName: TEnum,
  values: TItems,
): EnumOf<TEnum, TItems> {
  const byName = new Map<string, EnumItem<TEnum>>();
  const byValue = new Map<number, EnumItem<TEnum>>();
  const enumObject: Record<string, unknown> = {
    GetEnumItems: () => [...byName.values()],
    FromName: (name: string) => byName.get(name),
    FromValue: (value: number) => byValue.get(value),
    toString: () => enumName,
  };
  for (const [name, value] of Object.entries(values)) {
    const item: EnumItem<TEnum> = Object.freeze({
      Name: name,
      Value: value,
      EnumType: enumObject as unknown as RbxEnum<TEnum>,
      IsA: (otherEnum: string) => otherEnum === enumName,
      toString: () => `Enum.${enumName}.${name}`,
    });
    byName.set(name, item);
    byValue.set(value, item);
    enumObject[name] = item;
  }
  return Object.freeze(enumObject) as unknown as EnumOf<TEnum, TItems>;
}

/** True when `value` is an item of `enumObject` (identity check, as in Luau). */
export function isItemOf(enumObject: RbxEnum, value: unknown): boolean {
  return enumObject.GetEnumItems().includes(value as EnumItem);
}
