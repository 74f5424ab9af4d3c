/**
 * Policy: which members the declarations include. The Node flavour (and whole-API mode) declare
 * what a script or plugin can reach; a member readable only by Roblox's own code would be a
 * promise the runtime cannot keep. The reference pages still list every member with its security.
 */
import type { Member } from '../../dump/types.js';

/** Security levels a script or plugin holds. Everything else is for Roblox's own code. */
export const SCRIPT_ACCESSIBLE_SECURITY: ReadonlySet<string> = new Set(['None', 'PluginSecurity']);

/** Tags that put a member out of reach of scripts whatever its security says. */
export const SCRIPT_HIDDEN_TAGS: ReadonlySet<string> = new Set(['NotScriptable']);

/** True when scripts can read (properties) or call/connect to (others) the member. */
export function isScriptAccessible(member: Member): boolean {
  return SCRIPT_ACCESSIBLE_SECURITY.has(member.security.read) && !member.tags.some((tag) => SCRIPT_HIDDEN_TAGS.has(tag));
}

/** True when a declared property must be `readonly`: tagged so, or writable only by Roblox code. */
export function isReadonlyForScripts(member: Member): boolean {
  return member.tags.includes('ReadOnly') || !SCRIPT_ACCESSIBLE_SECURITY.has(member.security.write);
}
