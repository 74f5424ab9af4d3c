/**
 * The input every emitter reads: the dump plus, when present, our descriptions and the history
 * log, the two strings that go into generated headers and error messages, and the provenance.
 * Emitters read classes, enums, members and ancestors through the one model of the dump
 * (`emitModel`), never through an index of their own.
 */
import type { DocsFile } from '../../docs/types.js';
import type { Dump } from '../../dump/types.js';
import type { HistoryQuery } from '../../history/types.js';
import { modelFor } from '../../model/buildModel.js';
import type { ApiModel } from '../../model/types.js';
import type { Provenance } from './provenance.js';

export interface EmitSource {
  readonly dump: Dump;
  /** Our descriptions (`api-dump/docs.json`); absent in whole-API mode. */
  readonly docs?: DocsFile;
  /** The history log; absent when no history is known for the dump. */
  readonly history?: HistoryQuery;
  /** Where the dump came from, as shown in headers and errors (`api-dump/Full-API-Dump.json`). */
  readonly dumpFile: string;
  /** The command that regenerates the output, written into every header (`npm run generate`). */
  readonly regenerateCommand: string;
  /** The API version, build and input hash the output comes from; written into every header when known. */
  readonly provenance?: Provenance;
  /**
   * Path from the declaration file being emitted to the folder of reference pages, for the
   * `@see` links (default `../reference`, from `node/index.d.ts`). A published package links to
   * the copy it ships itself, so the links resolve where it is installed.
   */
  readonly referenceBase?: string;
  /** The model of `dump`, when the caller built it already (`generate` does); otherwise built once on first use. */
  readonly model?: ApiModel;
}

/** The model every emitter reads: the one the caller gave, or the one built (once) from the dump. */
export function emitModel(source: EmitSource): ApiModel {
  return source.model ?? modelFor(source.dump, source.dumpFile);
}
