/**
 * The Luau output with the real luau-lsp as its client: a --!strict sample plugin that uses every
 * member of the slice analyses clean with our module loaded (under both Luau type solvers); the
 * misuses typed options exist for are reported; hovers show our descriptions and history.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze, type LuauDiagnostic } from '../../../../codegen/compat/luauLsp.js';
import { emitLuau, LUAU_DOCS_FILE, LUAU_TYPES_FILE } from '../../../../codegen/emit/luau/emitLuau.js';
import { loadGenerateInput } from '../../../../codegen/generate/loadGenerateInput.js';
import { describeWithLuauLsp, LuauLspSession } from '../../../helpers/luauLsp.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function writeLuauFiles(dir: string): void {
  const { input } = loadGenerateInput('api-dump');
  for (const file of emitLuau(input, 'luau')) {
    mkdirSync(join(dir, 'luau'), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
}

const summary = (diagnostics: readonly LuauDiagnostic[]) => diagnostics.map((d) => `${d.file}(${d.line},${d.column}) ${d.kind}: ${d.message.split('\n')[0]}`);

describeWithLuauLsp('Luau output under luau-lsp', (tool) => {
  let dir: string;
  let project: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rbx-webstream-luau-'));
    writeLuauFiles(dir);
    project = join(dir, 'plugin');
    mkdirSync(project);
    cpSync(FIXTURES, project, { recursive: true });
    writeFileSync(join(project, '.luaurc'), JSON.stringify({ aliases: { webstream: join(dir, 'luau') } }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const solver of ['old', 'new'] as const) {
    it(`the sample plugin has no errors and each misuse is reported (${solver} type solver)`, async () => {
      const result = await analyze(tool, ['plugin.luau', 'misuse.luau', join(dir, 'luau', LUAU_TYPES_FILE)], {
        cwd: project,
        args: [`--flag:LuauSolverV2=${solver === 'new'}`],
      });
      expect(summary(result.diagnostics.filter((d) => d.file !== 'misuse.luau'))).toEqual([]);
      const misuse = result.diagnostics.filter((d) => d.file === 'misuse.luau');
      const at = (line: number) =>
        misuse
          .filter((d) => d.line === line)
          .map((d) => d.message)
          .join('\n');
      expect(misuse.map((d) => d.line).sort()).toEqual([10, 7, 8]);
      expect(at(7)).toMatch(solver === 'old' ? /Property 'Mehtod' is not compatible/ : /Expected this to be 'nil', but got 'string'/);
      expect(at(8)).toMatch(/but got '"FETCH"'/);
      expect(at(10)).toMatch(/Expected this to be 'string', but got 'number'/);
      expect(result.exitCode).not.toBe(0);
    });
  }

  it('hovers over the slice show our descriptions, @since and the dump facts', async () => {
    const session = await LuauLspSession.start(tool, project, [join(dir, 'luau', LUAU_DOCS_FILE)]);
    try {
      const file = join(project, 'plugin.luau');
      const uri = session.open(file);
      const lines = readFileSync(file, 'utf8').split('\n');
      const hoverOn = async (needle: string, offset = 0) => {
        const line = lines.findIndex((text) => text.includes(needle));
        expect(line, needle).toBeGreaterThanOrEqual(0);
        return (await session.hover(uri, line, lines[line]!.indexOf(needle) + offset)) ?? '';
      };
      const send = await hoverOn('client:Send', 'client:'.length + 1);
      expect(send).toContain('function WebStreamClient:Send(data: string)');
      expect(send).toMatch(/@since\*\* 696 \(0\.696\.0\.6960797/);
      expect(send).toContain('Thread safety:');
      const create = await hoverOn('HttpService:CreateWebStreamClient(Enum.WebStreamClientType.WebSocket', 'HttpService:'.length + 2);
      expect(create).toContain('Creates a WebStreamClient');
      expect(create).toContain('Capabilities: Network');
      const opened = await hoverOn('client.Opened', 'client.'.length + 1);
      expect(opened).toMatch(/@since\*\* 686/);
      const state = await hoverOn('client.ConnectionState', 'client.'.length + 2);
      expect(state).toContain('Security: read None');
      const websocket = await hoverOn('Enum.WebStreamClientType.WebSocket', 'Enum.WebStreamClientType.'.length + 2);
      expect(websocket).toContain(JSON.parse(readFileSync('api-dump/docs.json', 'utf8')).enums.WebStreamClientType.items.WebSocket.split('\n')[0]);
    } finally {
      session.stop();
    }
  });
});
