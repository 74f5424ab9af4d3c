/**
 * Reference pages → `reference/<Class>.md`, `reference/<Enum>.md` and `reference/index.md`,
 * rendered with the strict Handlebars renderer from view models built in TypeScript. The
 * templates live in `templates/`; they are compiled ahead of time into `precompiledTemplates.ts`
 * (`npm run compile:templates`), so a run loads only Handlebars' runtime and compiles nothing.
 * `emitReferencePages` is pure.
 *
 * `planReferencePages` names every page first (so a name collision is reported before anything
 * is written) and renders each one only when asked: whole-API mode writes a page as soon as it is
 * rendered, so its ~1,500 pages (~16 MB of text, with their view models) are never all held at
 * once (peak memory, bench/cli.ts).
 */
import type { Render } from '../../templates/createRenderer.js';
import { createPrecompiledRenderer } from '../../templates/precompiledRenderer.js';
import { emitModel } from '../shared/emitSource.js';
import { EmitError } from '../shared/EmitError.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile, PlannedFile } from '../shared/emittedFile.js';
import { markdownHeader } from '../shared/generatedHeader.js';
import { pageFileName, REFERENCE_DIR } from '../shared/referenceLinks.js';
import { buildClassPage, type ClassPageView } from './buildClassPage.js';
import { buildEnumPage, type EnumPageView } from './buildEnumPage.js';
import { buildIndexPage, type IndexPageView } from './buildIndexPage.js';
import * as precompiled from './precompiledTemplates.js';
import { sharedParts } from './sharedParts.js';

interface CompiledTemplates {
  readonly classPage: Render<ClassPageView>;
  readonly enumPage: Render<EnumPageView>;
  readonly indexPage: Render<IndexPageView>;
}

let compiled: CompiledTemplates | undefined;

/** Made on first use: loading Handlebars' runtime is for runs that render pages. */
function templates(): CompiledTemplates {
  if (compiled) return compiled;
  const renderer = createPrecompiledRenderer({ history: precompiled.history });
  compiled = {
    classPage: renderer.template<ClassPageView>('classPage.hbs', precompiled.classPage),
    enumPage: renderer.template<EnumPageView>('enumPage.hbs', precompiled.enumPage),
    indexPage: renderer.template<IndexPageView>('indexPage.hbs', precompiled.indexPage),
  };
  return compiled;
}

export function planReferencePages(source: EmitSource): PlannedFile[] {
  const render = templates();
  const index = emitModel(source);
  const header = markdownHeader(source);
  const owners = new Map<string, string>();
  const claim = (file: string, owner: string, jsonPath: string) => {
    const previous = owners.get(file.toLowerCase());
    if (previous !== undefined) {
      throw new EmitError(
        'EMIT_NAME_COLLISION',
        source.dumpFile,
        jsonPath,
        `${owner} and ${previous} would share the page ${REFERENCE_DIR}/${file} (file names compare without case on some systems)`,
        'give one of them a distinct page name in codegen/emit/shared/referenceLinks.ts',
      );
    }
    owners.set(file.toLowerCase(), owner);
    return `${REFERENCE_DIR}/${file}`;
  };
  claim('index.md', 'the index page', '(reference index)');
  const shared = sharedParts(source, index);
  const classPages = index.classes.map(({ source: cls }, i) => ({
    path: claim(pageFileName(cls.name), `class ${cls.name}`, `Classes[${i}].Name`),
    render: () => render.classPage(buildClassPage(source, index, cls, header, shared)),
  }));
  const enumPages = index.enums.map(({ source: dumpEnum }, i) => ({
    path: claim(pageFileName(dumpEnum.name, 'enum'), `enum ${dumpEnum.name}`, `Enums[${i}].Name`),
    render: () => render.enumPage(buildEnumPage(source, dumpEnum, header)),
  }));
  const indexPage = { path: `${REFERENCE_DIR}/index.md`, render: () => render.indexPage(buildIndexPage(source, index, header)) };
  return [...classPages, ...enumPages, indexPage];
}

/** Every page, rendered. */
export function emitReferencePages(source: EmitSource): EmittedFile[] {
  return planReferencePages(source).map((page) => ({ path: page.path, contents: page.render() }));
}

/** The `generate` emitter. */
export function referencePagesEmitter(source: EmitSource): EmittedFile[] {
  return emitReferencePages(source);
}

/**
 * The pages again under `<dir>/reference/`, for a published folder of declarations whose `@see`
 * links must resolve inside it (`EmitSource.referenceBase` = `REFERENCE_BESIDE_DECLARATIONS`).
 */
export function referencePagesIn(dir: string, source: EmitSource): EmittedFile[] {
  return emitReferencePages(source).map((page) => ({ path: `${dir}/${page.path}`, contents: page.contents }));
}
