/**
 * The API model the emitters read: the normalised dump with its relations worked out — each
 * class's superclass chain, its own members by kind, the members it inherits grouped by the
 * ancestor that defines them, type references classified, and lookups by name. Built by
 * `buildModel`; plain data plus four lookup functions, no I/O.
 */
import type { CallbackMember, DumpClass, DumpEnum, EnumItem, EventMember, FunctionMember, Member, MemberType, PropertyMember } from '../dump/types.js';

interface TypeBase {
  /** The name without the nullable `?`. */
  readonly name: string;
  /** True when the dump wrote the name with a trailing `?` (the value may be nil). */
  readonly nullable: boolean;
}

/**
 * A classified type reference. Class and Enum references say whether the dump defines the
 * class or enum (a full dump always does; a fragment may not).
 */
export type ModelType =
  | (TypeBase & { readonly category: 'Primitive' })
  | (TypeBase & { readonly category: 'DataType' })
  | (TypeBase & { readonly category: 'Group' })
  | (TypeBase & { readonly category: 'Class'; readonly defined: boolean })
  | (TypeBase & { readonly category: 'Enum'; readonly defined: boolean });

export interface ModelParameter {
  readonly name: string;
  readonly type: ModelType;
  /** The default as the dump writes it; a parameter with a default may be left out. */
  readonly default?: string;
}

interface ModelMemberBase<K extends MemberType, S extends Member> {
  readonly kind: K;
  readonly name: string;
  /** The class that defines the member (for an inherited member: the ancestor). */
  readonly owner: string;
  /** The member as the dump gives it: security, tags, thread safety, capabilities, ... */
  readonly source: S;
}

export interface ModelProperty extends ModelMemberBase<'Property', PropertyMember> {
  readonly type: ModelType;
}

export interface ModelFunction extends ModelMemberBase<'Function', FunctionMember> {
  readonly parameters: readonly ModelParameter[];
  /** One type, or several for a tuple return. */
  readonly returns: readonly ModelType[];
}

export interface ModelEvent extends ModelMemberBase<'Event', EventMember> {
  readonly parameters: readonly ModelParameter[];
}

export interface ModelCallback extends ModelMemberBase<'Callback', CallbackMember> {
  readonly parameters: readonly ModelParameter[];
  readonly returns: readonly ModelType[];
}

export type ModelMember = ModelProperty | ModelFunction | ModelEvent | ModelCallback;

/** Members split by kind, each list in dump order. */
export interface MembersByKind {
  readonly Property: readonly ModelProperty[];
  readonly Function: readonly ModelFunction[];
  readonly Event: readonly ModelEvent[];
  readonly Callback: readonly ModelCallback[];
}

/** The members one ancestor contributes to a class. */
export interface InheritedMembers {
  readonly from: string;
  readonly members: readonly ModelMember[];
  readonly byKind: MembersByKind;
}

export interface ModelClass {
  readonly name: string;
  /** Undefined for a root class. */
  readonly superclass: string | undefined;
  /** Superclass, its superclass, ... up to the root (nearest first). */
  readonly ancestors: readonly string[];
  readonly source: DumpClass;
  /** The class's own members, in dump order. */
  readonly members: readonly ModelMember[];
  readonly byKind: MembersByKind;
  /** Inherited members grouped by ancestor, nearest ancestor first. */
  readonly inherited: readonly InheritedMembers[];
}

export interface ModelEnum {
  readonly name: string;
  readonly source: DumpEnum;
  readonly items: readonly EnumItem[];
}

export interface ApiModel {
  readonly formatVersion: number;
  /** In dump order. */
  readonly classes: readonly ModelClass[];
  readonly enums: readonly ModelEnum[];
  getClass(name: string): ModelClass | undefined;
  getEnum(name: string): ModelEnum | undefined;
  /** The ancestors of a class, nearest first (`WebStreamClient` → `[Object]`); empty for an unknown class. */
  ancestorsOf(name: string): readonly ModelClass[];
  /** The member a class has under `memberName`: its own, else the nearest ancestor's. */
  getMember(className: string, memberName: string): ModelMember | undefined;
  /**
   * The class `getMember` finds the member in (`className` or an ancestor), by name alone: for
   * callers that need only where a member is declared, without modelling any members.
   */
  declaringClass(className: string, memberName: string): string | undefined;
}
