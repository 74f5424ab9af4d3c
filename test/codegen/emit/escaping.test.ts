/**
 * Generated names and descriptions containing `*\/`, quotes, backticks, pipes or a leading `@`
 * must not break any output: the declarations still compile, JSDoc comments end where they
 * should, and Markdown tables keep their columns.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { DocsFile } from '../../../codegen/docs/types.js';
import { emitNodeDeclarations } from '../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { emitReferencePages } from '../../../codegen/emit/reference/emitReferencePages.js';
import { emitRobloxTsDeclarations } from '../../../codegen/emit/robloxTs/emitRobloxTsDeclarations.js';
import type { EmitSource } from '../../../codegen/emit/shared/emitSource.js';
import { emitStubs } from '../../../codegen/emit/stubs/emitStubs.js';
import { cls, dumpOf, enumOf, evt, fn, objectRoot, param, prop, t } from './fixtures/dumpBuilders.js';
import { typeCheck } from './helpers/typeCheck.js';

const NASTY = 'ends */ early, "quotes", \'single\', `ticks`, a | pipe, <b>html</b>';

const dump = dumpOf(
  [
    objectRoot(),
    cls('Weird', 'Object', [
      prop('Bad*/Name', t.prim('string')),
      prop('"quoted"', t.prim('int')),
      prop('back`tick', t.prim('bool')),
      prop('a|b', t.prim('bool')),
      fn('Call', [param('function', t.prim('string')), param('*/', t.prim('int')), param('x"y', t.prim('int'))]),
      evt('Fired', [param('new', t.prim('string')), param('new', t.prim('int'))]),
    ]),
  ],
  [
    enumOf('Odd`Enum', [
      ['Item*/One', 0],
      ['"Two"', 1],
    ]),
  ],
);

const docs: DocsFile = {
  classes: {
    Object: { summary: 'Root.', members: {} },
    Weird: {
      summary: `Summary that ${NASTY}`,
      description: `@param fake tag at line start\n*/ at line start\nlast line`,
      members: {
        'Bad*/Name': { summary: `Property ${NASTY}` },
        Call: { summary: 'Calls.', parameters: { function: `Param ${NASTY}`, '*/': 'Weird */ name' }, returns: `Returns ${NASTY}` },
      },
    },
  },
  enums: { 'Odd`Enum': { summary: `Enum ${NASTY}`, items: { 'Item*/One': `Item ${NASTY}` } } },
};

const source: EmitSource = { dump, docs, dumpFile: 'api-dump/Full-API-Dump.json', regenerateCommand: 'npm run generate' };

describe('escaping of names and descriptions', () => {
  const declarations = emitNodeDeclarations(source, { overrideMode: 'lenient' }).file.contents;

  it('keeps the Node declarations and stubs compiling', () => {
    const files = Object.fromEntries(
      [{ path: 'node/index.d.ts', contents: declarations }, ...emitStubs(source, { overrideMode: 'lenient' })].map((f) => [`/virtual/${f.path}`, f.contents]),
    );
    const consumer = `
      import type { Weird } from './index.js';
      declare const w: Weird;
      const a: string = w["Bad*/Name"]; const b: number = w['"quoted"']; const c: boolean = w["back\`tick"];
      w.Call('x', 1, 2);
      w.Fired.Connect((new_, new_2) => { const s: string = new_; const n: number = new_2; void s; void n; });
      void a; void b; void c;
    `;
    expect(typeCheck({ ...files, '/virtual/node/consumer.ts': consumer })).toEqual([]);
  });

  it('ends every JSDoc comment where it should', () => {
    const file = ts.createSourceFile('index.d.ts', declarations, ts.ScriptTarget.ES2022, true);
    const weird = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Weird');
    expect(weird).toBeDefined();
    expect(weird!.members).toHaveLength(6);
    const jsDoc = ts.getJSDocCommentsAndTags(weird!).filter(ts.isJSDoc).at(-1);
    const text = ts.getTextOfJSDocComment(jsDoc?.comment) ?? '';
    expect(text).toContain('Summary that ends *\\/ early, "quotes"');
    expect(text).toContain('\\@param fake tag at line start');
    // The escaped line-start @ is not read as a tag: the only tag is the reference link.
    expect(jsDoc?.tags?.map((tag) => tag.tagName.text)).toEqual(['see']);
  });

  it('keeps the roblox-ts declarations free of syntax errors', () => {
    const text = emitRobloxTsDeclarations(source, { overrideMode: 'lenient' }).file.contents;
    const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.ESNext, true);
    expect((file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics).toEqual([]);
    expect(text).toContain('Call(this: Weird, function_: string, __: number, x_y: number): void;');
  });

  it('keeps every Markdown table row at its column count', () => {
    for (const page of emitReferencePages(source)) {
      const lines = page.contents.split('\n');
      lines.forEach((line, i) => {
        if (!line.startsWith('|') || !lines[i + 1]?.startsWith('|---')) return;
        const columns = line.split(/(?<!\\)\|/).length;
        for (const row of lines.slice(i + 2)) {
          if (!row.startsWith('|')) break;
          expect(row.split(/(?<!\\)\|/).length, `${page.path}: ${row}`).toBe(columns);
        }
      });
    }
  });

  it('shows names as written, escaped for Markdown', () => {
    const weird = emitReferencePages(source).find((page) => page.path === 'reference/Weird.md')?.contents ?? '';
    expect(weird).toContain('### Bad\\*/Name');
    expect(weird).toContain('### back\\`tick');
    expect(weird).toContain('| [`a\\|b: bool`](#ab) | Property | — |');
    expect(weird).toContain('``back`tick: bool``');
  });
});
