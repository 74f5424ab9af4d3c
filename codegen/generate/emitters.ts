/**
 * The emitters `generate` runs, in order. Each is a pure `(input: GenerateInput) => EmittedFile[]`;
 * adding an output to `generated/` is one line here. Every file under `generated/` must come
 * from an emitter in this list: `generate` deletes files no emitter produced, and
 * `generate --check` reports them.
 */
import { emitConformance } from '../emit/conformance/emitConformance.js';
import { nodeDeclarationsEmitter } from '../emit/declarations/emitNodeDeclarations.js';
import { luauEmitter } from '../emit/luau/emitLuau.js';
import { referencePagesEmitter } from '../emit/reference/emitReferencePages.js';
import { robloxTsDeclarationsEmitter } from '../emit/robloxTs/emitRobloxTsDeclarations.js';
import { stubsEmitter } from '../emit/stubs/emitStubs.js';
import { typingsPackageEmitter, typingsReferenceEmitter } from '../emit/typingsPackage/emitTypingsPackage.js';
import { emitModelJson } from './emitModelJson.js';
import { pinnedTypingsEmitter } from './pinnedTypings.js';
import type { Emitter } from './GenerateInput.js';

export const EMITTERS: readonly Emitter[] = [
  emitModelJson,
  nodeDeclarationsEmitter,
  stubsEmitter,
  robloxTsDeclarationsEmitter,
  typingsPackageEmitter,
  typingsReferenceEmitter,
  luauEmitter,
  pinnedTypingsEmitter,
  referencePagesEmitter,
  emitConformance,
];
