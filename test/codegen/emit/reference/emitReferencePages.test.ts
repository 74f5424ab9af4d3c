import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocsFile } from '../../../../codegen/docs/types.js';
import { emitNodeDeclarations } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { emitReferencePages } from '../../../../codegen/emit/reference/emitReferencePages.js';
import { EmitError } from '../../../../codegen/emit/shared/EmitError.js';
import { cls, dumpOf, enumOf, objectRoot } from '../fixtures/dumpBuilders.js';
import { sliceSource } from '../fixtures/sliceSource.js';

const pages = () => new Map(emitReferencePages(sliceSource).map((file) => [file.path, file.contents]));
const page = (path: string) => pages().get(path) ?? '';

/** Markdown table rows under the heading `heading` (first table after it). */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`${heading}\n`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/ (?<!\\)\| /));
  }
  return rows;
}

describe('emitReferencePages', () => {
  it('emits a page per class and enum plus the index', () => {
    expect([...pages().keys()]).toEqual([
      'reference/Object.md',
      'reference/Instance.md',
      'reference/HttpService.md',
      'reference/WebStreamClient.md',
      'reference/Enum.WebStreamClientState.md',
      'reference/Enum.WebStreamClientType.md',
      'reference/index.md',
    ]);
  });

  it.each([...emitReferencePages(sliceSource).map((file) => file.path)])('matches the snapshot of %s', async (path) => {
    await expect(page(path)).toMatchFileSnapshot(`__snapshots__/${path.replace('reference/', '')}.snap`);
  });

  it('counts the class history as the class plus its members ("History (8)" for WebStreamClient)', () => {
    expect(page('reference/WebStreamClient.md')).toContain('## History (8)');
    expect(tableRows(page('reference/WebStreamClient.md'), '## History (8)').map((row) => row[0])).toEqual([
      '686',
      '686',
      '686',
      '686',
      '686',
      '686',
      '686',
      '696',
    ]);
  });

  it('shows the latest change label of each member in the History column', () => {
    const rows = tableRows(page('reference/WebStreamClient.md'), '### Members');
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ['[`ConnectionState: Enum.WebStreamClientState`](#connectionstate)', '686'],
      ['[`Close(): null`](#close)', '686'],
      ['[`Send(data: string): null`](#send)', '696'],
      ['[`Closed()`](#closed)', '686'],
      ['[`Error(responseStatusCode: int, errorMessage: string)`](#error)', '686'],
      ['[`MessageReceived(message: string)`](#messagereceived)', '686'],
      ['[`Opened(responseStatusCode: int, headers: string)`](#opened)', '686'],
    ]);
  });

  it("heads the member index with the count of the class's own members, as the public reference does", () => {
    expect(page('reference/WebStreamClient.md')).toContain('## Member index 7\n');
    expect(page('reference/HttpService.md')).toContain('## Member index 1\n');
    expect(page('reference/Object.md')).toContain('## Member index 6\n');
  });

  it('prints Deprecated once per deprecated member, naming the replacement', () => {
    const object = page('reference/Object.md');
    const section = (name: string) => object.slice(object.indexOf(`### ${name}\n`), object.indexOf('#### History', object.indexOf(`### ${name}\n`)));
    for (const [member, replacement] of [
      ['className', '[ClassName](#classname)'],
      ['isA', '[IsA](#isa)'],
    ] as const) {
      const lines = section(member)
        .split('\n')
        .filter((line) => line.startsWith('- **Deprecated**'));
      expect(lines).toEqual([`- **Deprecated**: ${replacement} should be used instead`]);
    }
  });

  it('shows our Luau example (api-dump/docs.json) for CreateWebStreamClient and each event', () => {
    const docs = JSON.parse(readFileSync(new URL('../../../../api-dump/docs.json', import.meta.url), 'utf8')) as DocsFile;
    const withExamples = new Map(emitReferencePages({ ...sliceSource, docs }).map((file) => [file.path, file.contents]));
    const client = withExamples.get('reference/WebStreamClient.md') ?? '';
    for (const event of ['Closed', 'Error', 'MessageReceived', 'Opened']) {
      const start = client.indexOf(`### ${event}\n`);
      const section = client.slice(start, client.indexOf('#### History', start));
      expect(section, event).toMatch(new RegExp(`#### Example\\n\\n\`\`\`lua\\n[^]*client\\.${event}:Connect\\(function\\([^]*\\n\`\`\`\\n`));
    }
    expect(withExamples.get('reference/HttpService.md')).toContain('```lua\nlocal HttpService = game:GetService("HttpService")\n');
  });

  it('groups inherited members by the ancestor they come from, linking to its page', () => {
    const httpService = page('reference/HttpService.md');
    expect(httpService).not.toContain('### Inherited from [Instance]');
    expect(httpService).toContain('### Inherited from [Object](Object.md)');
    expect(tableRows(httpService, '### Inherited from [Object](Object.md)').map((row) => row[0])).toContain('[`IsA(className: string): bool`](Object.md#isa)');
  });

  it('lists a member change with label, full version, date and what changed', () => {
    expect(page('reference/HttpService.md')).toContain(
      '| 696 | 0.696.0.6960797 | 2025-10-21 | Capabilities of Function HttpService.CreateWebStreamClient changed from (none) to [Network] |',
    );
  });

  it('explains tags in plain words', () => {
    expect(page('reference/WebStreamClient.md')).toContain(
      '- **Not replicated**: does not cross the network boundary, so changes stay on the machine that made them.',
    );
    expect(page('reference/Object.md')).toContain('- **Read-only**: scripts can read it but cannot set it');
  });

  it('gives case twins distinct anchors and points the deprecation at the replacement', () => {
    const object = page('reference/Object.md');
    expect(object).toContain('<a id="classname"></a>\n\n### ClassName');
    expect(object).toContain('<a id="classname-2"></a>\n\n### className');
    expect(object).toContain('- **Deprecated**: [ClassName](#classname) should be used instead');
  });

  it('lists enum items with their values, descriptions and latest change', () => {
    const rows = tableRows(page('reference/Enum.WebStreamClientType.md'), '## Items');
    expect(rows.map((row) => [row[0], row[1], row[5]])).toEqual([
      ['<a id="sse"></a>SSE', '0', '686'],
      ['<a id="rawstream"></a>RawStream', '1', '686'],
      ['<a id="websocket"></a>WebSocket', '2', '696'],
    ]);
  });

  it('lands every reference link of the Node declarations on an existing page and anchor', () => {
    const all = pages();
    const declarations = emitNodeDeclarations(sliceSource, { overrideMode: 'strict' }).file.contents;
    const links = [...declarations.matchAll(/\]\(\.\.\/reference\/([^)#]+)(?:#([^)]+))?\)/g)];
    expect(links.length).toBeGreaterThan(30);
    for (const [, file, anchor] of links) {
      const target = all.get(`reference/${file}`);
      expect(target, file).toBeDefined();
      if (anchor) expect(target, `${file}#${anchor}`).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('refuses two pages that would share a file name', () => {
    const dump = dumpOf([objectRoot(), cls('Weird', 'Object', []), cls('weird', 'Object', [])], [enumOf('E', [['A', 0]])]);
    expect(() => emitReferencePages({ ...sliceSource, dump, docs: undefined, history: undefined })).toThrow(EmitError);
    expect(() => emitReferencePages({ ...sliceSource, dump, docs: undefined, history: undefined })).toThrow(
      /Classes\[2\]\.Name: class weird and class Weird would share the page reference\/weird\.md/,
    );
  });

  it('renders without docs or history (whole-API mode)', () => {
    const bare = emitReferencePages({ ...sliceSource, docs: undefined, history: undefined });
    const client = bare.find((file) => file.path === 'reference/WebStreamClient.md')?.contents ?? '';
    expect(client).toContain('## History (0)');
    expect(client).toContain('No changes recorded in the history log.');
    expect(tableRows(client, '### Members').every((row) => row[2] === '—')).toBe(true);
    expect(client).not.toContain('#### Example');
  });
});
