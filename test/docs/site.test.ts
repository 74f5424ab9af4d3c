/**
 * The documentation site, built by `npm run docs` (scripts/docs.ts) and checked in Debian's
 * Chromium, served over HTTP from 127.0.0.1 under the sub-path `/rbx-webstream/` as GitHub Pages
 * serves it. The build runs once, into a temporary folder. Screenshots of the WebStreamClient
 * pages are kept in `test-artifacts/docs-site/`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDumpFile } from '../../codegen/dump/readDumpFile.js';
import { loadHistory } from '../../codegen/history/loadHistory.js';
import { versionLabel } from '../../codegen/history/types.js';
import { describeWithChromium, launchChromium } from './helpers/chromium.js';
import { LinkChecker } from './helpers/linkChecker.js';
import { openPage, realProblems } from './helpers/openPage.js';
import { serveStatic, type StaticSite } from './helpers/staticServer.js';

const SUB_PATH = '/rbx-webstream/';
const ARTIFACTS = 'test-artifacts/docs-site';
const run = promisify(execFile);

/** What the WebStreamClient reference page must show: each member (own and inherited) with the label of its latest event. */
function expectedHistoryColumn(): Map<string, string> {
  const { dump } = readDumpFile('api-dump/Full-API-Dump.json');
  const history = loadHistory(JSON.parse(readFileSync('api-dump/history.json', 'utf8')), 'api-dump/history.json');
  const expected = new Map<string, string>();
  for (let name: string | undefined = 'WebStreamClient'; name !== undefined;) {
    const cls = dump.classes.find((candidate) => candidate.name === name);
    if (!cls) break;
    for (const member of cls.members) {
      const latest = history.latest({ kind: member.memberType, parent: cls.name, name: member.name });
      if (!expected.has(member.name)) expected.set(member.name, latest ? versionLabel(latest.build.version) : '—');
    }
    name = dump.classes.some((candidate) => candidate.name === cls.superclass) ? cls.superclass : undefined;
  }
  return expected;
}

