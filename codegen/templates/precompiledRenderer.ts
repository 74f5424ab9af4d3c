/**
 * Renders templates compiled ahead of time (`precompileTemplates.ts` writes them into a module
 * beside their emitter) with Handlebars' runtime alone. The reference pages are ~1,500 renders
 * per whole-API run: compiling their templates at run time meant loading Handlebars' parser and
 * compiler (and source-map) and compiling four templates in every process, about 0.1 s of a
 * `generate --all` whose goal is a few tenths of a second (issue 14). A precompiled template is
 * the code `Handlebars.compile` would have built from the same source and options
 * (`compileOptions.ts`), so the pages are the same; a test keeps each module up to date.
 */
import type Handlebars from 'handlebars';
import { createRequire } from 'node:module';
import { guardedRender, type Render } from './createRenderer.js';
import { helpers } from './helpers.js';

/** A template as `Handlebars.precompile` writes it: an object of functions, opaque to us. */
export type PrecompiledTemplate = object;

export interface PrecompiledRenderer {
  /** Makes a precompiled template renderable; `name` appears in error messages. */
  template<T>(name: string, spec: PrecompiledTemplate): Render<T>;
}

let runtime: typeof Handlebars | undefined;

/** Loaded when the first renderer is made: `generate --all --declarations-only` renders nothing. */
function loadRuntime(): typeof Handlebars {
  // The runtime is the part of Handlebars a compiled template needs, without parser or compiler.
  return (runtime ??= createRequire(import.meta.url)('handlebars/runtime') as typeof Handlebars);
}

/** An isolated Handlebars environment with our helpers and the given precompiled partials. */
export function createPrecompiledRenderer(partials: Readonly<Record<string, PrecompiledTemplate>> = {}): PrecompiledRenderer {
  const hbs = loadRuntime().create();
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const [name, spec] of Object.entries(partials)) hbs.registerPartial(name, hbs.template(spec));
  return {
    template: <T>(name: string, spec: PrecompiledTemplate) => guardedRender<T>(name, hbs.template<T>(spec)),
  };
}
