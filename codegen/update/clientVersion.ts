/**
 * Roblox's answer to "which Studio build is current" (`/v2/client-version/WindowsStudio64`):
 * JSON with `version` (`0.734.0.7340915`) and `clientVersionUpload` (the build GUID,
 * `version-d679641ad17741aa`), and where that build's API dump is published. Pure.
 */
import { isVersion } from '../dump/versions.js';
import { UpdateError } from './UpdateError.js';

export const DEFAULT_VERSION_URL = 'https://clientsettingscdn.roblox.com/v2/client-version/WindowsStudio64';
export const DEFAULT_SETUP_URL = 'https://setup.rbxcdn.com';

export interface ClientVersion {
  readonly version: string;
  /** The build GUID, e.g. `version-d679641ad17741aa`. */
  readonly guid: string;
}

const GUID = /^version-[0-9a-f]{16}$/;

export function isBuildGuid(text: string): boolean {
  return GUID.test(text);
}

const EXPECTED = 'JSON like {"version": "0.734.0.7340915", "clientVersionUpload": "version-d679641ad17741aa"}; check --version-url';

/** Reads the endpoint's answer; `url` is only used in messages. */
export function parseClientVersion(text: string, url: string): ClientVersion {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UpdateError('UPDATE_VERSION_RESPONSE', `${url} did not answer JSON (first bytes: ${JSON.stringify(text.slice(0, 40))})`, EXPECTED);
  }
  const record = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const { version, clientVersionUpload } = record;
  if (typeof version !== 'string' || !isVersion(version)) {
    throw new UpdateError('UPDATE_VERSION_RESPONSE', `${url} answered without a usable "version" (got ${JSON.stringify(version) ?? 'nothing'})`, EXPECTED);
  }
  if (typeof clientVersionUpload !== 'string' || !isBuildGuid(clientVersionUpload)) {
    throw new UpdateError(
      'UPDATE_VERSION_RESPONSE',
      `${url} answered without a usable "clientVersionUpload" (got ${JSON.stringify(clientVersionUpload) ?? 'nothing'})`,
      EXPECTED,
    );
  }
  return { version, guid: clientVersionUpload };
}

/** `<setup>/<guid>-Full-API-Dump.json`, whether or not `setup` ends with a slash. */
export function dumpUrl(setupUrl: string, guid: string): string {
  return `${setupUrl.replace(/\/+$/, '')}/${guid}-Full-API-Dump.json`;
}
