/**
 * Crawls a static site over HTTP and checks every link it contains: each `href` and `src` of each
 * HTML page (and each `url(…)` of its style sheets) must be relative, must load with status 200
 * from the server, and its `#fragment`, if any, must name an element (`id` or `name`) of the
 * target. An id used twice on one page is reported too (a link to it is ambiguous). External
 * `http(s)` links to other hosts are not followed. Pages are fetched once.
 */

export interface BrokenLink {
  /** The page (or style sheet) holding the link, relative to the site's root. */
  readonly from: string;
  /** The link as written. */
  readonly link: string;
  readonly problem: string;
}

export interface CheckedLink {
  readonly from: string;
  readonly link: string;
  /** Site-relative path the link leads to (without its fragment). */
  readonly url: string;
}

export interface CrawlResult {
  /** Site-relative paths of the HTML pages visited. */
  readonly pages: readonly string[];
  /** Every link that led to a file of the site (each occurrence). */
  readonly links: readonly CheckedLink[];
  readonly broken: readonly BrokenLink[];
}

const ATTRIBUTE_LINK = /\s(?:href|src)="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
const SKIPPED_SCHEMES = /^(?:mailto|javascript|data|tel):/i;

/** The `href`/`src` values of an HTML text, entities for `&` decoded. */
export function linksInHtml(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE_LINK)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
}

export function linksInCss(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match[1] ?? '');
}

/** A folder URL as the file the server answers with, so `./` and `index.html` are one page. */
function canonical(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}

/** Ids that more than one element of an HTML text carries. */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const match of html.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}

/** The element ids (and `name`s) of an HTML or SVG text. */
export function anchorsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

interface Fetched {
  readonly status: number;
  readonly type: string;
  readonly text: string;
}

export class LinkChecker {
  readonly #baseUrl: string;
  readonly #cache = new Map<string, Promise<Fetched>>();

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  /** Site-relative form of a URL inside the site (`documents/WebStreamClient.html`). */
  relative(url: string): string {
    return url.startsWith(this.#baseUrl) ? url.slice(this.#baseUrl.length) : url;
  }

  fetch(url: string): Promise<Fetched> {
    let fetched = this.#cache.get(url);
    if (!fetched) {
      fetched = fetch(url).then(async (response) => ({
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text: await response.text(),
      }));
      this.#cache.set(url, fetched);
    }
    return fetched;
  }

  /**
   * Checks one link found on `fromUrl`. Returns the problem, or undefined when the link is fine
   * (or external); `target` receives the resolved URL of an internal link.
   */
  async check(link: string, fromUrl: string, target?: (url: string) => void): Promise<string | undefined> {
    if (SKIPPED_SCHEMES.test(link)) return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
      const url = new URL(link, fromUrl);
      return url.origin === new URL(this.#baseUrl).origin ? 'absolute link to the site itself (breaks when the site moves)' : undefined;
    }
    if (link.startsWith('/')) return 'root-absolute link (breaks when the site is served from a sub-path)';
    const url = new URL(link, fromUrl);
    const anchor = url.hash === '' ? '' : decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const withoutHash = canonical(url.href);
    if (!withoutHash.startsWith(this.#baseUrl)) return `points outside the site (${url.pathname})`;
    const fetched = await this.fetch(withoutHash);
    if (fetched.status !== 200) return `status ${fetched.status}`;
    target?.(withoutHash);
    if (anchor !== '' && !anchorsIn(fetched.text).has(anchor)) return `no element with id "${anchor}" on ${this.relative(withoutHash)}`;
    return undefined;
  }

  /** Visits every page reachable from `startUrl` and checks all their links. */
  async crawl(start: string): Promise<CrawlResult> {
    const startUrl = canonical(start);
    const pages: string[] = [];
    const broken: BrokenLink[] = [];
    const links: CheckedLink[] = [];
    const queued = new Set<string>([startUrl]);
    const queue = [startUrl];
    while (queue.length > 0) {
      const pageUrl = queue.shift()!;
      const page = await this.fetch(pageUrl);
      const isHtml = page.type.startsWith('text/html');
      const isCss = page.type.startsWith('text/css');
      if (page.status !== 200 || (!isHtml && !isCss)) continue;
      if (isHtml) {
        pages.push(this.relative(pageUrl));
        for (const id of duplicateIds(page.text)) broken.push({ from: this.relative(pageUrl), link: `#${id}`, problem: 'more than one element has this id' });
      }
      for (const link of isHtml ? linksInHtml(page.text) : linksInCss(page.text)) {
        const problem = await this.check(link, pageUrl, (url) => {
          links.push({ from: this.relative(pageUrl), link, url: this.relative(url) });
          if (!queued.has(url)) {
            queued.add(url);
            queue.push(url);
          }
        });
        if (problem !== undefined) broken.push({ from: this.relative(pageUrl), link, problem });
      }
    }
    return { pages, links, broken };
  }
}
