import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../../../codegen/dump/types.js';
import { EmitError } from '../../../../codegen/emit/shared/EmitError.js';
import { returnTypeText, typeText, type Flavour, type TypePosition } from '../../../../codegen/emit/shared/typeText.js';
import { t } from '../fixtures/dumpBuilders.js';

const context = (flavour: Flavour, opaqueDataTypes = new Set<string>()) => ({ flavour, dumpFile: 'dump.json', opaqueDataTypes });

describe('typeText', () => {
  it.each<[string, TypeRef, TypePosition, Flavour, string]>([
    ['int is a number', t.prim('int'), 'parameter', 'node', 'number'],
    ['int64 is a number', t.prim('int64'), 'property', 'node', 'number'],
    ['bool is a boolean', t.prim('bool'), 'return', 'node', 'boolean'],
    ['null returns void', t.prim('null'), 'return', 'node', 'void'],
    ['void (old dumps) returns void', t.prim('void'), 'return', 'node', 'void'],
    ['a nullable primitive accepts undefined', t.prim('string?'), 'parameter', 'node', 'string | undefined'],
    ['Object is RBXObject', t.cls('Object'), 'return', 'node', 'RBXObject'],
    ['a class property may be nil', t.cls('Instance'), 'property', 'node', 'Instance | undefined'],
    ['a class return is as the dump says', t.cls('WebStreamClient'), 'return', 'node', 'WebStreamClient'],
    ['an enum property is Enum.Name', t.enum('WebStreamClientType'), 'property', 'node', 'Enum.WebStreamClientType'],
    ['an enum parameter takes the item, its name or its value', t.enum('WebStreamClientType'), 'parameter', 'node', 'CastsToEnum<Enum.WebStreamClientType>'],
    ['a nullable enum (trailing ?) accepts undefined', t.enum('IXPLoadingStatus?'), 'return', 'node', 'Enum.IXPLoadingStatus | undefined'],
    ['roblox-ts casts enum parameters', t.enum('WebStreamClientType'), 'parameter', 'robloxTs', 'CastsToEnum<Enum.WebStreamClientType>'],
    ['roblox-ts keeps enum properties plain', t.enum('WebStreamClientState'), 'property', 'robloxTs', 'Enum.WebStreamClientState'],
    ['a Dictionary is a string record', t.group('Dictionary'), 'parameter', 'node', 'Record<string, unknown>'],
    ['roblox-ts spells Dictionary object', t.group('Dictionary'), 'parameter', 'robloxTs', 'object'],
    ['a nullable Dictionary accepts undefined', t.group('Dictionary?'), 'parameter', 'node', 'Record<string, unknown> | undefined'],
    ['a Variant is unknown', t.group('Variant?'), 'return', 'node', 'unknown'],
    ['a bare signal takes any handler', t.data('RBXScriptSignal'), 'return', 'node', 'RBXScriptSignal<(...args: any[]) => void>'],
    ['a nullable Function is an optional function', t.data('Function?'), 'parameter', 'node', '((...args: any[]) => unknown) | undefined'],
    ['roblox-ts Function is Callback', t.data('Function'), 'parameter', 'robloxTs', 'Callback'],
    ['OptionalCoordinateFrame is an optional CFrame', t.data('OptionalCoordinateFrame'), 'property', 'node', 'CFrame | undefined'],
  ])('%s', (_, ref, position, flavour, expected) => {
    expect(typeText(ref, position, context(flavour), 'Classes[0]')).toBe(expected);
  });

  it('collects DataTypes that need a placeholder declaration', () => {
    const opaque = new Set<string>();
    typeText(t.data('Vector3?'), 'property', context('node', opaque), 'x');
    typeText(t.data('OptionalCoordinateFrame'), 'property', context('node', opaque), 'x');
    typeText(t.data('RBXScriptSignal'), 'property', context('node', opaque), 'x');
    expect([...opaque].sort()).toEqual(['CFrame', 'Vector3']);
  });

  it('fails on a primitive it does not know, naming the file, path and table to extend', () => {
    const run = () => typeText(t.prim('uint128'), 'parameter', context('node'), 'Classes[3].Members[2].Parameters[0].Type');
    expect(run).toThrow(EmitError);
    expect(run).toThrow(
      'dump.json: Classes[3].Members[2].Parameters[0].Type: Primitive type "uint128" has no TypeScript mapping\n  Fix: add it to PRIMITIVE_TYPES in codegen/emit/shared/typeText.ts',
    );
  });

  it.each<[string, TypeRef[], Flavour, string]>([
    ['nothing is void', [], 'node', 'void'],
    ['one type is that type', [t.prim('string')], 'node', 'string'],
    ['several types are a tuple', [t.prim('bool'), t.prim('string')], 'node', '[boolean, string]'],
    ['roblox-ts wraps tuples in LuaTuple', [t.prim('bool'), t.cls('Instance')], 'robloxTs', 'LuaTuple<[boolean, Instance]>'],
  ])('returnTypeText: %s', (_, refs, flavour, expected) => {
    expect(returnTypeText(refs, context(flavour), 'x')).toBe(expected);
  });
});
