/**
 * Our own descriptions of the slice, kept in `api-dump/docs.json` (written by us, not copied
 * from Roblox). Keyed by name; every class, member, parameter, enum and enum item of the slice
 * has an entry, which `validateDocs.ts` checks against the dump.
 */

export interface MemberDocs {
  readonly summary: string;
  /** Longer Markdown text; optional. */
  readonly description?: string;
  /** Parameter name → description. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** What a function returns. */
  readonly returns?: string;
  /** A short example of our own, in each language it is shown in; checked by test/typings/examples.test.ts. */
  readonly examples?: MemberExamples;
}

export interface MemberExamples {
  /** Luau, on the reference pages. */
  readonly luau: string;
  /** TypeScript for roblox-ts, in the roblox-ts declarations. */
  readonly robloxTs: string;
  /** TypeScript for the Node runtime, in the Node declarations. */
  readonly node: string;
}

export interface ClassDocs {
  readonly summary: string;
  readonly description?: string;
  readonly members: Readonly<Record<string, MemberDocs>>;
}

export interface EnumDocs {
  readonly summary: string;
  readonly description?: string;
  /** Item name → description. */
  readonly items: Readonly<Record<string, string>>;
}

export interface DocsFile {
  readonly classes: Readonly<Record<string, ClassDocs>>;
  readonly enums: Readonly<Record<string, EnumDocs>>;
}
