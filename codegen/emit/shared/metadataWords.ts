/**
 * Plain-words explanations of the dump's metadata, shared by the JSDoc and the reference pages:
 * what each tag, thread-safety level and security level means for someone writing a script.
 * Written in our own words. A value missing here is still shown (by name, with a note that it is
 * not explained yet), never dropped.
 */
import { lookupTable } from './lookupTable.js';

export const TAG_WORDS: Readonly<Record<string, string>> = lookupTable({
  NotCreatable: 'not creatable: scripts cannot make one with Instance.new; the engine or another API creates it',
  NotReplicated: 'not replicated: does not cross the network boundary, so changes stay on the machine that made them',
  Service: 'service: a single instance per game, fetched with game:GetService',
  ReadOnly: 'read-only: scripts can read it but cannot set it',
  WriteOnly: 'write-only: scripts can set it but reading it is an error',
  Hidden: 'hidden: not shown in the Properties window of Studio',
  NotScriptable: 'not scriptable: scripts cannot reach it at all',
  NotBrowsable: 'not browsable: hidden from the Object Browser of Studio',
  Deprecated: 'deprecated: kept for old code, new code should use the replacement',
  Yields: 'yields: the call suspends the calling thread until it finishes',
  CanYield: 'can yield: the call may suspend the calling thread',
  NoYield: 'does not yield: the call returns without suspending the calling thread',
  CustomLuaState: 'custom Lua state: the engine runs it with special handling of the calling thread',
  PlayerReplicated: 'player replicated: one copy per player, replicated to that player only',
  Settings: 'settings: part of the game settings tree rather than the DataModel',
  UserSettings: 'user settings: part of the per-user settings tree',
});

export const THREAD_SAFETY_WORDS: Readonly<Record<string, string>> = lookupTable({
  Safe: 'safe from parallel (desynchronized) Luau',
  ReadSafe: 'safe to read from parallel Luau, but set it only from serial code',
  Unsafe: 'only from serial (synchronized) code, not from parallel Luau',
});

export const SECURITY_WORDS: Readonly<Record<string, string>> = lookupTable({
  None: 'any script',
  PluginSecurity: 'plugins and the command bar',
  LocalUserSecurity: 'the command bar and local-user contexts only',
  RobloxScriptSecurity: 'Roblox core scripts only',
  RobloxSecurity: 'Roblox-internal code only',
  RobloxEngineSecurity: 'the engine only',
  NotAccessibleSecurity: 'nothing: not accessible from Luau',
});

/** `word` from `table`, or a visible note that the value has no explanation yet. */
export function explain(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? `${value} (no explanation yet)`;
}

/** A tag in words: `NotReplicated` → `not replicated: does not cross …`. */
export function tagInWords(tag: string): string {
  return explain(TAG_WORDS, tag);
}

/** The short form of a tag, before the colon: `not replicated`. */
export function tagLabel(tag: string): string {
  const words = TAG_WORDS[tag];
  return words ? words.slice(0, words.indexOf(':')) : tag;
}

/** What a tag means, after its label: `does not cross the network boundary, …`. */
export function tagMeaning(tag: string): string {
  const words = TAG_WORDS[tag];
  return words ? words.slice(words.indexOf(':') + 1).trim() : 'no explanation yet';
}

/** Property defaults the dump writes as markers rather than values. */
export const DEFAULT_MARKERS: Readonly<Record<string, string>> = lookupTable({
  __api_dump_class_not_creatable__: 'none (the class is not creatable, so there is no default instance)',
  __api_dump_no_string_value__: 'none (the value has no string form)',
  __api_dump_skipped_class__: 'none (the dump skipped this class when reading defaults)',
  __api_dump_failed_to_create_class__: 'none (the dump could not create the class to read defaults)',
  __api_dump_write_only_property__: 'none (the property is write-only)',
});

/** A property default in words: the value itself, or what a marker means. */
export function defaultInWords(value: string): string {
  return DEFAULT_MARKERS[value] ?? (value.startsWith('__api_dump_') ? `none (${value})` : value);
}
