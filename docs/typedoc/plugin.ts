/**
 * Our TypeDoc plugin, loaded through the `plugin` option of `typedoc.json` (it is TypeScript, so
 * TypeDoc must run under tsx, as `npm run docs` does). It adds the options of
 * `pluginOptions.ts` and seven small features, one per file:
 * - `documentLabels.ts`: groups (Guides, Reference) and titles of the Markdown documents;
 * - `moduleLabels.ts`: module names and summaries;
 * - `explicitAnchors.ts`: the reference pages' `<a id>` anchors count as anchors;
 * - `eventGroups.ts`: events (properties typed RBXScriptSignal) under an Events heading;
 * - `generatedComments.ts`: History blocks and metadata lists on the generated API's comments;
 * - `referenceBacklinks.ts`: each reference page links back to its TypeScript declaration;
 * - `sourceFileLinks.ts`: links from the guides to source files point into the repository.
 */
import type { Application } from 'typedoc';
import { installDocumentLabels } from './documentLabels.js';
import { installEventGroups } from './eventGroups.js';
import { installExplicitAnchors } from './explicitAnchors.js';
import { installGeneratedComments } from './generatedComments.js';
import { installModuleLabels } from './moduleLabels.js';
import { installReferenceBacklinks } from './referenceBacklinks.js';
import { installSourceFileLinks } from './sourceFileLinks.js';
import { declarePluginOptions } from './pluginOptions.js';

export function load(app: Application): void {
  declarePluginOptions(app);
  installDocumentLabels(app);
  installModuleLabels(app);
  installExplicitAnchors(app);
  installEventGroups(app);
  installGeneratedComments(app);
  installReferenceBacklinks(app);
  installSourceFileLinks(app);
}
