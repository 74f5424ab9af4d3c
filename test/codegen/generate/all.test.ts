/**
 * Whole-API mode on the real dumps: generate declarations for 0.564, 0.732, 0.733 and 0.734 (and
 * the pages for 0.564 and 0.734, the oldest and newest shapes) into a temp dir, then type-check
 * each declaration file strictly (skipLibCheck off, only that file). One TypeScript program per
 * dump; the TypeScript lib is parsed once and shared. The files of 0.734 (written on the writer
 * thread, codegen/fs/writerThread.ts) must be exactly what emitAll renders in memory, and a re-run
 * onto them (compared on that thread) must find every one unchanged.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDumpFile } from '../../../codegen/dump/readDumpFile.js';
import { buildNodeDeclarationStructures, emitNodeDeclarations } from '../../../codegen/emit/declarations/emitNodeDeclarations.js';
import { scriptHeader } from '../../../codegen/emit/shared/generatedHeader.js';
import { printWithTsMorph } from '../emit/typescript/printWithTsMorph.js';
import { printStructures } from '../../../codegen/emit/typescript/printStructures.js';
import { emitAll, generateAll, wholeApiCommand, type GenerateAllResult } from '../../../codegen/generate/all.js';
import { describeWithRealDumps, REAL_DUMP_VERSIONS, realDumpPath, type RealDumpVersion } from '../../helpers/realDumps.js';
import { typeCheck } from '../emit/helpers/typeCheck.js';

const WITH_PAGES: readonly RealDumpVersion[] = ['0.564.1.5640444', '0.734.0.7340915'];

describeWithRealDumps('generate --all on the real dumps', REAL_DUMP_VERSIONS, () => {
  let root: string;
  const results = new Map<string, GenerateAllResult>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rbx-webstream-all-'));
    for (const version of REAL_DUMP_VERSIONS) {
      const declarationsOnly = !WITH_PAGES.includes(version);
      results.set(version, await generateAll({ dump: realDumpPath(version), out: join(root, version), declarationsOnly }));
    }
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(REAL_DUMP_VERSIONS)(
    'declarations of %s type-check with tsc --strict and 0 errors',
    (version) => {
      const file = join(root, version, 'node', 'index.d.ts');
      expect(typeCheck({ [file]: undefined })).toEqual([]);
    },
    60_000,
  );

  it.each(WITH_PAGES)('%s gets a page per class and enum plus the index', (version) => {
    const dump = JSON.parse(readFileSync(realDumpPath(version), 'utf8')) as { Classes: unknown[]; Enums: unknown[] };
    const pages = readdirSync(join(root, version, 'reference'));
    expect(pages).toHaveLength(dump.Classes.length + dump.Enums.length + 1);
  });

  it.each(WITH_PAGES)(
    'prints the %s declarations byte for byte as ts-morph does',
    (version) => {
      const { dump } = readDumpFile(realDumpPath(version));
      const source = { dump, dumpFile: version, regenerateCommand: 'test' };
      const { statements } = buildNodeDeclarationStructures(source, { overrideMode: 'lenient' });
      const printed = printStructures(statements);
      expect(printed === printWithTsMorph(statements)).toBe(true);
      // What generate writes, printed straight to text, is the same (test/codegen/emit/declarations/declarationTexts.test.ts).
      expect(emitNodeDeclarations(source, { overrideMode: 'lenient' }).file.contents === scriptHeader(source) + printed).toBe(true);
    },
    60_000,
  );

  it('declares every class of 0.734 and every enum, with a placeholder for each DataType used', () => {
    const text = readFileSync(join(root, '0.734.0.7340915', 'node', 'index.d.ts'), 'utf8');
    expect(text.match(/^export interface \w+ extends|^export interface RBXObject /gm)?.length).toBeGreaterThanOrEqual(908);
    expect(text).toContain('export interface CollectionService extends Omit<Instance, "AddTag" | "GetTags" | "HasTag" | "RemoveTag">');
    expect(text).toContain('export interface Vector3 {');
    expect(text).toMatch(/\n {2}"Auto-Recovery Interval \(Minutes\)": number;/);
  });

  it('skips the WebStreamClient overrides on 0.564, which predates CreateWebStreamClient, and says so', () => {
    expect(results.get('0.564.1.5640444')?.skippedOverrides.map((s) => s.reason)).toEqual([
      'type override of HttpService.CreateWebStreamClient parameter requestOptions: class HttpService has no member CreateWebStreamClient',
      'type override of Object.GetPropertyChangedSignal return type: no class Object',
    ]);
    expect(results.get('0.734.0.7340915')?.skippedOverrides).toEqual([]);
  });

  it('writes every file of 0.734 byte for byte as emitAll renders it in memory (written on the writer thread)', () => {
    const version = '0.734.0.7340915';
    const options = { dump: realDumpPath(version), out: join(root, version) };
    const { files } = emitAll({ dump: readDumpFile(options.dump).dump, dumpFile: options.dump, regenerateCommand: wholeApiCommand(options) });
    expect(files.map((file) => file.path).sort()).toEqual([...results.get(version)!.paths].sort());
    const differing = files.filter((file) => readFileSync(join(options.out, file.path), 'utf8') !== file.contents).map((file) => file.path);
    expect(differing).toEqual([]);
  }, 60_000);

  it('a re-run onto that output writes nothing and counts every file unchanged', async () => {
    const version = '0.734.0.7340915';
    const result = await generateAll({ dump: realDumpPath(version), out: join(root, version) });
    expect(result.unchanged).toBe(result.paths.length);
    expect(result.removed).toEqual([]);
  }, 60_000);

  it('removes pages an earlier run generated that this dump no longer has, and leaves other files alone', async () => {
    const out = join(root, 'rerun');
    mkdirSync(join(out, 'reference'), { recursive: true });
    writeFileSync(join(out, 'reference', 'Gone.md'), '<!-- Code generated by rbx-webstream codegen from x. DO NOT EDIT. -->\n');
    writeFileSync(join(out, 'reference', 'notes.md'), 'my own notes\n');
    const result = await generateAll({ dump: realDumpPath('0.733.0.7330989'), out, declarationsOnly: true });
    expect(result.removed).toEqual(['reference/Gone.md']);
    expect(readdirSync(join(out, 'reference'))).toEqual(['notes.md']);
  });
});
