/**
 * The examples in api-dump/docs.json are code, so they are compiled: every roblox-ts example
 * type-checks against @rbxts/types and our roblox-ts declarations, every Node example against
 * the runtime (as `rbx-webstream`), and every Luau example under luau-lsp in strict mode with
 * Roblox's definitions. CreateWebStreamClient and each event of WebStreamClient must have one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../codegen/compat/luauLsp.js';
import type { DocsFile, MemberExamples } from '../../codegen/docs/types.js';
import { RBXTS_ROOTS, ROBLOX_TS_OPTIONS, typeCheck } from '../codegen/emit/helpers/typeCheck.js';
import { describeWithLuauLsp } from '../helpers/luauLsp.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const docs = JSON.parse(readFileSync(join(repoRoot, 'api-dump/docs.json'), 'utf8')) as DocsFile;
const dump = JSON.parse(readFileSync(join(repoRoot, 'api-dump/Full-API-Dump.json'), 'utf8')) as {
  Classes: { Name: string; Members: { Name: string; MemberType: string }[] }[];
};

/** `Class.Member` → its examples, for every member that has them. */
const examples: [string, MemberExamples][] = Object.entries(docs.classes).flatMap(([className, cls]) =>
  Object.entries(cls.members).flatMap(([memberName, member]) =>
    member.examples ? [[`${className}.${memberName}`, member.examples] as [string, MemberExamples]] : [],
  ),
);

/** The roblox-ts flavour's declarations (moving to generated/typings/index.d.ts with the package layout). */
function robloxTsDeclarations(): string {
  const found = ['generated/typings/index.d.ts', 'generated/roblox-ts/index.d.ts'].map((path) => join(repoRoot, path)).find((path) => existsSync(path));
  if (found === undefined) throw new Error('no roblox-ts declarations; run npm run generate');
  return found;
}

const fileName = (member: string) => member.replace('.', '_');

describe('the examples of api-dump/docs.json', () => {
  it('cover CreateWebStreamClient and every event of WebStreamClient', () => {
    const events = dump.Classes.find((c) => c.Name === 'WebStreamClient')!
      .Members.filter((m) => m.MemberType === 'Event')
      .map((m) => `WebStreamClient.${m.Name}`);
    expect(events.length).toBeGreaterThan(0);
    expect(examples.map(([member]) => member).sort()).toEqual(['HttpService.CreateWebStreamClient', ...events].sort());
  });

  it('appear as @example blocks in both flavours of the declarations', () => {
    for (const file of [robloxTsDeclarations(), join(repoRoot, 'generated/node/index.d.ts')]) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/\* @example\n\s+\* ```ts\n/g)?.length, file).toBe(examples.length);
    }
  });

  it('roblox-ts examples type-check against @rbxts/types and our declarations', () => {
    const files: Record<string, string | undefined> = { ...RBXTS_ROOTS, [robloxTsDeclarations()]: undefined };
    for (const [member, example] of examples) files[`/virtual/examples/${fileName(member)}.ts`] = `${example.robloxTs}\nexport {};\n`;
    expect(typeCheck(files, { compilerOptions: ROBLOX_TS_OPTIONS })).toEqual([]);
  }, 90_000);

  it('Node examples type-check against the runtime, imported as rbx-webstream', () => {
    const files: Record<string, string> = {};
    for (const [member, example] of examples) {
      expect(example.node, member).toContain('from "rbx-webstream"');
      files[`${repoRoot}test/typings/example_${fileName(member)}.ts`] = example.node.replace(
        'from "rbx-webstream"',
        `from ${JSON.stringify(`${repoRoot}runtime/index.js`)}`,
      );
    }
    expect(typeCheck(files, { compilerOptions: { types: ['node'], skipLibCheck: true } })).toEqual([]);
  }, 90_000);
});

describeWithLuauLsp('the Luau examples of api-dump/docs.json under luau-lsp', (tool) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rbx-webstream-examples-'));
    for (const [member, example] of examples) writeFileSync(join(dir, `${fileName(member)}.luau`), `--!strict\n${example.luau}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analyse without errors or warnings in strict mode', async () => {
    const result = await analyze(
      tool,
      examples.map(([member]) => `${fileName(member)}.luau`),
      { cwd: dir },
    );
    expect(result.diagnostics.map((d) => `${d.file}(${d.line},${d.column}) ${d.kind}: ${d.message.split('\n')[0]}`)).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 60_000);
});
