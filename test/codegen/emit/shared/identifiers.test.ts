import { describe, expect, it } from 'vitest';
import { toIdentifier, toParameterNames, toPropertyKey, toTypeIdentifier } from '../../../../codegen/emit/shared/identifiers.js';

describe('identifiers', () => {
  it.each([
    ['keeps a plain name', 'responseStatusCode', 'responseStatusCode'],
    ['suffixes a reserved word', 'function', 'function_'],
    ['suffixes new and class', 'new', 'new_'],
    ['suffixes strict-mode words', 'arguments', 'arguments_'],
    ['keeps contextual keywords that are valid names', 'type', 'type'],
    ['replaces characters that are not allowed', 'Auto-Recovery Path', 'Auto_Recovery_Path'],
    ['prefixes a leading digit', '3D', '_3D'],
    ['turns an empty name into _', '', '_'],
  ])('toIdentifier %s', (_, name, expected) => {
    expect(toIdentifier(name)).toBe(expected);
  });

  it.each([
    ['string', 'string_'],
    ['type', 'type_'],
    ['Vector3', 'Vector3'],
  ])('toTypeIdentifier(%j) avoids names TypeScript refuses for types', (name, expected) => {
    expect(toTypeIdentifier(name)).toBe(expected);
  });

  it.each([
    ['Name', 'Name'],
    ['Auto-Recovery Interval (Minutes)', '"Auto-Recovery Interval (Minutes)"'],
    ['"quoted"', '"\\"quoted\\""'],
    ['LoadCharacterLayeredClothing ', '"LoadCharacterLayeredClothing "'],
  ])('toPropertyKey(%j)', (name, expected) => {
    expect(toPropertyKey(name)).toBe(expected);
  });

  it('numbers repeated parameter names, after making them identifiers', () => {
    expect(toParameterNames(['new', 'new', 'type', 'a b', 'a_b'])).toEqual(['new_', 'new__2', 'type', 'a_b', 'a_b_2']);
  });
});
