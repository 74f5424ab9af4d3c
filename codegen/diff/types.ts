/**
 * The change vocabulary shared by diff, patch, history and the changelog.
 * One `Change` describes one entity added or removed, or one field of it changed.
 * This is also the JSON contract of `rbx-webstream diff --format json`.
 */

export type ChangeAction = 'Add' | 'Remove' | 'Change';

export type EntityKind = 'Class' | 'Property' | 'Function' | 'Event' | 'Callback' | 'Enum' | 'EnumItem';

/** What a change means for code compiled against the typings; rules in docs/diff-impact.md. */
export type Impact = 'breaking' | 'compatible';

export interface Change {
  readonly action: ChangeAction;
  readonly kind: EntityKind;
  /** The owning class of a member, or the owning enum of an item. Absent for classes and enums. */
  readonly parent?: string;
  readonly name: string;
  /** For `Change`: the field that changed, e.g. `Security.Read`, `Tags`, `Parameters`. */
  readonly field?: string;
  readonly from?: unknown;
  readonly to?: unknown;
  /**
   * Where an added entity (or an added tag, field `Tags`) goes: the name of the sibling it
   * follows in the new dump, `null` when it comes first. Needed so that patch rebuilds the new
   * dump's order exactly. A kept entity that moved gets a `Change` with field `Position`
   * (`from`/`to` are the names it followed before and after, `null` for first).
   */
  readonly after?: string | null;
  readonly impact: Impact;
}
