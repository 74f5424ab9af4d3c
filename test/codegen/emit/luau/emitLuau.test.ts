/**
 * The Luau emitter without luau-lsp: its files and keys, and hostile text (a dump path that
 * tries to end the header comment, dump names with Markdown and quotes) kept inside comments and
 * JSON strings.
 */
import { describe, expect, it } from 'vitest';
import { emitLuau, LUAU_DOCS_FILE, LUAU_TYPES_FILE } from '../../../../codegen/emit/luau/emitLuau.js';
import { loadGenerateInput } from '../../../../codegen/generate/loadGenerateInput.js';
import { cls, dumpOf, enumOf, fn, objectRoot, param, t } from '../fixtures/dumpBuilders.js';
import { sliceSource } from '../fixtures/sliceSource.js';

describe('emitLuau', () => {
  it('writes the module and the docs database under typings/luau', () => {
    const files = emitLuau(sliceSource);
    expect(files.map((file) => file.path)).toEqual([`typings/luau/${LUAU_TYPES_FILE}`, `typings/luau/${LUAU_DOCS_FILE}`]);
    const docs = JSON.parse(files[1]!.contents) as Record<string, { documentation: string; params?: { name: string; documentation: string }[] }>;
    expect(docs['@roblox/globaltype/WebStreamClient.Send']!.params).toEqual([
      { name: 'data', documentation: '@roblox/globaltype/WebStreamClient.Send/param/0' },
    ]);
    expect(docs['@roblox/globaltype/WebStreamClient.Send/param/0']!.documentation).not.toBe('');
    expect(Object.keys(docs)).toContain('@roblox/enum/WebStreamClientType.WebSocket');
    expect(files[0]!.contents).toMatch(/^export type WebStreamRequestOptions = \{$/m);
    expect(files[0]!.contents).toContain('\t[string]: nil,\n');
  });

  it('leaves the class text of a class the slice keeps only in part (HttpService) to Roblox', () => {
    const { input } = loadGenerateInput('api-dump');
    const keys = Object.keys(JSON.parse(emitLuau(input)[1]!.contents) as object);
    expect(keys).toContain('@roblox/globaltype/HttpService.CreateWebStreamClient');
    expect(keys).not.toContain('@roblox/globaltype/HttpService');
    expect(keys).toContain('@roblox/globaltype/WebStreamClient');
  });

  it('keeps a hostile dump path inside the header comment', () => {
    const [module] = emitLuau({ ...sliceSource, dumpFile: 'dump.json\nreturn 1 --[[\r\n]] --!nocheck\u2028x' });
    const header = module!.contents.split('\n\n')[0]!;
    for (const line of header.split('\n')) expect(line.startsWith('-- ')).toBe(true);
    expect(module!.contents.split('\n').filter((line) => line.startsWith('return'))).toEqual(['return table.freeze({})']);
  });

  it('escapes dump names as Markdown and leaves JSON to JSON.stringify', () => {
    const dump = dumpOf([objectRoot(), cls('Odd', 'Object', [fn('Do*It', [param('x"y', t.prim('string'))], [])])], [enumOf('E', [['<b>x</b>', 0]])]);
    const [, docsFile] = emitLuau({ dump, dumpFile: 'dump.json', regenerateCommand: 'x' });
    const docs = JSON.parse(docsFile!.contents) as Record<string, { documentation: string; params?: { name: string }[] }>;
    expect(docs['@roblox/globaltype/Odd.Do*It']!.params).toEqual([{ name: 'x"y', documentation: '@roblox/globaltype/Odd.Do*It/param/0' }]);
    expect(docs['@roblox/enum/E.<b>x</b>']).toBeDefined();
    expect(JSON.stringify(docs)).not.toMatch(/<b>x<\/b>[^"]/);
  });
});
