/**
 * `rbx-webstream compat <files or folders> --target <V>`: every use, in TypeScript and Luau
 * sources, of a member or enum item of the WebStreamClient slice that the history dates after
 * build V. TypeScript is resolved with the type checker (`tsUses.ts`), Luau with luau-lsp
 * against Roblox definitions pinned to V (`luauUses.ts`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { readDumpFile } from '../dump/readDumpFile.js';
import { readJsonFile } from '../history/historyFileIO.js';
import { loadHistory } from '../history/loadHistory.js';
import { CompatError } from './CompatError.js';
import { locateLuauLsp } from './luauLsp.js';
import { findLuauUses } from './luauUses.js';
import { newerEntities, releaseLabel, type NewerEntity } from './newerEntities.js';
import { findTypeScriptUses, type SourceUse } from './tsUses.js';

export interface CompatOptions {
  readonly paths: readonly string[];
  readonly target: string;
  /** Folder holding the slice dump and history.json (`api-dump`). */
  readonly input: string;
  readonly tsconfig?: string;
  readonly luauLsp?: string;
  readonly definitions?: string;
}

export interface CompatUse {
  /** Relative to the working folder when inside it. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly language: 'typescript' | 'luau';
  /** `WebStreamClient.Send`, `Enum.WebStreamClientType.WebSocket`. */
  readonly entity: string;
  /** The build that added it, in full. */
  readonly since: string;
  /** The release to require, `0.696`. */
  readonly needs: string;
  readonly target: string;
}

export interface CompatReport {
  readonly target: string;
  readonly uses: readonly CompatUse[];
  readonly files: { readonly typescript: number; readonly luau: number };
  /** Newer entities the Luau check cannot see (the definitions file does not declare them). */
  readonly notCheckedInLuau: readonly string[];
  readonly milliseconds: number;
}

const TS_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const LUAU_EXTENSIONS = new Set(['.luau', '.lua']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'include']);

function collect(path: string, into: { ts: string[]; luau: string[] }, explicit: boolean): void {
  const stats = statSync(path);
  if (stats.isDirectory()) {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name))) continue;
      collect(join(path, entry.name), into, false);
    }
    return;
  }
  const extension = extname(path);
  if (TS_EXTENSIONS.has(extension) && (explicit || !path.endsWith('.d.ts'))) into.ts.push(path);
  else if (LUAU_EXTENSIONS.has(extension)) into.luau.push(path);
}

export function collectSources(paths: readonly string[]): { ts: string[]; luau: string[] } {
  const sources = { ts: [] as string[], luau: [] as string[] };
  for (const path of paths) {
    if (!existsSync(path))
      throw new CompatError('COMPAT_PATH_MISSING', `${path} does not exist`, 'give files or folders of TypeScript (.ts, .tsx) or Luau (.luau, .lua) sources');
    collect(resolve(path), sources, true);
  }
  if (sources.ts.length + sources.luau.length === 0) {
    throw new CompatError(
      'COMPAT_NO_SOURCES',
      `no TypeScript or Luau sources under ${paths.join(', ')}`,
      'give files or folders of .ts/.tsx or .luau/.lua sources (node_modules, out, dist and dot-folders are skipped)',
    );
  }
  return sources;
}

function shown(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside.startsWith('..') ? file : inside;
}

export async function runCompat(options: CompatOptions): Promise<CompatReport> {
  const started = performance.now();
  const { dump } = readDumpFile(join(options.input, 'Full-API-Dump.json'));
  const historyFile = join(options.input, 'history.json');
  const history = loadHistory(readJsonFile(historyFile, 'history log'), historyFile);
  const target = newerEntities(dump, history, options.target);
  const sources = collectSources(options.paths);
  const found: { use: SourceUse; language: CompatUse['language'] }[] = findTypeScriptUses(
    sources.ts,
    target,
    options.tsconfig === undefined ? {} : { tsconfig: options.tsconfig },
  ).map((use) => ({ use, language: 'typescript' }));
  let notCheckedInLuau: readonly NewerEntity[] = [];
  if (sources.luau.length > 0 && target.newer.length > 0) {
    const tool = locateLuauLsp({
      ...(options.luauLsp === undefined ? {} : { bin: options.luauLsp }),
      ...(options.definitions === undefined ? {} : { definitions: options.definitions }),
    });
    if ('reason' in tool)
      throw new CompatError(
        'COMPAT_LUAU_LSP_MISSING',
        `${sources.luau.length} Luau file(s) need luau-lsp to be checked: ${tool.reason}`,
        'install luau-lsp (github.com/JohnnyMorganz/luau-lsp) and pass --luau-lsp and --definitions, or give only TypeScript sources',
      );
    const luau = await findLuauUses(sources.luau, target, tool);
    found.push(...luau.uses.map((use) => ({ use, language: 'luau' as const })));
    notCheckedInLuau = luau.notDeclared;
  }
  const uses = found
    .map(({ use, language }): CompatUse => ({
      file: shown(use.file),
      line: use.line,
      column: use.column,
      language,
      entity: use.entity.name,
      since: use.entity.since.version,
      needs: releaseLabel(use.entity.since.version),
      target: target.target,
    }))
    .sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
  return {
    target: target.target,
    uses,
    files: { typescript: sources.ts.length, luau: sources.luau.length },
    notCheckedInLuau: notCheckedInLuau.map((entity) => entity.name),
    milliseconds: Math.round(performance.now() - started),
  };
}

/** `plugin.ts:12:8 WebStreamClient.Send needs 0.696 (target 0.686)` */
export function formatUse(use: CompatUse): string {
  return `${use.file}:${use.line}:${use.column} ${use.entity} needs ${use.needs} (target ${use.target})`;
}
