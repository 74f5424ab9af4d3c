/**
 * Makes the explicit anchors of the generated reference pages first-class on the site.
 *
 * The pages mark each member with `<a id="send"></a>` before its heading (and enum items inside
 * table cells), with GitHub-style ids such as `classname-2` for case twins. TypeDoc renders that
 * HTML as is, but its link checker only knows the ids it gave headings, so every link to such
 * an anchor was reported as broken, and an anchor right before a heading of the same id gave
 * the page two elements with one id. Here each explicit anchor is registered with the page's
 * slugger (so links to it validate), and one that merely repeats the id of the heading after it
 * is dropped.
 *
 * Installed through TypeDoc's `markdownItLoader` option, which an options reader of ours sets
 * (wrapping any loader the user configured), so no TypeDoc internals are touched.
 */
import { PageEvent, type Application } from 'typedoc';

/** The parts of markdown-it's token and parser that are used here (it ships no types). */
interface MdToken {
  type: string;
  content: string;
  meta: unknown;
  children: MdToken[] | null;
  attrGet(name: string): string | null;
}
type RenderRule = (tokens: MdToken[], idx: number, options: unknown, env: unknown, self: unknown) => string;
interface MdParser {
  core: {
    ruler: { push(name: string, rule: (state: { tokens: MdToken[]; Token: new (type: string, tag: string, nesting: number) => MdToken }) => void): void };
  };
  renderer: { rules: Record<string, RenderRule | undefined> };
}

const ANCHOR_BLOCK = /^\s*<a id="([^"]+)"><\/a>\s*$/;
const ANCHOR_IDS = /<a id="([^"]+)"/g;

interface HeadingAnchorMeta {
  readonly explicitAnchor: string;
  readonly heading: MdToken;
}

function isHeadingAnchor(meta: unknown): meta is HeadingAnchorMeta {
  return typeof meta === 'object' && meta !== null && 'explicitAnchor' in meta && 'heading' in meta;
}

/** The ids of the `<a id="…">` elements in a piece of HTML. */
export function explicitAnchorIds(html: string): string[] {
  return [...html.matchAll(ANCHOR_IDS)].map((match) => match[1] ?? '').filter((id) => id !== '');
}

/**
 * The id of an anchor that stands alone before a heading, and how many tokens it takes: an HTML
 * block (1), or, as markdown-it reads `<a id="x"></a>` on its own line, a paragraph holding only
 * that (3: open, inline, close).
 */
function anchorBeforeHeading(tokens: readonly MdToken[], i: number): { id: string; length: number } | undefined {
  const first = tokens[i];
  if (first?.type === 'html_block') {
    const id = ANCHOR_BLOCK.exec(first.content)?.[1];
    return id !== undefined && tokens[i + 1]?.type === 'heading_open' ? { id, length: 1 } : undefined;
  }
  if (first?.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline' && tokens[i + 2]?.type === 'paragraph_close') {
    const id = ANCHOR_BLOCK.exec(tokens[i + 1]!.content)?.[1];
    return id !== undefined && tokens[i + 3]?.type === 'heading_open' ? { id, length: 3 } : undefined;
  }
  return undefined;
}

/**
 * Moves an anchor that stands alone before a heading into the heading's inline content, so that
 * when it renders, the heading's final id is known.
 */
function moveAnchorsIntoHeadings(state: { tokens: MdToken[]; Token: new (type: string, tag: string, nesting: number) => MdToken }): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const found = anchorBeforeHeading(tokens, i);
    if (found === undefined) continue;
    const heading = tokens[i + found.length]!;
    const inline = tokens[i + found.length + 1];
    if (inline?.type !== 'inline' || !inline.children) continue;
    const anchor = new state.Token('html_inline', '', 0);
    anchor.content = `<a id="${found.id}"></a>`;
    anchor.meta = { explicitAnchor: found.id, heading } satisfies HeadingAnchorMeta;
    inline.children.unshift(anchor);
    tokens.splice(i, found.length);
  }
}

export function installExplicitAnchors(app: Application): void {
  let currentPage: PageEvent | undefined;
  app.renderer.on(PageEvent.BEGIN, (page) => {
    currentPage = page;
  });

  const register = (html: string): void => {
    const router = app.renderer.router;
    if (!router || !currentPage) return;
    const slugger = router.getSlugger(currentPage.model);
    for (const id of explicitAnchorIds(html)) if (!slugger.hasAnchor(id)) slugger.slug(id);
  };

  const loader = (parser: MdParser): void => {
    parser.core.ruler.push('rbx_explicit_anchors', moveAnchorsIntoHeadings);
    const plain: RenderRule = (tokens, idx) => tokens[idx]!.content;
    const inlineRule = parser.renderer.rules['html_inline'] ?? plain;
    const blockRule = parser.renderer.rules['html_block'] ?? plain;
    parser.renderer.rules['html_inline'] = (tokens, idx, options, env, self) => {
      const token = tokens[idx]!;
      register(token.content);
      if (isHeadingAnchor(token.meta) && token.meta.heading.attrGet('id') === token.meta.explicitAnchor) return '';
      return inlineRule(tokens, idx, options, env, self);
    };
    parser.renderer.rules['html_block'] = (tokens, idx, options, env, self) => {
      register(tokens[idx]!.content);
      return blockRule(tokens, idx, options, env, self);
    };
  };

  // Options are reset and re-read after plugins load, so the loader is set by a reader that runs
  // after the config file (higher order = later), keeping any loader the user configured.
  app.options.addReader({
    name: 'rbx-explicit-anchors',
    order: 10_000,
    supportsPackages: false,
    read(container) {
      const userLoader = container.getValue('markdownItLoader') as (parser: unknown) => void;
      container.setValue('markdownItLoader', (parser: unknown) => {
        userLoader(parser);
        loader(parser as MdParser);
      });
    },
  });
}
