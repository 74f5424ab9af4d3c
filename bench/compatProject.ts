/**
 * `npx tsx bench/compatProject.ts [tsFiles] [luauFiles]`: times `compat --target 0.686` on a
 * generated project of 1,000 files (default 700 TypeScript in the Node flavour + 300 Luau, a
 * tenth of each using Send or WebSocket), made in a temporary folder and deleted afterwards.
 * Prints the wall time of the TypeScript and Luau parts and the uses found. Luau needs luau-lsp
 * ($LUAU_LSP or ../shared/tools/luau-lsp/luau-lsp); without it only TypeScript is timed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCompat } from '../codegen/compat/compat.js';
import { locateLuauLsp } from '../codegen/compat/luauLsp.js';

const tsCount = Number(process.argv[2] ?? 700);
const luauCount = Number(process.argv[3] ?? 300);
const declarations = resolve('generated/node/index.js');

function tsFile(i: number): string {
  const newer = i % 10 === 0 ? `client.Send('ping ${i}');\nconst kind = Enum.WebStreamClientType.WebSocket;\nprint(kind);\n` : '';
  return `import type { Enums, HttpService } from '${declarations}';
declare const http: HttpService;
declare const Enum: Enums;
declare function print(...args: unknown[]): void;
export function start${i}(url: string): void {
  const client = http.CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: url, Method: 'GET' });
  client.MessageReceived.Connect((message) => print(message.length));
  client.Opened.Connect((status) => print(status));
  ${newer}  if (client.ConnectionState === Enum.WebStreamClientState.Open) client.Close();
}
export const helper${i} = (values: number[]): number => values.reduce((sum, value) => sum + value * ${i}, 0);
`;
}

function luauFile(i: number): string {
  const newer = i % 10 === 0 ? `client:Send("ping ${i}")\nprint(Enum.WebStreamClientType.WebSocket)\n` : '';
  return `local HttpService = game:GetService("HttpService")
local M = {}
function M.start(url: string)
	local client = HttpService:CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url = url })
	client.MessageReceived:Connect(function(message) print(#message) end)
	${newer}	if client.ConnectionState == Enum.WebStreamClientState.Open then client:Close() end
end
function M.sum(values: { number }): number
	local total = 0
	for _, value in values do total += value * ${i} end
	return total
end
return M
`;
}

const dir = mkdtempSync(join(tmpdir(), 'rbx-webstream-compat-bench-'));
try {
  for (let i = 0; i < tsCount; i++) {
    const folder = join(dir, 'src', `feature${i % 20}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `module${i}.ts`), tsFile(i));
  }
  for (let i = 0; i < luauCount; i++) {
    const folder = join(dir, 'luau', `feature${i % 20}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `module${i}.luau`), luauFile(i));
  }
  const ts = await runCompat({ paths: [join(dir, 'src')], target: '0.686', input: 'api-dump' });
  console.log(`TypeScript: ${ts.files.typescript} files, ${ts.uses.length} uses, ${ts.milliseconds} ms`);
  if ('bin' in locateLuauLsp()) {
    const luau = await runCompat({ paths: [join(dir, 'luau')], target: '0.686', input: 'api-dump' });
    console.log(`Luau: ${luau.files.luau} files, ${luau.uses.length} uses, ${luau.milliseconds} ms`);
    const both = await runCompat({ paths: [join(dir, 'src'), join(dir, 'luau')], target: '0.686', input: 'api-dump' });
    console.log(`Both (${both.files.typescript + both.files.luau} files): ${both.uses.length} uses, ${both.milliseconds} ms`);
  } else console.log('Luau: skipped (luau-lsp not found)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
