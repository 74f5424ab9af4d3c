/**
 * Property: hostile text anywhere in a dump changes what the outputs say, never what they are.
 * A slice cut from the real 0.734 dump (../shared/api-dumps) gets hostile strings (`*\/`, `/*`,
 * backticks, `${`, quotes, CR/LF, U+2028/2029, NUL, lone surrogates, `</script>`, `{{`, `--!>`,
 * `javascript:`, Markdown and HTML syntax, linkify bait) appended to every class, member,
 * parameter, enum and item name, DataType name, default, tag, security level, thread safety,
 * category, memory category, capability and legacy name. The same slice with a plain word in each
 * place is the control. Then:
 *
 * - the Node and roblox-ts declarations parse to the same syntax tree as the control (node kinds
 *   and JSDoc tags; hostile text only inside comments and literals), and all samples' Node
 *   declarations pass `tsc --strict` in one compile;
 * - every reference page and the `diff --format markdown` changelog, rendered with markdown-it as
 *   TypeDoc configures it, has the same token structure as the control (no element or attribute
 *   the template did not put there) and nothing that runs script; so does every JSDoc comment.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { renderChangelog } from '../../../../codegen/diff/changelog.js';
import { diff } from '../../../../codegen/diff/diff.js';
import { parseDump } from '../../../../codegen/dump/parseDump.js';
import type { Dump, DumpClass, DumpEnum, Member, Parameter, TypeRef } from '../../../../codegen/dump/types.js';
import { buildNodeDeclarationStructures, emitNodeDeclarations } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { emitReferencePages } from '../../../../codegen/emit/reference/emitReferencePages.js';
import { emitRobloxTsDeclarations } from '../../../../codegen/emit/robloxTs/emitRobloxTsDeclarations.js';
import type { EmitSource } from '../../../../codegen/emit/shared/emitSource.js';
import { scriptHeader } from '../../../../codegen/emit/shared/generatedHeader.js';
import { printStructures } from '../../../../codegen/emit/typescript/printStructures.js';
import { sliceDump } from '../../../../codegen/slice/sliceDump.js';
import { describeWithRealDumps, readRealDump } from '../../../helpers/realDumps.js';
import { typeCheck } from '../helpers/typeCheck.js';
import { markdown, scriptingElements } from './renderedHtml.js';

const FRAGMENTS = [
  '*/',
  '/*',
  '`',
  '``',
  '${',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ud800',
  '\udc00',
  '</script>',
  '<script>alert(1)</script>',
  '{{',
  '}}',
  '--!>',
  '-->',
  '<!--',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '*',
  '_',
  '|',
  '#',
  '@param',
  '{@link X}',
  '&lt;',
  'http://evil.example',
  'www.evil.com',
  'evil.com',
  'a@b.co',
  '\\',
  '\u202E',
  '\u001b[31m',
  '> ',
  '- ',
  '1. ',
  '===',
];

/** Hostile text: one to four fragments, sometimes joined by a letter. */
const hostile: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom('a', ' ', 'Z')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(''));

/** Rewrites every string a test may poison, with `text(slot)` giving the suffix for each place. */
function poison(dump: Dump, text: (slot: number) => string): Dump {
  let slot = 0;
  const next = (base: string): string => `${base}${text(slot++)}`;
  const classNames = new Map(dump.classes.map((cls) => [cls.name, cls.name === 'Object' || cls.name === 'Instance' ? cls.name : next(cls.name)]));
  const enumNames = new Map(dump.enums.map((e) => [e.name, next(e.name)]));
  const dataTypes = new Map<string, string>();
  const type = (ref: TypeRef): TypeRef => {
    const nullable = ref.name.endsWith('?') ? '?' : '';
    const name = nullable ? ref.name.slice(0, -1) : ref.name;
    if (ref.category === 'Class' && classNames.has(name)) return { ...ref, name: `${classNames.get(name)!}${nullable}` };
    if (ref.category === 'Enum' && enumNames.has(name)) return { ...ref, name: `${enumNames.get(name)!}${nullable}` };
    if (
      ref.category === 'DataType' &&
      !['RBXScriptSignal', 'RBXScriptConnection', 'Function', 'Instances', 'Objects', 'CoordinateFrame', 'OptionalCoordinateFrame'].includes(name)
    ) {
      if (!dataTypes.has(name)) dataTypes.set(name, next(name));
      return { ...ref, name: `${dataTypes.get(name)!}${nullable}` };
    }
    return ref;
  };
  const parameter = (p: Parameter): Parameter => ({
    ...p,
    name: next(p.name),
    type: type(p.type),
    ...(p.default === undefined ? {} : { default: next(p.default) }),
  });
  const member = (m: Member): Member => {
    const common = {
      name: next(m.name),
      tags: [...m.tags, next('Tag')],
      security: { read: m.security.read, write: next(m.security.write) },
      threadSafety: next(m.threadSafety),
      ...(m.capabilities ? { capabilities: { read: m.capabilities.read.map(next), write: [...m.capabilities.write.map(next), next('Cap')] } } : {}),
    };
    switch (m.memberType) {
      case 'Property':
        return { ...m, ...common, valueType: type(m.valueType), category: next(m.category), ...(m.default === undefined ? {} : { default: next(m.default) }) };
      case 'Event':
        return { ...m, ...common, parameters: m.parameters.map(parameter) };
      default:
        return { ...m, ...common, parameters: m.parameters.map(parameter), returnType: m.returnType.map(type) };
    }
  };
  const classes = dump.classes.map((cls): DumpClass => ({
    ...cls,
    name: classNames.get(cls.name)!,
    superclass: classNames.get(cls.superclass) ?? cls.superclass,
    memoryCategory: next(cls.memoryCategory),
    tags: [...cls.tags, next('Tag')],
    members: cls.members.map(member),
  }));
  const enums = dump.enums.map((e): DumpEnum => ({
    ...e,
    name: enumNames.get(e.name)!,
    tags: [...e.tags, next('Tag')],
    items: e.items.map((item) => ({ ...item, name: next(item.name), tags: [...item.tags, next('Tag')], legacyNames: [next('Legacy')] })),
  }));
  return { ...dump, classes, enums };
}

