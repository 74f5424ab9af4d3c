/**
 * The generator's public API (`import … from 'rbx-webstream/codegen'`): read and write API
 * dumps, cut the slice of a class, build the model, diff and patch dumps, query a version
 * history, and run the generate pipeline — the same functions the `rbx-webstream` CLI is made
 * of. Re-exports only.
 */

// Dumps: parse (any published shape), write back byte for byte, read from disk.
export { parseDump, parseDumpValue, type ParsedDump, type ParseDumpOptions } from './dump/parseDump.js';
export { serializeDump, formatDumpJson, detectDumpStyle, type DumpStyle } from './dump/serializeDump.js';
export { readDumpFile, readDumpText, DUMP_FILE_NAME, type ReadDump } from './dump/readDumpFile.js';
export { CodegenError, type CodegenErrorDetails } from './errors/CodegenError.js';
export { DumpError, type DumpErrorCode } from './dump/errors.js';
export type * from './dump/types.js';

// Slice and model.
export { sliceDump } from './slice/sliceDump.js';
export { SliceError } from './slice/SliceError.js';
export { buildModel } from './model/buildModel.js';
export type * from './model/types.js';

// Diff, patch and the Markdown changelog.
export { diff, diffRaw } from './diff/diff.js';
export { patch, type PatchOptions } from './diff/patch.js';
export { renderChangelog, renderChangeSentence } from './diff/changelog.js';
export { classifyImpact, IMPACT_RULES, type ImpactRule } from './diff/impactRules.js';
export { DiffError, PatchError } from './diff/errors.js';
export type { Change, ChangeAction, EntityKind, Impact } from './diff/types.js';

// Version history.
export { loadHistory, parseHistoryFile } from './history/loadHistory.js';
export { createHistoryQuery } from './history/query.js';
export { addBuild, type AddOutcome } from './history/addBuild.js';
export { sliceToScope } from './slice/scopeSlice.js';
export { compareVersions, isVersion } from './dump/versions.js';
export { HistoryError, type HistoryErrorCode } from './history/errors.js';
export { versionLabel, type BuildRef, type EntityRef, type HistoryBuild, type HistoryEvent, type HistoryQuery, type HistorySource } from './history/types.js';
export type { HistoryFile, HistorySnapshot } from './history/fileFormat.js';

// Our descriptions of the slice.
export { loadDocs, parseDocs } from './docs/loadDocs.js';
export { DocsError } from './docs/errors.js';
export type { DocsFile } from './docs/types.js';

// The generate pipeline and its provenance.
export { runGenerate, type GenerateOptions, type GenerateResult } from './generate/generate.js';
export { createGenerateInput, loadGenerateInput, type GenerateInputTexts, type LoadedInput } from './generate/loadGenerateInput.js';
export { generateAll, emitAll, type GenerateAllOptions, type GenerateAllResult } from './generate/all.js';
export { EMITTERS } from './generate/emitters.js';
export { runEmitters } from './generate/runEmitters.js';
export { GenerateError } from './generate/GenerateError.js';
export { computeProvenance } from './generate/computeProvenance.js';
export type { GenerateInput, Emitter, EmittedFile } from './generate/GenerateInput.js';
export { provenanceText, type Provenance } from './emit/shared/provenance.js';
