/**
 * Which security levels a game or plugin script can use. Members guarded by the other levels
 * exist only for Roblox's own code (e.g. `HttpService.CreateWebStreamClientInternal`).
 */
import type { SecurityPair } from '../dump/types.js';

export const ENGINE_ONLY_SECURITY: ReadonlySet<string> = new Set(['RobloxScriptSecurity', 'RobloxSecurity', 'NotAccessibleSecurity']);

/** True when scripts may read (call, listen to) a member with this security. */
export function isScriptReadable(security: SecurityPair): boolean {
  return !ENGINE_ONLY_SECURITY.has(security.read);
}