const sourceOf = (dump: Dump, dumpFile: string): EmitSource => ({ dump, dumpFile, regenerateCommand: `rbx-webstream generate --all --dump ${dumpFile}` });

/** The shape of a TypeScript file: every node kind in order and every JSDoc tag name, not the text. */
function tsShape(text: string): string[] {
  const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  const shape = diagnostics.map((d) => `error TS${d.code}`);
  const visit = (node: ts.Node): void => {
    // Identifier and string-literal keys differ only in spelling: both are one name.
    shape.push(ts.isIdentifier(node) || ts.isStringLiteral(node) ? 'Name' : ts.SyntaxKind[node.kind]!);
    for (const doc of ts.getJSDocCommentsAndTags(node)) if (ts.isJSDoc(doc)) shape.push(`/** ${(doc.tags ?? []).map((tag) => tag.tagName.text).join(' ')} */`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return shape;
}

/** Every JSDoc comment of a TypeScript file, as the Markdown TypeDoc renders. */
function jsDocTexts(text: string): string[] {
  const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc)) continue;
      out.push(ts.getTextOfJSDocComment(doc.comment) ?? '', ...(doc.tags ?? []).map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? ''));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The shape of rendered Markdown: block and inline tokens with tag and attribute names, not the text. */
function markdownShape(text: string): string[] {
  const shape: string[] = [];
  const add = (
    tokens: readonly { type: string; tag: string; attrs: [string, string][] | null; children: unknown[] | null; markup: string; info: string }[],
  ): void => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'softbreak') continue;
      shape.push(`${token.type}<${token.tag}${(token.attrs ?? []).map(([name]) => ` ${name}`).join('')}>${token.markup === 'linkify' ? ' linkify' : ''}`);
      if (token.children) add(token.children as never);
    }
  };
  add(markdown.parse(text, {}) as never);
  return shape;
}

describeWithRealDumps('hostile dump text through every emitter (property)', ['0.734.0.7340915'], () => {
  const slice = sliceDump(parseDump(readRealDump('0.734.0.7340915'), '0.734.0.7340915/Full-API-Dump.json').dump, 'WebStreamClient');
  const control = poison(slice, (slot) => ` Plain${slot}`);
  const controlSource = sourceOf(control, 'dumps/plain/Full-API-Dump.json');
  const controlNode = tsShape(emitNodeDeclarations(controlSource, { overrideMode: 'lenient' }).file.contents);
  const controlRobloxTs = tsShape(emitRobloxTsDeclarations(controlSource, { overrideMode: 'lenient' }).file.contents);
  // Pages come in dump order (classes, enums, index); their file names differ with the names.
  const controlPages = emitReferencePages(controlSource).map((page) => markdownShape(page.contents));
  const controlChangelog = markdownShape(renderChangelog(diff(slice, control), 'old', 'new'));
  const compiled: Record<string, string> = {};
  let samples = 0;

  it('keeps every output the same shape as the control, with nothing that runs', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), hostile, (texts, pathText) => {
        // Each place gets ` Plain<slot>` plus one of the hostile texts, so names stay distinct.
        const dump = poison(slice, (slot) => ` Plain${slot}${texts[slot % texts.length]}`);
        const source = sourceOf(dump, `dumps/${pathText}/Full-API-Dump.json`);

        const node = emitNodeDeclarations(source, { overrideMode: 'lenient' }).file.contents;
        // The text printers of the declarations give what the structures print as (see declarationTexts.test.ts).
        expect(node).toBe(scriptHeader(source) + printStructures(buildNodeDeclarationStructures(source, { overrideMode: 'lenient' }).statements));
        expect(tsShape(node)).toEqual(controlNode);
        expect(tsShape(emitRobloxTsDeclarations(source, { overrideMode: 'lenient' }).file.contents)).toEqual(controlRobloxTs);
        for (const comment of jsDocTexts(node)) expect(scriptingElements(comment)).toEqual([]);
        compiled[`/virtual/sample${samples++}/node/index.d.ts`] = node;

        const pages = emitReferencePages(source);
        expect(pages).toHaveLength(controlPages.length);
        for (const [i, page] of pages.entries()) {
          expect(page.path, page.path).toMatch(/^reference\/[A-Za-z0-9_.-]+\.md$/);
          expect(markdownShape(page.contents), page.path).toEqual(controlPages[i]);
          expect(scriptingElements(page.contents), page.path).toEqual([]);
        }
        const changelog = renderChangelog(diff(slice, dump), `old${pathText}`, 'new');
        expect(markdownShape(changelog)).toEqual(controlChangelog);
        expect(scriptingElements(changelog)).toEqual([]);
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 12), seed: Number(process.env.HOSTILE_SEED ?? 13) },
    );
    expect(samples).toBeGreaterThanOrEqual(12);
  });

  it("passes tsc --strict for every sample's Node declarations (one compile)", () => {
    expect(Object.keys(compiled).length).toBeGreaterThanOrEqual(12);
    expect(typeCheck(compiled)).toEqual([]);
  });
});
