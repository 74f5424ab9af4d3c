/**
 * Compiles Handlebars templates the strict way (`compileOptions.ts`) for the Markdown artefacts
 * (changelogs, `history show`, the typings package's README); TypeScript is never written from a
 * template (codegen/emit/typescript/). The reference pages, rendered ~1,500 at a time, use
 * templates compiled ahead of time instead (`precompiledRenderer.ts`).
 *
 * Templates are plain `.hbs` files next to their emitter; this module only compiles strings, so
 * emitters stay pure — reading the template files is done once by the caller (`loadTemplates`).
 */
import type Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CodegenError } from '../errors/CodegenError.js';
import { TEMPLATE_COMPILE_OPTIONS } from './compileOptions.js';
import { flatten } from './flatten.js';
import { helpers } from './helpers.js';

export type Render<T> = (view: T) => string;

export interface Renderer {
  /** Compiles a template source; `name` appears in error messages. */
  compile<T>(name: string, source: string): Render<T>;
}

/** Thrown when a template cannot be compiled or rendered; names the template. */
export class TemplateError extends CodegenError {
  readonly code = 'TEMPLATE_ERROR';
  constructor(
    readonly template: string,
    detail: string,
  ) {
    super(`Template ${template}: ${detail}`, {
      file: template,
      fix: 'the template or the view given to it is wrong: a bug of the generator; please report it',
    });
  }
}

let handlebars: typeof Handlebars | undefined;

/**
 * Handlebars with its compiler (and source-map) is loaded when the first renderer is made, not
 * when this module is imported: `generate --all --declarations-only` imports the page emitter
 * but renders nothing, and loading Handlebars costs it 40-100 ms. Handlebars is CommonJS, so a
 * synchronous `require` can load it.
 */
function loadHandlebars(): typeof Handlebars {
  return (handlebars ??= createRequire(import.meta.url)('handlebars') as typeof Handlebars);
}

/** Creates an isolated Handlebars environment with our helpers and the given partials. */
export function createRenderer(partials: Readonly<Record<string, string>> = {}): Renderer {
  const hbs = loadHandlebars().create();
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const [name, source] of Object.entries(partials)) hbs.registerPartial(name, source);
  return {
    compile<T>(name: string, source: string): Render<T> {
      let template: Handlebars.TemplateDelegate<T>;
      try {
        template = hbs.compile<T>(source, TEMPLATE_COMPILE_OPTIONS);
      } catch (error) {
        throw new TemplateError(name, (error as Error).message);
      }
      return guardedRender(name, template);
    },
  };
}

/** A compiled template as a `Render`: its errors name it (`TemplateError`), its text comes flat. */
export function guardedRender<T>(name: string, template: (view: T) => string): Render<T> {
  return (view: T) => {
    try {
      // Rendered text is often kept a while (emitReferencePages returns every page): see flatten.ts.
      return flatten(template(view));
    } catch (error) {
      throw new TemplateError(name, (error as Error).message);
    }
  };
}

/** Reads template sources next to a module: `loadTemplates(import.meta.url, ['page.hbs'])`. */
export function loadTemplates(moduleUrl: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, readFileSync(new URL(file, moduleUrl), 'utf8')]));
}
