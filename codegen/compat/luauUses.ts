/**
 * Finds uses of newer members and enum items in Luau sources with the real luau-lsp, by
 * pinning its Roblox definitions: a copy of luau-lsp's `globalTypes.PluginSecurity.d.luau` in
 * which every newer member is taken out of its class (`declare extern type WebStreamClient …`)
 * and every newer item out of its enum (`EnumWebStreamClientType_INTERNAL`). The sources are
 * analysed against that copy, and each "Key 'Send' not found in external type
 * 'WebStreamClient'" is a use of WebStreamClient.Send — found by Luau's own type inference.
 *
 * The sources are analysed as copies in a temporary folder (same relative layout, `.luaurc`
 * files included), each with its first line made `--!strict`: luau-lsp reports far fewer
 * missing keys in non-strict code, and none in `--!nocheck` files. Reported lines are those of
 * the original files. What it misses (docs/guides/cli.md): values typed `any` (including
 * requires it cannot resolve), dynamic keys (`client[name]`), and, below the build that added
 * the factory, everything reached only through the factory's result.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { analyze, type LuauLspTool } from './luauLsp.js';
import { CompatError } from './CompatError.js';
import type { CompatTarget, NewerEntity } from './newerEntities.js';
import { mentionsAny, type SourceUse } from './tsUses.js';

export interface PinnedDefinitions {
  readonly text: string;
  /** Newer entities the definitions do not declare (a different luau-lsp version); they cannot be found in Luau. */
  readonly notDeclared: readonly NewerEntity[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The definitions text without the newer entities. */
export function pinRobloxDefinitions(text: string, newer: readonly NewerEntity[]): PinnedDefinitions {
  let pinned = text;
  const notDeclared: NewerEntity[] = [];
  for (const entity of newer) {
    const block = entity.kind === 'member' ? `declare extern type ${entity.owner} extends ` : `declare extern type Enum${entity.owner}_INTERNAL extends `;
    const start = pinned.indexOf(block);
    const end = start < 0 ? -1 : pinned.indexOf('\nend\n', start);
    if (start < 0 || end < 0) {
      notDeclared.push(entity);
      continue;
    }
    const line =
      entity.kind === 'member'
        ? new RegExp(`^\\t(?:function )?${escapeRegExp(entity.member)}[(:].*\\n`, 'm')
        : new RegExp(`^\\t${escapeRegExp(entity.member)}: .*\\n`, 'm');
    const body = pinned.slice(start, end + 1);
    const match = line.exec(body);
    if (match === null) {
      notDeclared.push(entity);
      continue;
    }
    pinned = pinned.slice(0, start) + body.slice(0, match.index) + body.slice(match.index + match[0].length) + pinned.slice(end + 1);
  }
  return { text: pinned, notDeclared };
}

const MISSING_KEY = /^Key '([^']+)' not found in (?:external type|class|table) '([^']+)'/;

/** The longest folder all files share. */
function commonRoot(files: readonly string[]): string {
  let root = dirname(files[0]!);
  while (!files.every((file) => file.startsWith(`${root}/`)) && dirname(root) !== root) root = dirname(root);
  return root;
}

/** Copies `.luaurc` files from the root down to each file's folder, so aliases resolve in the copy. */
function copyLuaurcs(root: string, copy: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) for (let dir = dirname(file); dir.startsWith(root); dir = dirname(dir)) folders.add(dir);
  for (const dir of folders) {
    const rc = join(dir, '.luaurc');
    if (existsSync(rc)) {
      mkdirSync(join(copy, relative(root, dir)), { recursive: true });
      copyFileSync(rc, join(copy, relative(root, rc)));
    }
  }
}

const MODE_LINE = /^--!(strict|nonstrict|nocheck)\s*$/;

export async function findLuauUses(
  files: readonly string[],
  target: CompatTarget,
  tool: LuauLspTool,
): Promise<{ uses: SourceUse[]; notDeclared: readonly NewerEntity[] }> {
  if (files.length === 0 || target.newer.length === 0) return { uses: [], notDeclared: [] };
  const absolute = files.map((file) => resolve(file));
  const pinned = pinRobloxDefinitions(readFileSync(tool.definitions, 'utf8'), target.newer);
  const work = mkdtempSync(join(tmpdir(), 'rbx-webstream-compat-'));
  try {
    const definitions = join(work, 'pinned.d.luau');
    writeFileSync(definitions, pinned.text);
    const root = commonRoot(absolute);
    const copy = join(work, 'src');
    copyLuaurcs(root, copy, absolute);
    // Line 1 becomes `--!strict`; a file whose first line was a mode comment keeps its numbering, any other shifts by one.
    const shift = new Map<string, number>();
    const mentions = mentionsAny([...new Set(target.newer.map((entity) => entity.member))]);
    const toCheck: string[] = [];
    for (const file of absolute) {
      const text = readFileSync(file, 'utf8');
      if (mentions.test(text)) toCheck.push(file);
      const firstLine = text.split('\n', 1)[0]!;
      const replacesMode = MODE_LINE.test(firstLine);
      const target = join(copy, relative(root, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, replacesMode ? `--!strict${text.slice(firstLine.length)}` : `--!strict\n${text}`);
      shift.set(relative(root, file), replacesMode ? 0 : 1);
    }
    // Every file is copied (so requires resolve), only those mentioning a newer name are checked.
    if (toCheck.length === 0) return { uses: [], notDeclared: pinned.notDeclared };
    const result = await analyze(
      tool,
      toCheck.map((file) => relative(root, file)),
      { cwd: copy, definitions },
    );
    if (result.diagnostics.length === 0 && result.exitCode !== 0) {
      throw new CompatError(
        'COMPAT_LUAU_LSP_FAILED',
        `luau-lsp analyze exited with ${result.exitCode} without reporting on the files: ${result.log.split('\n').at(-1) ?? ''}`,
        "check that the luau-lsp binary runs and the definitions file is luau-lsp's Roblox definitions",
      );
    }
    const byKey = new Map(
      target.newer.map((entity) => [entity.kind === 'member' ? `${entity.owner}.${entity.member}` : `Enum.${entity.owner}.${entity.member}`, entity]),
    );
    const uses: SourceUse[] = [];
    for (const diagnostic of result.diagnostics) {
      const match = MISSING_KEY.exec(diagnostic.message);
      if (match === null) continue;
      const entity = byKey.get(`${match[2]}.${match[1]}`);
      const offset = shift.get(diagnostic.file);
      if (entity === undefined || offset === undefined) continue;
      uses.push({ file: join(root, diagnostic.file), line: diagnostic.line - offset, column: diagnostic.column, entity });
    }
    return { uses, notDeclared: pinned.notDeclared };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
