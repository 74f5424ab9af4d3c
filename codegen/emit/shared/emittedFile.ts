/**
 * What every emitter returns: files to write, with paths relative to the output root
 * (`generated/` for `npm run generate`, the `--out` folder in whole-API mode). Emitters never write.
 */

export interface EmittedFile {
  /** Relative path with forward slashes, e.g. `node/index.d.ts`. */
  readonly path: string;
  readonly contents: string;
}

/**
 * A file whose path is settled and whose text is made on demand: large outputs (whole-API mode's
 * reference pages) are rendered one at a time as they are written, instead of all up front.
 */
export interface PlannedFile {
  readonly path: string;
  render(): string;
}
