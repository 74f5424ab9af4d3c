/**
 * Running the real luau-lsp (JohnnyMorganz/luau-lsp) as a type checker: where the binary and
 * Roblox's definitions file are, and `luau-lsp analyze` with its diagnostics parsed. Used by
 * `compat` for Luau sources and by the tests of the Luau output.
 *
 * The binary is found from the option, else `$LUAU_LSP`, else `../shared/tools/luau-lsp/luau-lsp`
 * beside the checkout; the definitions (luau-lsp's `globalTypes.PluginSecurity.d.luau`) from the
 * option, else `$LUAU_LSP_DEFINITIONS`, else the file of that name next to the binary.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface LuauLspTool {
  readonly bin: string;
  readonly definitions: string;
}

export const DEFAULT_LUAU_LSP = '../shared/tools/luau-lsp/luau-lsp';
export const DEFINITIONS_FILE_NAME = 'globalTypes.PluginSecurity.d.luau';

/** The tool, or why it cannot be used. */
export function locateLuauLsp(options: { readonly bin?: string; readonly definitions?: string } = {}): LuauLspTool | { readonly reason: string } {
  const bin = resolve(options.bin ?? process.env.LUAU_LSP ?? DEFAULT_LUAU_LSP);
  if (!existsSync(bin)) return { reason: `luau-lsp not found at ${bin} (set LUAU_LSP or pass --luau-lsp <binary>)` };
  const definitions = resolve(options.definitions ?? process.env.LUAU_LSP_DEFINITIONS ?? join(dirname(bin), DEFINITIONS_FILE_NAME));
  if (!existsSync(definitions)) {
    return {
      reason: `Roblox definitions for luau-lsp not found at ${definitions} (set LUAU_LSP_DEFINITIONS or pass --definitions <${DEFINITIONS_FILE_NAME}>)`,
    };
  }
  return { bin, definitions };
}

export interface LuauDiagnostic {
  readonly file: string;
  /** 1-based, as luau-lsp prints them. */
  readonly line: number;
  readonly column: number;
  /** `TypeError`, `SyntaxError`, or a lint name such as `LocalUnused`. */
  readonly kind: string;
  /** The message with its `caused by:` lines, joined by newlines. */
  readonly message: string;
}

export interface AnalyzeResult {
  readonly exitCode: number;
  readonly diagnostics: readonly LuauDiagnostic[];
  /** What luau-lsp printed that is not a diagnostic (its log lines). */
  readonly log: string;
}

const DIAGNOSTIC = /^(.+)\((\d+),(\d+)\): ([A-Za-z]+): (.*)$/;

export function parseAnalyzeOutput(text: string): { diagnostics: LuauDiagnostic[]; log: string } {
  const diagnostics: { file: string; line: number; column: number; kind: string; message: string }[] = [];
  const log: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = DIAGNOSTIC.exec(line);
    if (match !== null) {
      diagnostics.push({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), kind: match[4]!, message: match[5]! });
    } else if (line.startsWith('[') || diagnostics.length === 0) {
      if (line !== '') log.push(line);
    } else if (line !== '') {
      diagnostics.at(-1)!.message += `\n${line}`;
    }
  }
  return { diagnostics, log: log.join('\n') };
}

export interface AnalyzeOptions {
  readonly cwd: string;
  /** Extra definition files, as `@name` → path. */
  readonly extraDefinitions?: ReadonlyMap<string, string>;
  /** Replaces the tool's Roblox definitions (e.g. a copy pinned to an older build). */
  readonly definitions?: string;
  readonly args?: readonly string[];
}

/** `luau-lsp analyze --platform=roblox` over `files` (one process for all of them). */
export function analyze(tool: LuauLspTool, files: readonly string[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const args = [
    'analyze',
    '--platform=roblox',
    `--definitions=@roblox=${options.definitions ?? tool.definitions}`,
    ...[...(options.extraDefinitions ?? new Map<string, string>())].map(([name, path]) => `--definitions=${name}=${path}`),
    ...(options.args ?? []),
    ...files,
  ];
  return new Promise((done, fail) => {
    const child = spawn(tool.bin, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const { diagnostics, log } = parseAnalyzeOutput(Buffer.concat(out).toString('utf8'));
      done({ exitCode: code ?? 1, diagnostics, log });
    });
  });
}
