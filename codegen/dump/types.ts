/**
 * The normalised shape of a Roblox API dump (`Full-API-Dump.json`).
 *
 * Every polymorphic field of the raw JSON is normalised once, in `normalizeDump.ts`, and nowhere
 * else: Security is always a read/write pair, Capabilities always a read/write pair of lists, the
 * `{PreferredDescriptorName, ThreadSafety}` object tag becomes `preferredDescriptor`, a single
 * ReturnType becomes a one-element list. `serializeDump.ts` turns this shape back into the raw
 * JSON form, byte for byte in key order, so a dump survives parse → serialise unchanged.
 *
 * Names, tags and levels are plain strings: an unknown-but-valid value in a newer dump is kept
 * and reported as a warning (see `knownValues.ts`), never dropped.
 */

/** Member kinds as the dump spells them in `MemberType`. */
export type MemberType = 'Property' | 'Function' | 'Event' | 'Callback';

/** The `Category` of a type reference. */
export type TypeCategory = 'Primitive' | 'Class' | 'Enum' | 'DataType' | 'Group';

/** A type as the dump names it, e.g. `{category: 'Enum', name: 'WebStreamClientState'}`. */
export interface TypeRef {
  readonly category: TypeCategory;
  /** The name; a trailing `?` (nullable) is kept as the dump writes it. */
  readonly name: string;
}

/** Read and write halves of a member's security (functions and events use one level for both). */
export interface SecurityPair {
  readonly read: string;
  readonly write: string;
}

/** Read and write capability lists (functions and events use one list for both). */
export interface CapabilityPair {
  readonly read: readonly string[];
  readonly write: readonly string[];
}

/** The `{PreferredDescriptorName, ThreadSafety}` object that sits in Tags of deprecated entities. */
export interface PreferredDescriptor {
  readonly name: string;
  readonly threadSafety: string;
  /**
   * Where the object sat among the raw Tags when it was not the last entry (e.g. `Object.isA`
   * in 0.732+ has it between `Deprecated` and `CustomLuaState`); absent when it was last.
   */
  readonly tagIndex?: number;
}

/** Fields shared by every class, member, enum and enum item. */
export interface Tagged {
  /** String tags in dump order, e.g. `ReadOnly`, `NotReplicated`, `Deprecated`. */
  readonly tags: readonly string[];
  /** The replacement named by a deprecation, when the dump gives one. */
  readonly preferredDescriptor?: PreferredDescriptor;
  /**
   * Fields the dump has that this model does not know yet, kept verbatim under their raw key so
   * nothing is lost (reported as warnings by the parser).
   */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Parameter {
  readonly name: string;
  readonly type: TypeRef;
  /** The default value as the dump writes it (a string), when the parameter is optional. */
  readonly default?: string;
  /** Parameter fields this model does not know yet, kept verbatim under their raw key. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * How the raw JSON spelled a polymorphic field when that differs from the usual spelling for the
 * member kind (see `serializeDump.ts`). Absent on every member of the real dumps; kept so that
 * unusual input still survives parse → serialise unchanged.
 */
export interface RawForm {
  /** `Security` as a plain string or as `{Read, Write}`. */
  readonly security?: 'string' | 'pair';
  /** `Capabilities` as a list, as `{Read}` (no Write key) or as `{Read, Write}`. */
  readonly capabilities?: 'list' | 'readPair' | 'pair';
  /** `ReturnType` as one object or as a list. */
  readonly returnType?: 'single' | 'list';
}

interface MemberBase extends Tagged {
  readonly name: string;
  readonly security: SecurityPair;
  readonly threadSafety: string;
  readonly capabilities?: CapabilityPair;
  /** `SimulationAccess` (0.732+): set on members usable in server-authority simulation. */
  readonly simulationAccess?: boolean;
  /** Only when the raw spelling was unusual; see {@link RawForm}. */
  readonly rawForm?: RawForm;
}

export interface PropertyMember extends MemberBase {
  readonly memberType: 'Property';
  readonly valueType: TypeRef;
  readonly category: string;
  readonly default?: string;
  readonly serialization: { readonly canLoad: boolean; readonly canSave: boolean };
}

export interface FunctionMember extends MemberBase {
  readonly memberType: 'Function';
  readonly parameters: readonly Parameter[];
  /** One entry for an ordinary return, several for a tuple return. */
  readonly returnType: readonly TypeRef[];
}

export interface EventMember extends MemberBase {
  readonly memberType: 'Event';
  readonly parameters: readonly Parameter[];
}

export interface CallbackMember extends MemberBase {
  readonly memberType: 'Callback';
  readonly parameters: readonly Parameter[];
  readonly returnType: readonly TypeRef[];
}

export type Member = PropertyMember | FunctionMember | EventMember | CallbackMember;

/** The superclass value of a root class (`Object` in current dumps, `Instance` in old ones). */
export const ROOT_SUPERCLASS = '<<<ROOT>>>';

export interface DumpClass extends Tagged {
  readonly name: string;
  /** The superclass name, or {@link ROOT_SUPERCLASS}. */
  readonly superclass: string;
  readonly memoryCategory: string;
  readonly members: readonly Member[];
}

export interface EnumItem extends Tagged {
  readonly name: string;
  readonly value: number;
  readonly legacyNames?: readonly string[];
}

export interface DumpEnum extends Tagged {
  readonly name: string;
  readonly items: readonly EnumItem[];
}

/** A whole dump, in the dump's own order. */
export interface Dump {
  /** The dump format version (`Version` at the top level; 1 for every known dump). */
  readonly formatVersion: number;
  readonly classes: readonly DumpClass[];
  readonly enums: readonly DumpEnum[];
  /** Top-level keys the model does not know, kept verbatim. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** A non-fatal finding of the parser: something unknown that was kept as it is. */
export interface DumpWarning {
  readonly code: string;
  /** JSON path in the input, e.g. `Classes[12].Members[3].Tags[1]`. */
  readonly path: string;
  readonly message: string;
}
