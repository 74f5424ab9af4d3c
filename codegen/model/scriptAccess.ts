/**
 * The one rule for script access, shared by the slicer (which producers of a class to keep) and
 * the emitters (which members to declare, and which properties are read-only): a member is
 * within reach of a game script or a Studio plugin when its read security is `None` or
 * `PluginSecurity` and it is not tagged `NotScriptable`. Every other level — `LocalUserSecurity`
 * (the command bar), `RobloxScriptSecurity`, `RobloxSecurity`, `NotAccessibleSecurity`, and any
 * level a newer dump introduces — is treated as out of reach. An allow-list, so an unknown level
 * is never promised to scripts. The reasoning and sources are in docs/decisions.md ("Script
 * access"). The reference pages still list every member with its security.
 */
import type { Member } from '../dump/types.js';

/** Security levels a game script or a plugin holds. Everything else is for the command bar or Roblox's own code. */
export const SCRIPT_ACCESSIBLE_SECURITY: ReadonlySet<string> = new Set(['None', 'PluginSecurity']);

/** Tags that put a member out of reach of scripts whatever its security says. */
export const SCRIPT_HIDDEN_TAGS: ReadonlySet<string> = new Set(['NotScriptable']);

/** True when scripts can read (properties) or call/connect to (others) the member. */
export function isScriptAccessible(member: Member): boolean {
  return SCRIPT_ACCESSIBLE_SECURITY.has(member.security.read) && !member.tags.some((tag) => SCRIPT_HIDDEN_TAGS.has(tag));
}

/** True when a declared property must be `readonly`: tagged so, or writable only above plugin level. */
export function isReadonlyForScripts(member: Member): boolean {
  return member.tags.includes('ReadOnly') || !SCRIPT_ACCESSIBLE_SECURITY.has(member.security.write);
}
