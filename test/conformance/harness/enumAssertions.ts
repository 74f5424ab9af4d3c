/**
 * Enum checks against the dump: the enum exists on the target's `Enum`, `GetEnumItems()` lists
 * exactly the dump's items in the dump's order, each item has the dump's Name and Value and
 * points back at its enum, and the lookups by name and by value find it (and find nothing for a
 * name or value the dump does not have).
 */
import { fail, read, show } from './ConformanceFailure.js';

export interface EnumItemFact {
  readonly name: string;
  readonly value: number;
}

interface EnumLike {
  GetEnumItems?: unknown;
  FromName?: unknown;
  FromValue?: unknown;
}

function enumObject(enums: unknown, enumName: string): EnumLike {
  const found = read(enums, enumName, `Enum.${enumName}`);
  if (typeof found !== 'object' || found === null) fail(`Enum.${enumName} is ${found === undefined ? 'missing' : show(found)}`);
  return found as EnumLike;
}

function lookups(enumName: string, found: EnumLike): { fromName: (name: string) => unknown; fromValue: (value: number) => unknown } {
  const { FromName, FromValue } = found;
  if (typeof FromName !== 'function' || typeof FromValue !== 'function') fail(`Enum.${enumName} lacks FromName or FromValue`);
  return { fromName: (name) => FromName.call(found, name), fromValue: (value) => FromValue.call(found, value) };
}

export function expectEnumItems(enums: unknown, enumName: string, items: readonly EnumItemFact[]): void {
  const found = enumObject(enums, enumName);
  if (typeof found.GetEnumItems !== 'function') fail(`Enum.${enumName}.GetEnumItems is not a function`);
  const listed = (found.GetEnumItems.call(found) as Array<{ Name?: unknown; Value?: unknown }>).map((item) => `${String(item.Name)}=${String(item.Value)}`);
  const expected = items.map((item) => `${item.name}=${item.value}`);
  if (listed.join(', ') !== expected.join(', ')) fail(`Enum.${enumName}.GetEnumItems() lists [${listed.join(', ')}]; the dump has [${expected.join(', ')}]`);
  const { fromName, fromValue } = lookups(enumName, found);
  const unusedValue = Math.max(-1, ...items.map((item) => item.value)) + 1;
  if (fromName('NotAnItemOfTheDump') !== undefined) fail(`Enum.${enumName}.FromName("NotAnItemOfTheDump") found an item`);
  if (fromValue(unusedValue) !== undefined) fail(`Enum.${enumName}.FromValue(${unusedValue}) found an item, but no item of the dump has that value`);
}

export function expectEnumItem(enums: unknown, enumName: string, item: EnumItemFact): void {
  const found = enumObject(enums, enumName);
  const qualified = `Enum.${enumName}.${item.name}`;
  const value = read(found, item.name, qualified) as { Name?: unknown; Value?: unknown; EnumType?: unknown; IsA?: unknown } | undefined;
  if (typeof value !== 'object' || value === null) fail(`${qualified} is ${value === undefined ? 'missing' : show(value)}`);
  if (value.Name !== item.name) fail(`${qualified}.Name is ${show(value.Name)}; the dump says "${item.name}"`);
  if (value.Value !== item.value) fail(`${qualified}.Value is ${show(value.Value)}; the dump says ${item.value}`);
  if (value.EnumType !== found) fail(`${qualified}.EnumType is not Enum.${enumName}`);
  if (typeof value.IsA !== 'function' || value.IsA.call(value, enumName) !== true) fail(`${qualified}.IsA("${enumName}") is not true`);
  const { fromName, fromValue } = lookups(enumName, found);
  if (fromName(item.name) !== value) fail(`Enum.${enumName}.FromName("${item.name}") does not return ${qualified}`);
  if (fromValue(item.value) !== value) fail(`Enum.${enumName}.FromValue(${item.value}) does not return ${qualified}`);
}
