/**
 * The injection cases of issue 13, one test each, run on the emitters in memory: dump text that
 * broke out of a code span, a JSDoc comment, a changelog line, a conformance comment or a banner,
 * and dump names that found `Object.prototype` in a lookup table. Each of these failed before the
 * escapers of codegen/emit/escape/ were used everywhere.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChangelog } from '../../../../codegen/diff/changelog.js';
import type { Change } from '../../../../codegen/diff/types.js';
import type { Dump } from '../../../../codegen/dump/types.js';
import { emitConformanceFiles } from '../../../../codegen/emit/conformance/emitConformance.js';
import { emitNodeDeclarations } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { emitReferencePages } from '../../../../codegen/emit/reference/emitReferencePages.js';
import type { EmitSource } from '../../../../codegen/emit/shared/emitSource.js';
import { markdownHeader, scriptHeader } from '../../../../codegen/emit/shared/generatedHeader.js';
import { loadGenerateInput } from '../../../../codegen/generate/loadGenerateInput.js';
import { buildModel } from '../../../../codegen/model/buildModel.js';
import { cls, dumpOf, enumOf, fn, objectRoot, param, prop, t } from '../fixtures/dumpBuilders.js';
import { typeCheck } from '../helpers/typeCheck.js';
import { markdown, scriptingElements } from './renderedHtml.js';

const md = markdown;

const source = (dump: Dump, extra: Partial<EmitSource> = {}): EmitSource => ({
  dump,
  dumpFile: 'api-dump/Full-API-Dump.json',
  regenerateCommand: 'npm run generate',
  ...extra,
});

function parseDiagnostics(text: string): readonly ts.Diagnostic[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
}

/** Names of every top-level declaration of a TypeScript file. */
function declaredNames(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  return file.statements.flatMap((statement) => {
    if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.map((d) => d.name.getText(file));
    const name = (statement as { name?: ts.Node }).name;
    return name ? [name.getText(file)] : [];
  });
}

