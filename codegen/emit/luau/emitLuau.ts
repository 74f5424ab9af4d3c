/**
 * The Luau flavour for luau-lsp and Studio, under `typings/luau/` (part of the typings package):
 * - `WebStreamTypes.luau`: a module exporting `WebStreamRequestOptions` (`requestOptionsModule.ts`);
 * - `webstream.docs.json`: luau-lsp's documentation database for the slice (`luauDocs.ts`).
 * How to use them: docs/guides/luau.md.
 */
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { requestOptionsModule } from './requestOptionsModule.js';
import { luauDocsJson } from './luauDocs.js';

export const LUAU_DIR = 'typings/luau';
export const LUAU_TYPES_FILE = 'WebStreamTypes.luau';
export const LUAU_DOCS_FILE = 'webstream.docs.json';

/** The Luau files, under `dir` (relative to the output root). */
export function emitLuau(source: EmitSource, dir: string = LUAU_DIR): EmittedFile[] {
  return [
    { path: `${dir}/${LUAU_TYPES_FILE}`, contents: requestOptionsModule(source, `${dir.replace(/^typings\//, '')}/${LUAU_TYPES_FILE}`) },
    { path: `${dir}/${LUAU_DOCS_FILE}`, contents: luauDocsJson(source) },
  ];
}

/** The `generate` emitter. */
export function luauEmitter(source: EmitSource): EmittedFile[] {
  return emitLuau(source);
}
