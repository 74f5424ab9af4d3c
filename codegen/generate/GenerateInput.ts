/**
 * What `generate` hands every emitter, and the emitter signature. `GenerateInput` is an
 * `EmitSource` (the emitters' own input: dump, docs, history, header strings) plus the model,
 * so any emitter written against `EmitSource` plugs in unchanged.
 */
import type { DocsFile } from '../docs/types.js';
import type { EmitSource } from '../emit/shared/emitSource.js';
import type { EmittedFile } from '../emit/shared/emittedFile.js';
import type { ApiModel } from '../model/types.js';
import type { LoadedScenarios } from '../scenarios/types.js';
import type { ProjectManifest } from './projectManifest.js';

export interface GenerateInput extends EmitSource {
  /** Our descriptions of the slice, checked against it entity for entity. */
  readonly docs: DocsFile;
  readonly model: ApiModel;
  /** The behaviour scenarios of the conformance suite (`scenarios.json`), when given. */
  readonly scenarios?: LoadedScenarios;
  /** The workspace root's manifest and license (for the typings package), when generating in a checkout. */
  readonly project?: ProjectManifest;
}

/** A pure function from the input to the files it contributes under `generated/`. */
export type Emitter = (input: GenerateInput) => readonly EmittedFile[];

export type { EmittedFile };
