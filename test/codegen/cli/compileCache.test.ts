/**
 * The CLI bundle's code cache (codegen/cli/compileCache.ts) on small bundles of its own: where
 * the cache lives, that a second load takes V8's code from it, and that a cache made from other
 * code — an edited bundle, a damaged file — is never used and is replaced. V8 also keeps compiled
 * scripts in memory for the life of a process and answers a second compile of the same text from
 * there, so every load after a test's first runs in a process of its own (`loadInChild`), and
 * each test's bundle text is one no other test compiles. The built bin itself is run from an
 * install in test/package/smoke.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKeyOf, compileCacheDir, loadBundle } from '../../../codegen/cli/compileCache.js';

let work: string;
let cacheDir: string;
let bundleFile: string;

/** A CommonJS bundle that uses what Node's wrapper passes it; unique text per call. */
function writeBundle(answer: number): void {
  writeFileSync(join(work, 'helper.cjs'), 'module.exports = (x) => x * 2;\n');
  writeFileSync(
    bundleFile,
    `"use strict";\n// ${randomUUID()}\nconst double = require('./helper.cjs');\nfunction answer() { return double(${answer / 2}); }\nmodule.exports = { answer, dirname: __dirname, filename: __filename };\n`,
  );
}

const cacheFiles = () => readdirSync(cacheDir).sort();

const repo = new URL('../../../', import.meta.url).pathname;