describe('issue 13 injection reproductions', () => {
  it('a member name with a newline and <script> stays text on the reference page', () => {
    const dump = dumpOf([
      objectRoot(),
      cls('Victim', 'Object', [
        prop('PropScript\n<script>alert(61)</script>\n', t.prim('string')),
        fn('Call', [param('x', t.prim('int'), '<img src=x onerror=alert(1)>')]),
      ]),
    ]);
    for (const page of emitReferencePages(source(dump))) {
      expect(scriptingElements(page.contents), page.path).toEqual([]);
    }
  });

  it('hostile tags and security levels stay text in the JSDoc (TypeDoc renders it as Markdown)', () => {
    const victim = cls('Victim', 'Object', [
      prop('P', t.prim('string'), {
        tags: ['<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'],
        threadSafety: '<script>alert(1)</script>',
        security: { read: 'None', write: '<script>alert(2)</script>' },
      }),
    ]);
    const text = emitNodeDeclarations(source(dumpOf([objectRoot(), victim])), { overrideMode: 'lenient' }).file.contents;
    const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.ES2022, true);
    const comments: string[] = [];
    const visit = (node: ts.Node): void => {
      for (const doc of ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)) comments.push(ts.getTextOfJSDocComment(doc.comment) ?? '');
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(comments.join('\n')).toContain('onerror');
    for (const comment of comments) expect(scriptingElements(comment)).toEqual([]);
  });

  it('diff --format markdown prints tags and names as text', () => {
    const changes: Change[] = [
      {
        action: 'Change',
        kind: 'Property',
        parent: 'Victim',
        name: 'P<script>alert(1)</script>',
        field: 'Tags',
        to: '<img src=x onerror=alert(1)>',
        impact: 'compatible',
      },
      { action: 'Add', kind: 'Class', name: '[x](javascript:alert(1))', impact: 'compatible' },
    ];
    const changelog = renderChangelog(changes, '0.1.0.1', '0.2.0.2');
    expect(scriptingElements(changelog)).toEqual([]);
    const html = md.render(changelog);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a parameter default or member name with */ does not become code in conformance/typeLevel.ts', () => {
    const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
    const { input } = loadGenerateInput(join(repoRoot, 'api-dump'));
    const hostile = '*/ export const pwned = 1; /*';
    const dump: Dump = {
      ...input.dump,
      classes: input.dump.classes.map((c) =>
        c.name !== 'WebStreamClient'
          ? c
          : {
              ...c,
              members: [
                ...c.members.map((m) =>
                  m.name === 'Send' && m.memberType === 'Function' ? { ...m, parameters: m.parameters.map((p) => ({ ...p, default: hostile })) } : m,
                ),
                prop(`X${hostile}`, t.prim('int')),
              ],
            },
      ),
    };
    const files = emitConformanceFiles({ ...input, scenarios: input.scenarios!, dump, model: buildModel(dump) });
    for (const file of files) {
      expect(parseDiagnostics(file.contents), file.path).toEqual([]);
      expect(declaredNames(file.contents), file.path).not.toContain('pwned');
    }
  });

  it.each([
    ['a newline', 'dump.json\nexport const pwned = 1;'],
    ['U+2028', 'dump.json\u2028export const pwned = 1;'],
    ['CR', 'dump.json\rexport const pwned = 1;'],
  ])('a --dump path with %s stays inside the // banner', (_, dumpFile) => {
    const text = `${scriptHeader({ dumpFile, regenerateCommand: `generate --all --dump ${dumpFile}` })}export type T = 1;\n`;
    expect(parseDiagnostics(text)).toEqual([]);
    expect(declaredNames(text)).toEqual(['T']);
  });

  it.each(['--!><script>alert(1)</script>', '--><script>alert(1)</script>', 'a\n\n<script>alert(1)</script>'])(
    'a --out path %j stays inside the <!-- --> page header',
    (path) => {
      const page = `${markdownHeader({ dumpFile: path, regenerateCommand: `generate --out ${path}` })}# Title\n`;
      const tokens = md.parse(page, {});
      expect(tokens.map((token) => token.type)).toEqual(['html_block', 'heading_open', 'inline', 'heading_close']);
      expect(scriptingElements(page)).toEqual([]);
    },
  );

  describe('prototype keys', () => {
    const dump = dumpOf(
      [
        objectRoot(),
        cls('Instance', 'Object', [
          prop('Tagged', t.prim('int'), { tags: ['constructor', 'toString'], security: { read: 'None', write: 'toString' } }),
          prop('Hidden', t.prim('int'), { security: { read: 'toString', write: 'toString' } }),
        ]),
        cls('constructor', 'Instance', [prop('A', t.prim('int'))]),
        cls('__proto__', 'Instance', [prop('B', t.prim('int'))]),
        cls('hasOwnProperty', 'Instance', [fn('toString', [param('valueOf', t.cls('constructor'))])], ['constructor']),
      ],
      [enumOf('__proto__', [['constructor', 0]])],
    );
    const docs = JSON.parse(
      '{"classes":{"Object":{"summary":"o","members":{}},"Instance":{"summary":"i","members":{"Tagged":{"summary":"t"},"Hidden":{"summary":"h"}}},"constructor":{"summary":"c","members":{"A":{"summary":"a"}}},"__proto__":{"summary":"p","members":{"B":{"summary":"b"}}},"hasOwnProperty":{"summary":"h","members":{"toString":{"summary":"s","parameters":{"valueOf":"v"}}}}},"enums":{"__proto__":{"summary":"e","items":{"constructor":"x"}}}}',
    );

    it('classes named constructor, __proto__ and hasOwnProperty compile under tsc --strict', () => {
      const text = emitNodeDeclarations(source(dump), { overrideMode: 'lenient' }).file.contents;
      expect(text).not.toContain('native code');
      expect(declaredNames(text)).toEqual(expect.arrayContaining(['constructor', '__proto__', 'hasOwnProperty']));
      expect(typeCheck({ '/virtual/node/index.d.ts': text })).toEqual([]);
    });

    it('a tag "constructor" and Security "toString" are shown by name on pages and in JSDoc', () => {
      const text = emitNodeDeclarations(source(dump), { overrideMode: 'lenient' }).file.contents;
      expect(text).toContain('Security: read None (any script); write toString (toString (no explanation yet)).');
      expect(text).toContain('Constructor (no explanation yet).');
      expect(text).toContain('ToString (no explanation yet).');
      const pages = emitReferencePages(source(dump))
        .map((page) => page.contents)
        .join('\n');
      expect(pages).not.toContain('native code');
      expect(pages).toContain('read toString (toString (no explanation yet)) · write toString (toString (no explanation yet))');
      expect(pages).toContain('- **Constructor**: no explanation yet');
    });

    it('docs.json entries keyed constructor and __proto__ are found as data (loadDocs)', async () => {
      const { loadDocs } = await import('../../../../codegen/docs/loadDocs.js');
      const loaded = loadDocs(JSON.stringify(docs), 'docs.json', dump);
      expect(loaded.classes['constructor']?.summary).toBe('c');
      expect(loaded.classes['__proto__']?.summary).toBe('p');
      expect(loaded.classes['toString']).toBeUndefined();
    });
  });
});