describeWithChromium('docs site in Debian chromium', () => {
  let siteDir = '';
  let buildOutput = '';
  let site: StaticSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    siteDir = mkdtempSync(join(tmpdir(), 'rbx-webstream-site-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const built = await run(process.execPath, ['--import', 'tsx', 'scripts/docs.ts', '--out', siteDir], {
      timeout: 120_000,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    buildOutput = built.stdout;
    console.log(buildOutput.trim());
    [site, browser] = await Promise.all([serveStatic(siteDir, SUB_PATH), launchChromium()]);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (siteDir !== '') rmSync(siteDir, { recursive: true, force: true });
  });

  it('the build prints its time and size', () => {
    expect(buildOutput).toMatch(/built in \d+\.\d s: \d+ files, [\d.]+ [kM]?B \(HTML [\d.]+ [kM]?B in \d+ pages, search index [\d.]+ [kM]?B\)/);
  });

  it('the home page loads under the sub-path without console errors', async () => {
    const { page, problems } = await openPage(browser!, site!.baseUrl);
    await page.locator('.tsd-navigation a').first().waitFor({ state: 'visible' });
    expect(await page.title()).toContain('rbx-webstream');
    expect(realProblems(problems)).toEqual([]);
    await page.close();
  });

  it('the WebStreamClient reference page lists every member with its History value', async () => {
    const { page, problems } = await openPage(browser!, `${site!.baseUrl}documents/WebStreamClient.html`);
    const rows = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables
          .filter((table) => [...table.querySelectorAll('th')].map((th) => th.textContent?.trim()).join('|') === 'Member|Kind|History')
          .flatMap((table) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))),
      );
    // The Member cell is the full signature: `Send(data: string): null`, `ConnectionState: Enum.…`.
    const shown = new Map(rows.map((cells) => [/^[^(:]+/.exec(cells[0] ?? '')?.[0] ?? '', cells[2] ?? '']));
    expect(rows.map((cells) => cells[0])).toEqual(expect.arrayContaining(['Send(data: string): null', 'Error(responseStatusCode: int, errorMessage: string)']));
    expect(shown).toEqual(expectedHistoryColumn());
    expect([shown.get('Send'), shown.get('ConnectionState'), shown.get('isA')]).toEqual(['696', '686', '650']);
    await page.screenshot({ path: join(ARTIFACTS, 'WebStreamClient-reference.png'), fullPage: true });
    expect(realProblems(problems)).toEqual([]);
    await page.close();
  });

  it('the WebStreamClient API page shows Since and History on every member, and links to the reference', async () => {
    const { page, problems } = await openPage(browser!, `${site!.baseUrl}interfaces/Roblox_API.WebStreamClient.html`);
    const members = await page.locator('section.tsd-member').evaluateAll((sections) =>
      sections.map((section) => ({
        name: section.querySelector('h3 > span')?.textContent?.trim() ?? '',
        since: section.querySelector('.tsd-tag-since p')?.textContent?.trim() ?? '',
        history: [...section.querySelectorAll('.tsd-tag-history li')].map((li) => li.textContent?.trim() ?? ''),
        reference: section.querySelector('.tsd-tag-see a:not(.tsd-anchor-icon)')?.getAttribute('href') ?? '',
      })),
    );
    const expected = expectedHistoryColumn();
    expect(members.map((member) => member.name).sort()).toEqual([...expected.keys()].sort());
    for (const member of members) {
      expect(member.since, `${member.name} has a Since`).toMatch(/^0\.\d+\.\d+\.\d+$/);
      expect(member.history.at(-1), `${member.name}'s latest History entry`).toMatch(new RegExp(`^${expected.get(member.name)} \\(`));
      expect(member.reference, `${member.name} links to its reference section`).toMatch(/^\.\.\/documents\/(WebStreamClient|Object)\.html#/);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'WebStreamClient-api.png'), fullPage: true });
    expect(realProblems(problems)).toEqual([]);
    await page.close();
  });

  it('the WebStreamClient API page lists the events under an Events heading, not among the properties', async () => {
    const { page, problems } = await openPage(browser!, `${site!.baseUrl}interfaces/Roblox_API.WebStreamClient.html`);
    const groups = await page.locator('details.tsd-member-group').evaluateAll((sections) =>
      sections.map((section) => ({
        title: section.querySelector('summary h2')?.textContent?.trim() ?? '',
        members: [...section.querySelectorAll('section.tsd-member h3 > span')].map((span) => span.textContent?.trim() ?? ''),
      })),
    );
    const members = (title: string) => groups.find((group) => group.title === title)?.members.sort() ?? [];
    expect(groups.map((group) => group.title)).toEqual(['Properties', 'Events', 'Methods']);
    expect(members('Events')).toEqual(['Changed', 'Closed', 'Error', 'MessageReceived', 'Opened']);
    expect(members('Properties')).toEqual(['ClassName', 'ConnectionState', 'className']);
    expect(realProblems(problems)).toEqual([]);
    await page.close();
  });

  /** Where the page overflows sideways, and which tables leave the content column or scroll inside it. */
  async function layoutAt(width: number, path: string): Promise<{ pageOverflow: number; outside: string[]; scrolling: string[] }> {
    const page = await browser!.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site!.baseUrl}${path}`, { waitUntil: 'load' });
    const layout = await page.evaluate(() => {
      const column = document.querySelector('.col-content')!.getBoundingClientRect();
      const label = (table: Element) => [...table.querySelectorAll('th')].map((th) => th.textContent?.trim()).join('|');
      const tables = [...document.querySelectorAll('.tsd-typography table')];
      return {
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        outside: tables
          .filter((table) => {
            const box = table.getBoundingClientRect();
            return box.left < column.left - 0.5 || box.right > column.right + 0.5;
          })
          .map(label),
        scrolling: tables.filter((table) => table.scrollWidth > table.clientWidth + 1).map(label),
      };
    });
    await page.screenshot({ path: join(ARTIFACTS, `${path.replace(/^.*\//, '').replace(/\.html$/, '')}-${width}px.png`), fullPage: false });
    await page.close();
    return layout;
  }

  it('at 1400 px the API reference index fits its content column: the Summary column wraps instead of running off screen', async () => {
    const layout = await layoutAt(1400, 'documents/API_reference.html');
    expect(layout).toEqual({ pageOverflow: 0, outside: [], scrolling: [] });
    expect(await layoutAt(1400, 'documents/WebStreamClient.html')).toEqual({ pageOverflow: 0, outside: [], scrolling: [] });
  });

  it('at 420 px no reference page scrolls sideways: tables wrap, or scroll inside the content column', async () => {
    for (const path of ['documents/API_reference.html', 'documents/WebStreamClient.html', 'documents/Object.html', 'documents/Enum.WebStreamClientType.html']) {
      const layout = await layoutAt(420, path);
      expect({ path, pageOverflow: layout.pageOverflow, outside: layout.outside }).toEqual({ path, pageOverflow: 0, outside: [] });
      // The index tables and the member index wrap; wide tables (history, parameters, enum items) may scroll inside.
      expect(
        layout.scrolling.filter((table) => /^(Class|Enum|Member)\|/.test(table)),
        path,
      ).toEqual([]);
    }
  });

  it('search for "Send" finds WebStreamClient.Send and opens it', async () => {
    const { page, problems } = await openPage(browser!, site!.baseUrl);
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('Send');
    const results = page.locator('#tsd-search-results li');
    await results.first().waitFor({ state: 'visible' });
    const texts = await results.allTextContents();
    const hit = texts.findIndex((text) => /WebStreamClient\.Send$/.test(text.trim()));
    expect(hit, `a result "WebStreamClient.Send" among: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await results.nth(hit).locator('a').click();
    await page.waitForURL(/WebStreamClient\.html#send$/);
    await page.locator('h3#send').waitFor({ state: 'visible' });
    expect(realProblems(problems)).toEqual([]);
    await page.close();
  });

  it('every relative link and anchor resolves under the sub-path, in the HTML and in the rendered navigation', async () => {
    const checker = new LinkChecker(site!.baseUrl);
    const crawl = await checker.crawl(site!.baseUrl);
    expect(crawl.pages.length).toBeGreaterThan(50);
    expect(crawl.pages).toEqual(
      expect.arrayContaining(['index.html', 'documents/WebStreamClient.html', 'documents/Getting_started.html', 'interfaces/Roblox_API.WebStreamClient.html']),
    );
    expect(crawl.broken).toEqual([]);
    // A Markdown link TypeDoc could not turn into a page becomes a link to a raw copy in media/.
    expect(crawl.links.filter((link) => /media\/[^/]+\.md(#|$)/.test(link.url))).toEqual([]);

    // The sidebar is built by script from navigation data: check the links as the browser shows them.
    const { page } = await openPage(browser!, `${site!.baseUrl}documents/WebStreamClient.html`);
    await page.locator('.tsd-navigation a').first().waitFor();
    const rendered = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const broken = [];
    for (const link of rendered) {
      const problem = await checker.check(link, page.url());
      if (problem !== undefined) broken.push(`${link}: ${problem}`);
    }
    expect(rendered.length).toBeGreaterThan(50);
    expect(broken).toEqual([]);
    await page.close();
  });
});
