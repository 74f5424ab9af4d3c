/**
 * The options every Markdown template is compiled with, whether at run time (`createRenderer`)
 * or ahead of time into a module (`precompileTemplates`): `strict` (a missing field throws),
 * `knownHelpersOnly` with the helper table of `helpers.ts` (an unknown helper is a compile
 * error), `noEscape` (we emit Markdown, not HTML; dump strings reach it through the Markdown
 * escaper), and `data: false` (no template reads `@index`/`@root`, and without them `{{#each}}`
 * skips a frame per iteration).
 */
import { helpers } from './helpers.js';

export const TEMPLATE_COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
  knownHelpersOnly: true,
  data: false,
} as const;
