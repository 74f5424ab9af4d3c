/**
 * The site test's link checker and static server are not blind: on a small site served under a
 * sub-path, each kind of broken link is reported, and good links are not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker } from './linkChecker.js';
import { fileForPath, serveStatic, type StaticSite } from './staticServer.js';

describe('LinkChecker on a site served under /site/', () => {
  let root = '';
  let site: StaticSite | undefined;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'link-checker-'));
    mkdirSync(join(root, 'pages'));
    writeFileSync(
      join(root, 'index.html'),
      [
        '<a href="pages/a.html#here">good anchor</a>',
        '<a href="pages/a.html#nowhere">missing anchor</a>',
        '<a href="pages/missing.html">missing page</a>',
        '<a href="/pages/a.html">root-absolute</a>',
        '<a href="../outside.html">outside</a>',
        '<a href="https://example.org/x">external</a>',
        '<link rel="stylesheet" href="style.css">',
        '<img src="icon.svg#dot">',
      ].join('\n'),
    );
    writeFileSync(
      join(root, 'pages', 'a.html'),
      '<h2 id="here">Here</h2><a href="../index.html">home</a><a href="#here">self</a><p id="twice"></p><p id="twice"></p>',
    );
    writeFileSync(join(root, 'style.css'), '.x { background: url("gone.png"); } .y { background: url(icon.svg); }');
    writeFileSync(join(root, 'icon.svg'), '<svg><circle id="dot"/></svg>');
    site = await serveStatic(root, '/site/');
  });

  afterAll(async () => {
    await site?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports each broken link once, with the reason, and nothing else', async () => {
    const result = await new LinkChecker(site!.baseUrl).crawl(site!.baseUrl);
    expect([...result.pages].sort()).toEqual(['index.html', 'pages/a.html']);
    expect(result.links.filter((link) => link.from === 'pages/a.html').map((link) => `${link.link} → ${link.url}`)).toEqual([
      '../index.html → index.html',
      '#here → pages/a.html',
    ]);
    expect(result.broken.map(({ from, link, problem }) => `${from} ${link}: ${problem}`).sort()).toEqual([
      'index.html ../outside.html: points outside the site (/outside.html)',
      'index.html /pages/a.html: root-absolute link (breaks when the site is served from a sub-path)',
      'index.html pages/a.html#nowhere: no element with id "nowhere" on pages/a.html',
      'index.html pages/missing.html: status 404',
      'pages/a.html #twice: more than one element has this id',
      'style.css gone.png: status 404',
    ]);
  });
});

describe('fileForPath', () => {
  it('maps paths under the sub-path to files, folders to their index.html', () => {
    expect(fileForPath('/srv', '/site/', '/site/')).toBe('/srv/index.html');
    expect(fileForPath('/srv', '/site/', '/site/pages/a%20b.html')).toBe('/srv/pages/a b.html');
  });

  it('refuses paths outside the sub-path or above the root', () => {
    expect(fileForPath('/srv', '/site/', '/other/index.html')).toBeUndefined();
    expect(fileForPath('/srv', '/site/', '/site/../etc/passwd')).toBeUndefined();
    expect(fileForPath('/srv', '/site/', '/site/%2e%2e/secret')).toBeUndefined();
  });
});
