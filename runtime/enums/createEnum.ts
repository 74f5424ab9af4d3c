/**
 * Builds a Roblox-style enum: frozen items with `Name`, `Value` and `EnumType`, plus the enum's
 * `GetEnumItems`, `FromName` and `FromValue` lookups (which return `undefined` where Luau gives
 * nil). Item values come from the API dump (see runtime/enums/Enum.ts).
 *
 * The result is typed precisely (literal names and values, `EnumType` pointing back at the enum),
 * so it can be checked against the generated enum interfaces with `satisfies`.
 */

/** One item of the enum built from `TItems`. */
export interface EnumItemOf<TItems extends Record<string, number>, TName extends keyof TItems & string> {
  readonly Name: TName;
  readonly Value: TItems[TName];
  readonly EnumType: EnumOf<TItems>;
  /** True when this item belongs to the enum named `enumName`. */
  IsA(enumName: string): boolean;
}

/** Any one item of the enum built from `TItems`. */
export type AnyItemOf<TItems extends Record<string, number>> = { [K in keyof TItems & string]: EnumItemOf<TItems, K> }[keyof TItems & string];

/** The enum object: the lookups plus one property per item. */
export type EnumOf<TItems extends Record<string, number>> = {
  GetEnumItems(): Array<AnyItemOf<TItems>>;
  FromName(name: string): AnyItemOf<TItems> | undefined;
  FromValue(value: number): AnyItemOf<TItems> | undefined;
} & { readonly [K in keyof TItems & string]: EnumItemOf<TItems, K> };

/** The minimal shape `isItemOf` needs from any enum. */
interface EnumLookup {
  GetEnumItems(): readonly unknown[];
}

export function createEnum<const TItems extends Record<string, number>>(enumName: string, values: TItems): EnumOf<TItems> {
  const items: unknown[] = [];
  const byName = new Map<string, unknown>();
  const byValue = new Map<number, unknown>();
  const enumObject: Record<string, unknown> = {
    GetEnumItems: () => [...items],
    FromName: (name: string) => byName.get(name),
    FromValue: (value: number) => byValue.get(value),
    toString: () => enumName,
  };
  for (const [name, value] of Object.entries(values)) {
    const item = Object.freeze({
      Name: name,
      Value: value,
      EnumType: enumObject,
      IsA: (otherEnum: string) => otherEnum === enumName,
      toString: () => `Enum.${enumName}.${name}`,
    });
    items.push(item);
    byName.set(name, item);
    byValue.set(value, item);
    enumObject[name] = item;
  }
  return Object.freeze(enumObject) as EnumOf<TItems>;
}

/** True when `value` is an item of `enumObject` (identity check, as in Luau). */
export function isItemOf(enumObject: EnumLookup, value: unknown): boolean {
  return enumObject.GetEnumItems().includes(value);
}
