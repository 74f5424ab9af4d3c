/**
 * Group and title of each Markdown document on the site.
 *
 * TypeDoc names a document after its file and takes its group from the front matter. Our guides
 * carry front matter, but the generated reference pages and the notes other people keep in
 * `docs/` do not (and must not be edited for the site), so the plugin fills in: the group from
 * `rbxDocumentGroups` (longest matching path wins) or, for pages under `rbxReferenceDir`,
 * "Reference"; the title from the front matter's `title` (which TypeDoc itself applies, removing
 * the key), then `rbxDocumentTitles`, then: for a reference page, its file name without `.md`
 * (the first `# ` heading for `index.md`), for any other page its first `# ` heading up to a
 * colon ("Runtime semantics: what …" → "Runtime semantics"). TypeDoc would use the path from
 * the common folder, `generated/reference/WebStreamClient`.
 *
 * A file matched twice by `projectDocuments` (listed by name to put it first, then again by a
 * glob) becomes one document, where it was first listed.
 */
import { basename, relative, resolve, sep } from 'node:path';
import { Converter, type Application, type Context, type DocumentReflection } from 'typedoc';

export const REFERENCE_GROUP = 'Reference';

export interface DocumentLabelRules {
  /** Folder the option paths are relative to (the config file's folder). */
  readonly baseDir: string;
  /** Group by file or folder path. */
  readonly groups: Readonly<Record<string, string>>;
  /** Title by file path. */
  readonly titles: Readonly<Record<string, string>>;
  /** Absolute folder of the generated reference pages, or '' when there are none. */
  readonly referenceDir: string;
}

export interface DocumentLabels {
  readonly group?: string;
  readonly title: string;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** `a/b` contains `a/b/c.md` and `a/b` itself, not `a/bc.md`. */
function contains(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== file);
}

/** The text of the first level-one heading of a Markdown text, if any. */
export function firstHeading(markdown: string): string | undefined {
  return /^# +(.+?)\s*$/m.exec(markdown)?.[1];
}

/**
 * What to set on a document read from `file` (absolute), given its front matter, the name TypeDoc
 * gave it and its Markdown text. TypeDoc names a document after its path (`docs/guides/cli` for
 * `…/docs/guides/cli.md`) unless the front matter has a `title`, so a name that is not a tail of
 * the path is a title and is kept. Pure.
 */
export function documentLabels(
  rules: DocumentLabelRules,
  file: string,
  frontmatter: Readonly<Record<string, unknown>>,
  typedocName: string,
  markdown: string,
): DocumentLabels {
  const withoutExtension = toPosix(file).replace(/\.(md|markdown)$/, '');
  const name = basename(withoutExtension);
  const titled = typedocName !== name && !withoutExtension.endsWith(`/${typedocName}`);
  const rel = toPosix(relative(rules.baseDir, file));
  const inReference = rules.referenceDir !== '' && contains(rules.referenceDir, file);
  let group: string | undefined;
  if (typeof frontmatter['group'] !== 'string') {
    const matches = Object.entries(rules.groups)
      .filter(([path]) => contains(resolve(rules.baseDir, path), file))
      .sort(([a], [b]) => b.length - a.length);
    group = matches[0]?.[1] ?? (inReference ? REFERENCE_GROUP : undefined);
  }
  const heading = firstHeading(markdown);
  const fallback = inReference ? (name === 'index' ? heading : undefined) : heading?.split(': ')[0];
  const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : titled ? typedocName : (rules.titles[rel] ?? fallback);
  return { ...(group === undefined ? {} : { group }), title: title ?? name };
}

export function installDocumentLabels(app: Application): void {
  let documentOfFile = new Map<string, DocumentReflection>();
  app.converter.on(Converter.EVENT_BEGIN, () => {
    documentOfFile = new Map();
  });
  // TypeDoc fires this event without a context (`trigger(CREATE_DOCUMENT, undefined, document)`).
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context: Context | undefined, document: DocumentReflection) => {
    const file = document.project.files.getReflectionPath(document);
    if (file === undefined) return;
    const first = documentOfFile.get(file);
    if (first !== undefined) {
      // Removing the copy also unregisters the file; point it back at the first document, so
      // relative links to the file keep resolving to a page (not to a copy of the Markdown).
      document.project.removeReflection(document);
      document.project.files.registerReflection(file, first);
      return;
    }
    documentOfFile.set(file, document);
    const rules: DocumentLabelRules = {
      baseDir: process.cwd(),
      groups: app.options.getValue('rbxDocumentGroups'),
      titles: app.options.getValue('rbxDocumentTitles'),
      referenceDir: app.options.getValue('rbxReferenceDir'),
    };
    const markdown = document.content.map((part) => part.text).join('');
    const labels = documentLabels(rules, file, document.frontmatter, document.name, markdown);
    if (labels.group !== undefined) document.frontmatter['group'] = labels.group;
    document.name = labels.title;
  });
}
