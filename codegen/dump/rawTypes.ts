/**
 * The raw JSON shape of `Full-API-Dump.json`, as it is after `validateDumpSchema` accepted it
 * (and as `serializeDump` produces it). Only the normaliser and the serialiser see this shape;
 * everything else works on the model in `types.ts`.
 */

export interface RawTypeRef {
  Category: string;
  Name: string;
}

export interface RawSecurityPair {
  Read: string;
  Write: string;
}

export interface RawCapabilityPair {
  Read: string[];
  Write?: string[];
}

export interface RawDescriptorTag {
  PreferredDescriptorName: string;
  ThreadSafety: string;
}

export type RawTag = string | RawDescriptorTag;

export interface RawParameter {
  Name: string;
  Type: RawTypeRef;
  Default?: string;
  [extra: string]: unknown;
}

export interface RawMember {
  MemberType: 'Property' | 'Function' | 'Event' | 'Callback';
  Name: string;
  Security: string | RawSecurityPair;
  ThreadSafety: string;
  Tags?: RawTag[];
  Capabilities?: string[] | RawCapabilityPair;
  SimulationAccess?: boolean;
  Category?: string;
  Default?: string;
  ValueType?: RawTypeRef;
  Serialization?: { CanLoad: boolean; CanSave: boolean };
  Parameters?: RawParameter[];
  ReturnType?: RawTypeRef | RawTypeRef[];
  [extra: string]: unknown;
}

export interface RawClass {
  Members: RawMember[];
  MemoryCategory: string;
  Name: string;
  Superclass: string;
  Tags?: RawTag[];
  [extra: string]: unknown;
}

export interface RawEnumItem {
  Name: string;
  Value: number;
  LegacyNames?: string[];
  Tags?: RawTag[];
  [extra: string]: unknown;
}

export interface RawEnum {
  Items: RawEnumItem[];
  Name: string;
  Tags?: RawTag[];
  [extra: string]: unknown;
}

export interface RawDump {
  Classes: RawClass[];
  Enums: RawEnum[];
  Version: number;
  [extra: string]: unknown;
}

/** The fields each raw entity is known to have; any other field goes to `extra`. */
export const KNOWN_FIELDS = {
  dump: new Set(['Classes', 'Enums', 'Version']),
  class: new Set(['Members', 'MemoryCategory', 'Name', 'Superclass', 'Tags']),
  member: new Set([
    'MemberType',
    'Name',
    'Security',
    'ThreadSafety',
    'Tags',
    'Capabilities',
    'SimulationAccess',
    'Category',
    'Default',
    'ValueType',
    'Serialization',
    'Parameters',
    'ReturnType',
  ]),
  parameter: new Set(['Name', 'Type', 'Default']),
  enum: new Set(['Items', 'Name', 'Tags']),
  item: new Set(['Name', 'Value', 'LegacyNames', 'Tags']),
} as const;
