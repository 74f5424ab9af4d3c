/**
 * The typings of older engine builds shipped next to the current ones, under
 * `typings/api/<release>/` (e.g. `typings/api/0.686/`): for each build at which the history
 * records a change to the slice and the slice already existed, the input is pinned to that build
 * (`codegen/pin/`) and the same emitters run on it unchanged:
 * - `index.d.ts`: the roblox-ts flavour (merges into @rbxts/types, docs and @since as of that build);
 * - `node.d.ts`: the Node flavour, standalone, so a member added later is a compile error;
 * - `luau/`: the Luau module and luau-lsp docs database as of that build;
 * - `reference/`: the reference pages as of that build, which both flavours' `@see` links point to;
 * - `README.md`: the build, and what the current typings have that it lacks.
 * Each file's header names the build it describes.
 */
import { markdownCodeSpan, markdownText } from '../emit/escape/markdown.js';
import { markdownHeader } from '../emit/shared/generatedHeader.js';
import { nodeDeclarationsEmitter } from '../emit/declarations/emitNodeDeclarations.js';
import { emitLuau } from '../emit/luau/emitLuau.js';
import { robloxTsDeclarationsEmitter } from '../emit/robloxTs/emitRobloxTsDeclarations.js';
import { referencePagesIn } from '../emit/reference/emitReferencePages.js';
import { REFERENCE_BESIDE_DECLARATIONS } from '../emit/shared/referenceLinks.js';
import type { EmittedFile } from '../emit/shared/emittedFile.js';
import { versionLabel } from '../history/types.js';
import { PinError } from '../pin/PinError.js';
import type { PinnedDump } from '../pin/pinDump.js';
import { pinSource } from '../pin/pinSource.js';
import { join } from 'node:path';
import { holdsSameText } from '../fs/writeFileAtomic.js';
import { writeFolder } from '../fs/writeFolder.js';
import type { GenerateInput } from './GenerateInput.js';
import { loadGenerateInput } from './loadGenerateInput.js';

export const PINNED_DIR = 'typings/api';

/** `0.686.0.6860866` → `0.686`: the folder name of a pinned build. */
export function releaseOf(version: string): string {
  return `0.${versionLabel(version)}`;
}

function readme(source: GenerateInput, current: GenerateInput, pinned: PinnedDump): string {
  const since = (name: string): string => {
    const [parent, member] = name.startsWith('Enum.') ? [name.split('.')[1]!, name.split('.')[2]] : [name.split('.')[0]!, name.split('.')[1]];
    const entity = name.startsWith('Enum.')
      ? member === undefined
        ? { kind: 'Enum' as const, name: parent }
        : { kind: 'EnumItem' as const, parent, name: member }
      : member === undefined
        ? { kind: 'Class' as const, name: parent }
        : { kind: current.model.getMember(parent, member)?.kind ?? ('Function' as const), parent, name: member };
    const build = current.history?.since(entity);
    return build === undefined ? '' : ` (since ${markdownText(build.version)})`;
  };
  const lacking = pinned.removed.map((name) => `- ${markdownCodeSpan(name)}${since(name)}`);
  const notUndone = pinned.notUndone.map((entry) => `- ${markdownText(entry.reason)}`);
  return [
    markdownHeader(source).trimEnd(),
    '',
    `# Typings as of Roblox build ${markdownText(pinned.build.version)}`,
    '',
    'The same declarations as the package root, derived from the history log for this build: `index.d.ts` (roblox-ts, merges into @rbxts/types), `node.d.ts` (Node flavour, standalone), `luau/` (module and luau-lsp docs) and `reference/` (the pages their links point to). How to select them: docs/guides/luau.md and docs/guides/roblox-ts.md.',
    '',
    '## Not in this build',
    '',
    ...(lacking.length === 0 ? ['Nothing: the slice has every member it has today.'] : lacking),
    ...(notUndone.length === 0 ? [] : ['', '## Changes after this build the history cannot undo', '', ...notUndone]),
    '',
  ].join('\n');
}

/** The emitters a pinned build gets, with the file names they use inside its folder (`''`: the output root). */
export function emitPinnedTypings(source: GenerateInput, dir: string, extra?: { readonly current: GenerateInput; readonly pinned: PinnedDump }): EmittedFile[] {
  // Both flavours link to the pages of this build, shipped in the same folder.
  const linked = { ...source, referenceBase: REFERENCE_BESIDE_DECLARATIONS };
  const [robloxTs] = robloxTsDeclarationsEmitter(linked);
  const [node] = nodeDeclarationsEmitter(linked);
  const files = [
    ...(extra === undefined ? [] : [{ path: `${dir}/README.md`, contents: readme(source, extra.current, extra.pinned) }]),
    { path: `${dir}/index.d.ts`, contents: robloxTs!.contents },
    { path: `${dir}/node.d.ts`, contents: node!.contents },
    ...emitLuau(source, `${dir}/luau`),
    ...referencePagesIn(dir, source),
  ];
  return dir === '' ? files.map((file) => ({ ...file, path: file.path.replace(/^\//, '') })) : files;
}

export interface GeneratePinnedOptions {
  readonly inputDir: string;
  readonly out: string;
  readonly apiVersion: string;
}

/**
 * `generate --api-version <V> --out <dir>`: the typings of build V into `dir` (the files of one
 * `typings/api/<release>/` folder, for any build the history knows). Files already in `dir` that
 * this run does not produce are left alone.
 */
export function generatePinned(options: GeneratePinnedOptions): {
  readonly build: string;
  readonly files: readonly string[];
  readonly removed: readonly string[];
} {
  const { input } = loadGenerateInput(options.inputDir);
  const regenerateCommand = `rbx-webstream generate --api-version ${options.apiVersion} --out ${options.out}`;
  const { source, pinned } = pinSource(input, options.apiVersion, { regenerateCommand });
  const files = emitPinnedTypings(source, '', { current: input, pinned });
  // All or nothing, and files already holding these bytes are not rewritten.
  writeFolder(
    options.out,
    files.filter((file) => !holdsSameText(join(options.out, file.path), file.contents)),
  );
  return { build: pinned.build.version, files: files.map((file) => file.path), removed: pinned.removed };
}

/** The builds shipped: those where the slice changed, from the first at which it existed. */
export function pinnedBuilds(input: GenerateInput): string[] {
  const builds = input.history?.builds() ?? [];
  const latest = builds.at(-1)?.version;
  return builds
    .filter((build) => build.changes.length > 0 && build.version !== latest)
    .flatMap((build) => {
      try {
        pinSource(input, build.version);
        return [build.version];
      } catch (error) {
        if (error instanceof PinError && error.code === 'PIN_BEFORE_SLICE') return [];
        throw error;
      }
    });
}

/** The `generate` emitter. */
export function pinnedTypingsEmitter(input: GenerateInput): EmittedFile[] {
  return pinnedBuilds(input).flatMap((version) => {
    const { source, pinned } = pinSource(input, version);
    return emitPinnedTypings(source, `${PINNED_DIR}/${releaseOf(version)}`, { current: input, pinned });
  });
}
