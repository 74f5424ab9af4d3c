/**
 * Maps a dump type reference to TypeScript type text, for the Node flavour and the roblox-ts
 * flavour. The tables below are the whole mapping; a primitive or group name they do not know is
 * an error (never a silent `any`), naming the table to extend.
 */
import type { TypeRef } from '../../dump/types.js';
import { EmitError } from './EmitError.js';
import { toTypeIdentifier } from './identifiers.js';
import { lookupTable } from './lookupTable.js';
import { classTypeName, enumTypeName } from './tsNames.js';

export type Flavour = 'node' | 'robloxTs';

/** Where a type appears; decides nullability of class properties and `CastsToEnum`. */
export type TypePosition = 'property' | 'parameter' | 'return' | 'signalParameter';

/** Dump primitives. `null` (current dumps) and `void` (old dumps) mean "nothing". */
const PRIMITIVE_TYPES: Readonly<Record<string, string>> = lookupTable({
  bool: 'boolean',
  int: 'number',
  int64: 'number',
  float: 'number',
  double: 'number',
  string: 'string',
  null: 'void',
  void: 'void',
});

const GROUP_TYPES: Readonly<Record<Flavour, Readonly<Record<string, string>>>> = {
  node: lookupTable({ Array: 'unknown[]', Dictionary: 'Record<string, unknown>', Map: 'Record<string, unknown>', Tuple: 'unknown[]', Variant: 'unknown' }),
  // As @rbxts/types spells them.
  robloxTs: lookupTable({ Array: 'Array<unknown>', Dictionary: 'object', Map: 'object', Tuple: 'Array<unknown>', Variant: 'unknown' }),
};

/**
 * DataTypes with a fixed meaning. Every other DataType name is an opaque type of the same name:
 * the Node flavour declares a placeholder for it, roblox-ts gets it from @rbxts/types.
 */
const DATA_TYPES: Readonly<Record<Flavour, Readonly<Record<string, string>>>> = {
  node: lookupTable({
    RBXScriptSignal: 'RBXScriptSignal<(...args: any[]) => void>',
    RBXScriptConnection: 'RBXScriptConnection',
    Function: '(...args: any[]) => unknown',
    Instances: 'Instance[]',
    Objects: 'Instance[]',
    OptionalCoordinateFrame: 'CFrame | undefined',
    CoordinateFrame: 'CFrame',
  }),
  robloxTs: lookupTable({
    RBXScriptSignal: 'RBXScriptSignal',
    RBXScriptConnection: 'RBXScriptConnection',
    Function: 'Callback',
    Instances: 'Array<Instance>',
    Objects: 'Array<Instance>',
    OptionalCoordinateFrame: 'CFrame | undefined',
    CoordinateFrame: 'CFrame',
  }),
};

export interface TypeContext {
  readonly flavour: Flavour;
  /** For error messages: the dump file and the JSON path of the type reference. */
  readonly dumpFile: string;
  /** Collects DataType names that need a placeholder declaration (Node flavour). */
  readonly opaqueDataTypes?: Set<string>;
}

function withUndefined(text: string): string {
  if (text === 'unknown' || text === 'void' || / \| undefined$/.test(text)) return text;
  return text.includes('=>') ? `(${text}) | undefined` : `${text} | undefined`;
}

function unknownType(ref: TypeRef, context: TypeContext, jsonPath: string, table: string): never {
  throw new EmitError(
    'EMIT_UNKNOWN_TYPE',
    context.dumpFile,
    jsonPath,
    `${ref.category} type ${JSON.stringify(ref.name)} has no TypeScript mapping`,
    `add it to ${table} in codegen/emit/shared/typeText.ts`,
  );
}

/** Type text for one reference. `jsonPath` locates it in the dump, for errors. */
export function typeText(ref: TypeRef, position: TypePosition, context: TypeContext, jsonPath: string): string {
  const nullable = ref.name.endsWith('?');
  const name = nullable ? ref.name.slice(0, -1) : ref.name;
  let text: string;
  switch (ref.category) {
    case 'Primitive':
      text = PRIMITIVE_TYPES[name] ?? unknownType(ref, context, jsonPath, 'PRIMITIVE_TYPES');
      if (text === 'void' && position !== 'return') text = 'undefined';
      break;
    case 'Group':
      text = GROUP_TYPES[context.flavour][name] ?? unknownType(ref, context, jsonPath, 'GROUP_TYPES');
      break;
    case 'Class':
      text = classTypeName(name);
      // A property holding an object can always be nil.
      if (position === 'property') return withUndefined(text);
      break;
    case 'Enum':
      text = `Enum.${enumTypeName(name)}`;
      // The engine casts an item's name or value to the item where a parameter takes an enum.
      if (position === 'parameter') text = `CastsToEnum<${text}>`;
      break;
    case 'DataType': {
      const fixed = DATA_TYPES[context.flavour][name];
      if (fixed !== undefined) {
        text = fixed;
        if (context.flavour === 'node' && /\bCFrame\b/.test(fixed)) context.opaqueDataTypes?.add('CFrame');
      } else {
        text = toTypeIdentifier(name);
        context.opaqueDataTypes?.add(text);
      }
      break;
    }
    default: {
      const category: never = ref.category;
      return unknownType({ category, name } as TypeRef, context, jsonPath, 'the category switch');
    }
  }
  return nullable ? withUndefined(text) : text;
}

/** Return type text: nothing → `void`, one type → that type, several → a tuple. */
export function returnTypeText(refs: readonly TypeRef[], context: TypeContext, jsonPath: string): string {
  if (refs.length === 0) return 'void';
  const [only] = refs;
  if (refs.length === 1 && only) return typeText(only, 'return', context, jsonPath);
  const parts = refs.map((ref, i) => {
    const text = typeText(ref, 'return', context, `${jsonPath}[${i}]`);
    return text === 'void' ? 'undefined' : text;
  });
  return context.flavour === 'robloxTs' ? `LuaTuple<[${parts.join(', ')}]>` : `[${parts.join(', ')}]`;
}
