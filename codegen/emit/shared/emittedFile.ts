/**
 * What every emitter returns: files to write, with paths relative to the output root
 * (`generated/` for `npm run generate`, the `--out` folder in whole-API mode). Emitters never write.
 */

export interface EmittedFile {
  /** Relative path with forward slashes, e.g. `node/index.d.ts`. */
  readonly path: string;
  readonly contents: string;
}
