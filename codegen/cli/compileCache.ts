/**
 * Runs the CLI's one-file bundle (`dist/cli.bundle.cjs`, written by scripts/bundleCli.mjs) with
 * a V8 code cache, so a command does not parse and compile the same ~0.9 MB of JavaScript in
 * every process. Node 22 can do this for any module (`module.enableCompileCache()`); Node 20,
 * which this package supports, offers it only for scripts compiled through `node:vm`
 * (`cachedData`, https://nodejs.org/api/vm.html#new-vmscriptcode-options), hence the bundle.
 *
 * - One cache file per installed bundle, command and set of options given (a run compiles only
 *   the functions it calls, so `inspect`, `generate --all` and `generate --all
 *   --declarations-only` keep separate caches). Its first line names what it was made
 *   from: the Node version, the architecture, and the bundle's size and modification time, so a
 *   rebuilt or edited bundle or another Node never uses it (V8 itself checks only the length of
 *   the text, and its own version and flags). A rebuild overwrites the old file rather than
 *   leaving it behind, and writing a cache removes those not written for 30 days.
 * - Written after a successful run (exit code 0) when there was no usable cache: missing, made
 *   from something else, or refused by V8. Written to a temporary name and renamed, so a reader
 *   never sees half a file. A cache that cannot be read or written is skipped without a word: it
 *   only saves time.
 * - Where: `$RBX_WEBSTREAM_COMPILE_CACHE`, else `$XDG_CACHE_HOME/rbx-webstream/v8`, else
 *   `~/.cache/rbx-webstream/v8` — the user's own folder (mode 0700), never a shared temporary
 *   folder, as the cache is code this process will run. `NODE_DISABLE_COMPILE_CACHE=1` (Node's
 *   own switch for its cache) turns it off.
 *
 * Why a bundle and its figures: docs/decisions.md, "The CLI runs from one bundle with a V8 code
 * cache".
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { constants, Script } from 'node:vm';

/** The larger a cache file we read; real ones are under 1 MB. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** Where the caches live for this user, or undefined when caching is off or there is no home. */
export function compileCacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== '') return undefined;
  if (env.RBX_WEBSTREAM_COMPILE_CACHE) return env.RBX_WEBSTREAM_COMPILE_CACHE;
  // The XDG base directory rules ignore a relative XDG_CACHE_HOME.
  const xdg = env.XDG_CACHE_HOME !== undefined && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
  const base = xdg ?? (home === '' ? undefined : join(home, '.cache'));
  return base === undefined ? undefined : join(base, 'rbx-webstream', 'v8');
}

/**
 * The cache a run uses: its command (`_` when the first argument is not a plain word, as in
 * `--help`), then a hash of the names of the options it was given, so that `generate --all` and
 * `generate --all --declarations-only`, which run different code, keep caches of their own.
 * Option values and other arguments do not count: `inspect a.json` and `inspect b.json` share one.
 */
export function cacheKeyOf(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  const command = /^[a-z][a-z-]{0,31}$/.test(first) ? first : '_';
  const options = [...new Set(argv.filter((arg) => arg.startsWith('-')).map((arg) => arg.split('=')[0]!))].sort();
  return options.length === 0 ? command : `${command}-${fnv1a(options.join(' '))}`;
}

export interface LoadedBundle {
  /** What the bundle's module assigned to `module.exports`. */
  readonly exports: unknown;
  /** True when V8 took its compiled code from a cache file. */
  readonly fromCache: boolean;
  /** Writes the cache when there was no usable one; call after a successful run. */
  saveCache(): void;
}

/** FNV-1a of a text, as 8 hex digits: short names for cache files, not a check of content. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The first line of a cache file: what its code was compiled from. */
function headerOf(bundleFile: string): string {
  const { size, mtimeMs } = statSync(bundleFile);
  return `rbx-webstream code cache: node ${process.version} ${process.arch}, bundle of ${size} bytes modified at ${mtimeMs}\n`;
}

/** The V8 data of a cache file made from the same bundle and Node, or undefined. */
function readCache(file: string, header: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_CACHE_BYTES || bytes.toString('latin1', 0, header.length) !== header) return undefined;
    return bytes.length > header.length ? bytes.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Cache files not written for this long are removed when another is written. */
const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes the cache files of `folder` last written before `STALE_AFTER_MS` ago: those of
 * uninstalled copies and of option sets no longer used. One still in use is written again on its
 * next run, once a month at most.
 */
function removeStaleCaches(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('cli-')) continue;
    const path = join(folder, name);
    if (now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
  }
}

function writeCache(file: string, header: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([Buffer.from(header, 'latin1'), data]), { mode: 0o600 });
    renameSync(temporary, file);
    removeStaleCaches(dirname(file), Date.now());
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself could not be made: there is nothing to remove.
    }
  }
}

/**
 * Loads the CommonJS bundle `bundleFile` as Node would (`module`, `exports`, `require` from its
 * folder), compiled from the cache in `cacheDir` under `key` when there is a usable one.
 */
export function loadBundle(bundleFile: string, cacheDir: string | undefined, key: string): LoadedBundle {
  // esbuild writes ASCII (it escapes every other character), so latin1 reads it exactly and
  // faster than UTF-8.
  const source = readFileSync(bundleFile, 'latin1');
  const header = headerOf(bundleFile);
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `cli-${fnv1a(bundleFile)}-${key}.v8`);
  const cached = cacheFile === undefined ? undefined : readCache(cacheFile, header);
  // Node's own wrapper of a CommonJS module, so the bundle sees the same five names.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData: cached,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const fromCache = cached !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  return {
    exports: module.exports,
    fromCache,
    saveCache: () => {
      if (!fromCache && cacheFile !== undefined) writeCache(cacheFile, header, script.createCachedData());
    },
  };
}
