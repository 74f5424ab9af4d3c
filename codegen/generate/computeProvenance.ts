/**
 * Computes the provenance of a `generate` run (see `codegen/emit/shared/provenance.ts`) from
 * the history log and the bytes of the slice dump: the API version is the build the slice was
 * recorded from (the history's snapshot, i.e. its latest dump build), with that build's GUID
 * and date. Pure: hashing is a function of the text.
 */
import { createHash } from 'node:crypto';
import type { Provenance } from '../emit/shared/provenance.js';
import type { HistoryFile } from '../history/fileFormat.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Undefined when the history has no recorded dump yet (only public-record builds). */
export function computeProvenance(history: HistoryFile, dumpText: string): Provenance | undefined {
  const version = history.snapshot?.version;
  const build = version === undefined ? undefined : history.builds.find((candidate) => candidate.version === version);
  if (build === undefined) return undefined;
  return {
    apiVersion: build.version,
    ...(build.guid === undefined ? {} : { buildGuid: build.guid }),
    ...(build.date === undefined ? {} : { buildDate: build.date }),
    dumpSha256: sha256Hex(dumpText),
  };
}
