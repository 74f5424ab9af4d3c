/** Roblox-style enum items: names and values from the API dump 0.734, lookups, identity. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';

describe('Enum', () => {
  it('has the WebStreamClientType items with the dump values', () => {
    expect(Enum.WebStreamClientType.GetEnumItems().map((item) => [item.Name, item.Value])).toEqual([
      ['SSE', 0],
      ['RawStream', 1],
      ['WebSocket', 2],
    ]);
  });

  it('has the WebStreamClientState items with the dump values', () => {
    expect(Enum.WebStreamClientState.GetEnumItems().map((item) => [item.Name, item.Value])).toEqual([
      ['Connecting', 0],
      ['Open', 1],
      ['Error', 2],
      ['Closed', 3],
    ]);
  });

  it('has the HttpCompression items with the dump values', () => {
    expect(Enum.HttpCompression.GetEnumItems().map((item) => [item.Name, item.Value])).toEqual([
      ['None', 0],
      ['Gzip', 1],
    ]);
  });

  it('points each item back to its enum through EnumType', () => {
    expect(Enum.WebStreamClientType.SSE.EnumType).toBe(Enum.WebStreamClientType);
    expect(Enum.WebStreamClientState.Open.EnumType).toBe(Enum.WebStreamClientState);
  });

  it('finds items by name and by value, and returns undefined for unknown ones', () => {
    expect(Enum.WebStreamClientType.FromName('WebSocket')).toBe(Enum.WebStreamClientType.WebSocket);
    expect(Enum.WebStreamClientState.FromValue(3)).toBe(Enum.WebStreamClientState.Closed);
    expect(Enum.WebStreamClientType.FromName('sse')).toBeUndefined();
    expect(Enum.WebStreamClientType.FromValue(9)).toBeUndefined();
  });

  it('answers IsA with the enum name and prints like Luau', () => {
    expect(Enum.WebStreamClientType.SSE.IsA('WebStreamClientType')).toBe(true);
    expect(Enum.WebStreamClientType.SSE.IsA('WebStreamClientState')).toBe(false);
    expect(String(Enum.WebStreamClientState.Connecting)).toBe('Enum.WebStreamClientState.Connecting');
  });

  it('freezes items so scripts cannot change them', () => {
    expect(Object.isFrozen(Enum.WebStreamClientType.SSE)).toBe(true);
    expect(Object.isFrozen(Enum.WebStreamClientType)).toBe(true);
  });

  it('types items with literal names and values', () => {
    expectTypeOf(Enum.WebStreamClientType.SSE.Name).toEqualTypeOf<'SSE'>();
    expectTypeOf(Enum.WebStreamClientState.Closed.Value).toEqualTypeOf<3>();
    expectTypeOf(Enum.WebStreamClientType.RawStream).toMatchTypeOf<Enum.WebStreamClientType>();
  });
});
