/**
 * The handwritten part of the Node declarations: signals and connections, and the enum item and
 * enum object shapes. The runtime implements exactly these names (`RBXScriptSignal`,
 * `RBXScriptConnection`, `EnumItem`, `RBXEnum`), so they are fixed here rather than derived.
 */
import type { InterfaceDeclarationStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import { STRUCTURE_KIND } from '../typescript/structureKinds.js';

export const PRELUDE_NAMES = ['RBXScriptConnection', 'RBXScriptSignal', 'EnumItem', 'RBXEnum', 'CastsToEnum'] as const;

export function preludeDeclarations(): (InterfaceDeclarationStructure | TypeAliasDeclarationStructure)[] {
  return [
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'RBXScriptConnection',
      isExported: true,
      docs: ['The link between a signal and one handler, returned by Connect and Once.'],
      properties: [
        {
          name: 'Connected',
          type: 'boolean',
          isReadonly: true,
          docs: ['True until Disconnect is called or the signal is destroyed; a Once handler disconnects after its first call.'],
        },
      ],
      methods: [{ name: 'Disconnect', returnType: 'void', docs: ['Stops calling the handler. Calling it again does nothing.'] }],
    },
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'RBXScriptSignal',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: '(...args: any[]) => void', default: '(...args: any[]) => void' }],
      docs: ['An event: handlers connected to it are called with its arguments each time it fires.'],
      methods: [
        {
          name: 'Connect',
          parameters: [{ name: 'handler', type: 'T' }],
          returnType: 'RBXScriptConnection',
          docs: ['Calls `handler` every time the signal fires, until the connection is disconnected.'],
        },
        {
          name: 'Once',
          parameters: [{ name: 'handler', type: 'T' }],
          returnType: 'RBXScriptConnection',
          docs: ['Calls `handler` the next time the signal fires, then disconnects.'],
        },
        {
          name: 'Wait',
          returnType: 'Promise<Parameters<T>>',
          docs: ['Resolves with the arguments of the next firing (Node cannot suspend a thread as Luau does).'],
        },
      ],
    },
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'EnumItem',
      isExported: true,
      docs: ['One item of a Roblox enum, such as `Enum.WebStreamClientType.SSE`.'],
      properties: [
        { name: 'Name', type: 'string', isReadonly: true, docs: ['The item name, as in the API dump.'] },
        { name: 'Value', type: 'number', isReadonly: true, docs: ['The item value, as in the API dump.'] },
        { name: 'EnumType', type: 'RBXEnum<EnumItem>', isReadonly: true, docs: ['The enum the item belongs to.'] },
      ],
      methods: [
        {
          name: 'IsA',
          parameters: [{ name: 'enumName', type: 'string' }],
          returnType: 'boolean',
          docs: ['True when the item belongs to the enum named `enumName`.'],
        },
      ],
    },
    {
      kind: STRUCTURE_KIND.Interface,
      name: 'RBXEnum',
      isExported: true,
      typeParameters: [{ name: 'TItem', constraint: 'EnumItem' }],
      docs: ['A Roblox enum object, such as `Enum.WebStreamClientType`: its items by name plus lookups.'],
      methods: [
        { name: 'GetEnumItems', returnType: 'TItem[]', docs: ['Every item of the enum.'] },
        { name: 'FromName', parameters: [{ name: 'name', type: 'string' }], returnType: 'TItem | undefined', docs: ['The item with this name, or undefined.'] },
        {
          name: 'FromValue',
          parameters: [{ name: 'value', type: 'number' }],
          returnType: 'TItem | undefined',
          docs: ['The item with this value, or undefined.'],
        },
      ],
    },
    {
      kind: STRUCTURE_KIND.TypeAlias,
      name: 'CastsToEnum',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: 'EnumItem' }],
      type: 'T | T["Name"] | T["Value"]',
      docs: ['What an enum parameter accepts: the item, its name or its value, as the engine casts them (and as @rbxts/types spells it).'],
    },
  ];
}

/** Member names of RBXEnum, which an enum item name must not shadow. */
export const ENUM_OBJECT_METHODS: ReadonlySet<string> = new Set(['GetEnumItems', 'FromName', 'FromValue']);
