/**
 * Where generated output comes from: the Roblox API version the slice was cut from, that
 * build's GUID and date, and the sha256 of the input dump. Written into every generated header
 * (`generatedHeader.ts`) and into model.json, so a consumer can tell which engine version their
 * typings describe and check them against the input. Computed once at load time
 * (`codegen/generate/computeProvenance.ts`).
 */

export interface Provenance {
  /** The full Roblox version, e.g. `0.734.0.7340915`. */
  readonly apiVersion: string;
  /** The build GUID, e.g. `version-d679641ad17741aa`, when the history records it. */
  readonly buildGuid?: string;
  /** The build date as the history records it (ISO 8601, date or date-time). */
  readonly buildDate?: string;
  /** Lower-case hex sha256 of the input dump file's bytes. */
  readonly dumpSha256: string;
}

/** One line: `Roblox API 0.734.0.7340915 (build version-d679641ad17741aa, 2026-08-11); input sha256 <hex>`. */
export function provenanceText(provenance: Provenance): string {
  const build = [provenance.buildGuid ?? 'build GUID unknown', provenance.buildDate?.slice(0, 10) ?? 'date unknown'];
  const version = provenance.buildGuid === undefined ? build.join(', ') : `build ${build.join(', ')}`;
  return `Roblox API ${provenance.apiVersion} (${version}); input sha256 ${provenance.dumpSha256}`;
}
