/**
 * Hostile dump text through the whole documentation pipeline, in a real browser: a small dump
 * whose names, tags, security levels, thread safety and parameter defaults carry HTML, script
 * and `javascript:` payloads goes through `generate --all`, then `npm run docs -- --whole-api`
 * (TypeDoc renders our JSDoc and the reference pages as Markdown, with HTML allowed), and every
 * page of the site is opened in Debian's Chromium. Each payload would set `window.__pwned` (or
 * open a dialog) if it ran; none may, and the payloads must still be readable as text. The
 * in-memory checks of the same escapers are in test/codegen/emit/escape/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDumpJson, serializeDump } from '../../codegen/dump/serializeDump.js';
import { cls, dumpOf, enumOf, fn, objectRoot, param, prop, t } from '../codegen/emit/fixtures/dumpBuilders.js';
import { describeWithChromium, launchChromium } from './helpers/chromium.js';
import { openPage, realProblems } from './helpers/openPage.js';
import { serveStatic, type StaticSite } from './helpers/staticServer.js';

const SUB_PATH = '/hostile/';
const run = promisify(execFile);

/** One payload per way into a page; each sets `window.__pwned` to its number if it runs. */
const PAYLOADS = {
  memberName: 'Victim<img src=x onerror=window.__pwned=1>',
  tag: '<img src=x onerror=window.__pwned=2>',
  linkTag: '[click](javascript:window.__pwned=3)',
  scriptTag: '<script>window.__pwned=4</script>',
  security: '<svg onload=window.__pwned=5></svg>',
  threadSafety: '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
  parameterDefault: '`</code><img src=x onerror=window.__pwned=7>',
  enumItem: 'Item<details open ontoggle=window.__pwned=8>',
} as const;

/** Parts of the payloads that some page must show as text. */
const SHOWN_AS_TEXT = ['onerror=window.__pwned=1', 'onerror=window.__pwned=2', 'javascript:window.__pwned=3', 'window.__pwned=4', 'onload=window.__pwned=5'];
const PAGES_AT_ONCE = 4;

function hostileDump(): string {
  const victim = cls('Victim', 'Object', [
    prop(PAYLOADS.memberName, t.prim('string'), {
      tags: [PAYLOADS.tag, PAYLOADS.linkTag, PAYLOADS.scriptTag],
      threadSafety: PAYLOADS.threadSafety,
      security: { read: 'None', write: PAYLOADS.security },
    }),
    fn('Call', [param('x', t.prim('string'), PAYLOADS.parameterDefault)]),
  ]);
  const dump = dumpOf([objectRoot(), victim], [enumOf('Mood', [[PAYLOADS.enumItem, 0]])]);
  return formatDumpJson(serializeDump(dump), 'minified');
}

/** Every HTML file of the site, as a path under it. */
function htmlPages(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describeWithChromium('hostile dump text in the docs site, in Debian chromium', () => {
  let workDir = '';
  let site: StaticSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'rbx-webstream-hostile-site-'));
    const dumpFile = join(workDir, 'Full-API-Dump.json');
    const out = join(workDir, 'out');
    writeFileSync(dumpFile, hostileDump());
    const options = { timeout: 120_000, env: { ...process.env, NODE_NO_WARNINGS: '1' } };
    await run(process.execPath, ['--import', 'tsx', 'codegen/cli.ts', 'generate', '--all', '--dump', dumpFile, '--out', out], options);
    await run(process.execPath, ['--import', 'tsx', 'scripts/docs.ts', '--whole-api', out, '--out', join(workDir, 'site')], options);
    [site, browser] = await Promise.all([serveStatic(join(workDir, 'site'), SUB_PATH), launchChromium()]);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  it('no payload runs on any page, and each page shows them as text', async () => {
    const pages = htmlPages(join(workDir, 'site'));
    // The API page of the class and its reference page are among them.
    expect(pages).toEqual(expect.arrayContaining([expect.stringMatching(/Victim\.html$/), expect.stringMatching(/documents\/.*Victim.*\.html$/)]));
    const shown = new Set<string>();
    const check = async (path: string): Promise<void> => {
      const { page, problems } = await openPage(browser!, `${site!.baseUrl}${path}`);
      // TypeDoc's own scripts run after load; give an injected handler the same chance.
      await page.waitForTimeout(50);
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: [...document.querySelectorAll('img[src="x"], iframe, svg[onload], details[ontoggle], a[href^="javascript:" i]')].map(
          (element) => element.outerHTML,
        ),
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
        text: document.body.innerText,
      }));
      await page.close();
      expect(found.pwned, `${path}: a payload ran`).toBeUndefined();
      expect(found.injected, `${path}: injected elements`).toEqual([]);
      expect(found.handlers, `${path}: inline event handlers`).toEqual([]);
      expect(realProblems(problems), path).toEqual([]);
      for (const fragment of SHOWN_AS_TEXT) if (found.text.includes(fragment)) shown.add(fragment);
    };
    // A few pages at a time: each waits mostly on the browser.
    for (let next = 0; next < pages.length; next += PAGES_AT_ONCE) await Promise.all(pages.slice(next, next + PAGES_AT_ONCE).map(check));
    // Escaped, not dropped: the reader sees what the dump says.
    expect([...shown].sort()).toEqual([...SHOWN_AS_TEXT].sort());
  }, 120_000);
});
