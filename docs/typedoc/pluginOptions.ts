/**
 * The options our TypeDoc plugin adds (set them in `typedoc.json`): where the generated
 * reference pages, the dump and the history log are, which group and title each Markdown
 * document gets, and the names of the two modules. Every option has a default that turns its
 * feature off, so the plugin also works for a whole-API site that has no history.
 */
import { ParameterType, type Application, type ManuallyValidatedOption } from 'typedoc';

/** A module's display name and the sentence shown on its page, keyed by TypeDoc's own name. */
export interface ModuleLabel {
  readonly name: string;
  readonly summary?: string;
}

declare module 'typedoc' {
  export interface TypeDocOptionMap {
    rbxReferenceDir: string;
    rbxDumpFile: string;
    rbxHistoryFile: string;
    rbxDocumentGroups: ManuallyValidatedOption<Record<string, string>>;
    rbxDocumentTitles: ManuallyValidatedOption<Record<string, string>>;
    rbxModules: ManuallyValidatedOption<Record<string, ModuleLabel>>;
    rbxSourceUrl: string;
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string');
}

function isModuleLabels(value: unknown): value is Record<string, ModuleLabel> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const label = entry as Record<string, unknown>;
    return typeof label['name'] === 'string' && (label['summary'] === undefined || typeof label['summary'] === 'string');
  });
}

export function declarePluginOptions(app: Application): void {
  app.options.addDeclaration({
    name: 'rbxReferenceDir',
    help: '[rbx-webstream] Folder of the generated reference pages (generated/reference); their documents go in the Reference group.',
    type: ParameterType.Path,
    defaultValue: '',
  });
  app.options.addDeclaration({
    name: 'rbxDumpFile',
    help: '[rbx-webstream] The API dump the declarations were generated from; with rbxHistoryFile, adds a History section to each member.',
    type: ParameterType.Path,
    defaultValue: '',
  });
  app.options.addDeclaration({
    name: 'rbxHistoryFile',
    help: '[rbx-webstream] The history log (api-dump/history.json) the History sections are read from.',
    type: ParameterType.Path,
    defaultValue: '',
  });
  app.options.addDeclaration({
    name: 'rbxDocumentGroups',
    help: '[rbx-webstream] Group of each Markdown document without a `group` in its front matter, keyed by file or folder (relative to the config file).',
    type: ParameterType.Mixed,
    defaultValue: {},
    validate(value) {
      if (!isStringRecord(value)) throw new Error('rbxDocumentGroups must map paths to group names, e.g. {"docs": "Guides"}');
    },
  });
  app.options.addDeclaration({
    name: 'rbxDocumentTitles',
    help: '[rbx-webstream] Title of each Markdown document without a `title` in its front matter, keyed by file (relative to the config file).',
    type: ParameterType.Mixed,
    defaultValue: {},
    validate(value) {
      if (!isStringRecord(value)) throw new Error('rbxDocumentTitles must map file paths to titles, e.g. {"docs/semantics.md": "Runtime semantics"}');
    },
  });
  app.options.addDeclaration({
    name: 'rbxSourceUrl',
    help: "[rbx-webstream] Base URL of the repository's files (e.g. https://github.com/o/r/blob/<commit>/); links from documents to source files go there instead of to copies.",
    type: ParameterType.String,
    defaultValue: '',
  });
  app.options.addDeclaration({
    name: 'rbxModules',
    help: '[rbx-webstream] Display name and summary of each module, keyed by the name TypeDoc derives from its path.',
    type: ParameterType.Mixed,
    defaultValue: {},
    validate(value) {
      if (!isModuleLabels(value)) throw new Error('rbxModules must map module names to {"name": "...", "summary": "..."}');
    },
  });
}