/** Loads the bundle in a new process, saves its cache, and says whether V8 took the cache. */
function loadInChild(key = 'inspect'): { fromCache: boolean; answer: number } {
  const script = [
    "const { loadBundle } = await import('./codegen/cli/compileCache.ts');",
    `const bundle = loadBundle(${JSON.stringify(bundleFile)}, ${JSON.stringify(cacheDir)}, ${JSON.stringify(key)});`,
    'bundle.saveCache();',
    'console.log(JSON.stringify({ fromCache: bundle.fromCache, answer: bundle.exports.answer() }));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { fromCache: boolean; answer: number };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'rbx-compile-cache-'));
  cacheDir = join(work, 'cache');
  bundleFile = join(work, 'cli.bundle.cjs');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('compileCacheDir', () => {
  it('is the user cache folder unless the environment names one or turns caching off', () => {
    expect(compileCacheDir({}, '/home/u')).toBe('/home/u/.cache/rbx-webstream/v8');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/rbx-webstream/v8');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe('/home/u/.cache/rbx-webstream/v8');
    expect(compileCacheDir({ RBX_WEBSTREAM_COMPILE_CACHE: '/mine', XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/mine');
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1', RBX_WEBSTREAM_COMPILE_CACHE: '/mine' }, '/home/u')).toBeUndefined();
    expect(compileCacheDir({}, '')).toBeUndefined();
  });
});

describe('cacheKeyOf', () => {
  it('names the cache after the command (or `_`) and the names of the options given', () => {
    expect(cacheKeyOf(['inspect', 'dump.json'])).toBe('inspect');
    expect(cacheKeyOf(['inspect', 'other.json'])).toBe('inspect');
    expect(cacheKeyOf(['../../etc'])).toBe('_');
    expect(cacheKeyOf([])).toBe('_');
    const all = cacheKeyOf(['generate', '--all', '--dump', 'a.json', '--out', 'x']);
    expect(all).toMatch(/^generate-[0-9a-f]{8}$/);
    expect(cacheKeyOf(['generate', '--out=y', '--dump', 'b.json', '--all'])).toBe(all);
    expect(cacheKeyOf(['generate', '--all', '--declarations-only', '--dump', 'a.json', '--out', 'x'])).not.toBe(all);
    expect(cacheKeyOf(['--help'])).toMatch(/^_-[0-9a-f]{8}$/);
  });
});

describe('loadBundle', () => {
  it('runs the bundle as a CommonJS module, then from the cache its first successful run wrote', () => {
    writeBundle(42);
    const first = loadBundle(bundleFile, cacheDir, 'inspect');
    expect(first.fromCache).toBe(false);
    expect(first.exports).toMatchObject({ dirname: work, filename: bundleFile });
    expect((first.exports as { answer: () => number }).answer()).toBe(42);
    first.saveCache();
    const [file, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(file).toMatch(/^cli-[0-9a-f]{8}-inspect\.v8$/);
    const header = readFileSync(join(cacheDir, file!), 'latin1').split('\n')[0];
    expect(header).toContain(`node ${process.version} ${process.arch}`);
    expect(header).toContain(`bundle of ${readFileSync(bundleFile).length} bytes`);

    expect(loadInChild()).toEqual({ fromCache: true, answer: 42 });
    expect(cacheFiles()).toEqual([file]);
  });

  it('keeps one cache per command', () => {
    writeBundle(8);
    loadBundle(bundleFile, cacheDir, 'inspect').saveCache();
    loadBundle(bundleFile, cacheDir, 'diff').saveCache();
    expect(cacheFiles().map((name) => name.replace(/^cli-[0-9a-f]{8}-/, ''))).toEqual(['diff.v8', 'inspect.v8']);
  });

  it('does not use the cache of an edited bundle, and overwrites it', () => {
    writeBundle(10);
    loadBundle(bundleFile, cacheDir, 'inspect').saveCache();
    const [file] = cacheFiles();
    const before = readFileSync(join(cacheDir, file!));
    const sizeBefore = readFileSync(bundleFile).length;
    writeBundle(12);
    // The same length as before, which is all V8 checks of the text: only the modification time
    // (made later, as an edit's would be) tells the edited bundle apart.
    expect(readFileSync(bundleFile).length).toBe(sizeBefore);
    utimesSync(bundleFile, new Date(), new Date(Date.now() + 5_000));
    expect(loadInChild()).toEqual({ fromCache: false, answer: 12 });
    expect(cacheFiles()).toEqual([file]);
    expect(readFileSync(join(cacheDir, file!)).equals(before)).toBe(false);
    expect(loadInChild()).toEqual({ fromCache: true, answer: 12 });
  });

  it('runs correctly past a damaged cache file and replaces it', () => {
    writeBundle(6);
    loadBundle(bundleFile, cacheDir, 'inspect').saveCache();
    const [file] = cacheFiles();
    const header = readFileSync(join(cacheDir, file!), 'latin1').split('\n')[0]!;
    writeFileSync(join(cacheDir, file!), `${header}\nnot V8 code at all`);
    expect(loadInChild()).toEqual({ fromCache: false, answer: 6 });
    expect(loadInChild()).toEqual({ fromCache: true, answer: 6 });
  });

  it('runs without a word when the cache cannot be written, or caching is off', () => {
    writeBundle(4);
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, '');
    const unwritable = loadBundle(bundleFile, join(blocked, 'cache'), 'inspect');
    expect((unwritable.exports as { answer: () => number }).answer()).toBe(4);
    expect(() => unwritable.saveCache()).not.toThrow();
    expect(readdirSync(work).sort()).toEqual(['a-file', 'cli.bundle.cjs', 'helper.cjs']);
    const off = loadBundle(bundleFile, undefined, 'inspect');
    off.saveCache();
    expect(off.fromCache).toBe(false);
    expect(readdirSync(work).sort()).toEqual(['a-file', 'cli.bundle.cjs', 'helper.cjs']);
  });

  it('removes cache files not written for 30 days when it writes one, and nothing else', () => {
    writeBundle(14);
    mkdirSync(cacheDir);
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const recent = new Date(Date.now() - 29 * 24 * 60 * 60 * 1000);
    for (const [name, time] of [
      ['cli-00000000-inspect.v8', old],
      ['cli-00000000-diff.v8', recent],
      ['notes.txt', old],
    ] as const) {
      writeFileSync(join(cacheDir, name), 'x');
      utimesSync(join(cacheDir, name), time, time);
    }
    loadBundle(bundleFile, cacheDir, 'inspect').saveCache();
    expect(cacheFiles().filter((name) => !name.startsWith(`cli-00000000-`) && name !== 'notes.txt')).toHaveLength(1);
    expect(cacheFiles().filter((name) => name.startsWith('cli-00000000-') || name === 'notes.txt')).toEqual(['cli-00000000-diff.v8', 'notes.txt']);
  });

  it('makes the cache folder for this user only', () => {
    writeBundle(2);
    loadBundle(bundleFile, cacheDir, 'inspect').saveCache();
    expect(readdirSync(cacheDir)).toHaveLength(1);
    // mode bits as created (umask may only remove bits): nothing for group or others.
    expect(statSync(cacheDir).mode & 0o077).toBe(0);
    expect(statSync(join(cacheDir, cacheFiles()[0]!)).mode & 0o077).toBe(0);
  });
});
