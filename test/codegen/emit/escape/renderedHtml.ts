/**
 * What Markdown becomes on the docs site: rendered with markdown-it as TypeDoc configures it (raw
 * HTML and linkify on), and the elements of the result (tag names and attributes), comments
 * removed the way a browser ends them (`-->` or `--!>`).
 */
import MarkdownIt from 'markdown-it';

export const markdown = new MarkdownIt({ html: true, linkify: true });

export interface RenderedElement {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
}

const COMMENT = /<!--[\s\S]*?--!?>/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Every opening tag of `html` outside comments, with its attributes. */
export function elementsOf(html: string): RenderedElement[] {
  return [...html.replace(COMMENT, '').matchAll(TAG)].map((match) => ({
    tag: match[1]!.toLowerCase(),
    attributes: new Map([...(match[2] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1]!.toLowerCase(), (a[2] ?? '').replace(/^["']|["']$/g, '')])),
  }));
}

/** The elements of rendered Markdown that could run script: `<script>`, `on…` handlers, `javascript:` links. */
export function scriptingElements(markdownText: string): string[] {
  return elementsOf(markdown.render(markdownText)).flatMap((element) => {
    const problems: string[] = [];
    if (['script', 'img', 'iframe', 'object', 'embed', 'svg', 'style'].includes(element.tag)) problems.push(`<${element.tag}>`);
    for (const [name, value] of element.attributes) {
      if (name.startsWith('on')) problems.push(`<${element.tag} ${name}>`);
      if (/^\s*(javascript|data|vbscript):/i.test(value)) problems.push(`<${element.tag} ${name}="${value}">`);
    }
    return problems;
  });
}
