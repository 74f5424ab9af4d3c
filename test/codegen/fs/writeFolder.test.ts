/**
 * writeFolder with texts made on demand (whole-API mode renders each page as it writes it): each
 * text is made once, when its file is written; files already holding their text are counted and
 * left alone; an error while making a text reaches the caller as it is, with the folder as before
 * (fresh or existing) and no temporary files left. writeFolderOverlapped, with or without its
 * writer thread (the file-system work done there while the next text is made), must behave the
 * same way, file-system errors included.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../../codegen/fs/OutputError.js';
import { writeFolder, writeFolderOverlapped, type FileToWrite, type WriteFolderOptions } from '../../../codegen/fs/writeFolder.js';
import { changedPaths, treeSnapshot } from '../update/treeSnapshot.js';

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'rbx-webstream-write-folder-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

class RenderBug extends Error {}

/** Files whose texts record the order they were made in; the `failAt`-th one throws. */
function lazyFiles(names: readonly string[], made: string[], failAt?: number): FileToWrite[] {
  return names.map((name, i) => ({
    path: `reference/${name}.md`,
    contents: () => {
      if (i === failAt) throw new RenderBug(`cannot render ${name}`);
      made.push(name);
      return `# ${name}\n`;
    },
  }));
}

/** writeFolderOverlapped with its writer thread, which it starts on its own only for large outputs. */
const onWriterThread = (root: string, files: readonly FileToWrite[], remove: readonly string[] = [], options: WriteFolderOptions = {}) =>
  writeFolderOverlapped(root, files, remove, { ...options, writerThread: 'always' });

const WRITERS = [
  ['writeFolder', async (...args: Parameters<typeof writeFolder>) => writeFolder(...args)],
  ['writeFolderOverlapped', writeFolderOverlapped],
  ['writeFolderOverlapped on its writer thread', onWriterThread],
] as const;

describe.each(WRITERS)('%s into a new folder', (_, write) => {
  it('makes each text once, in order, and writes it', async () => {
    const made: string[] = [];
    const out = join(parent, 'out');
    const names = Array.from({ length: 40 }, (_, i) => `Page${i}`);
    expect(await write(out, lazyFiles(names, made))).toEqual({ unchanged: 0 });
    expect(made).toEqual(names);
    expect(readdirSync(join(out, 'reference'))).toHaveLength(40);
    expect(readFileSync(join(out, 'reference', 'Page17.md'), 'utf8')).toBe('# Page17\n');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('passes an error of a text on as it is and leaves nothing behind', async () => {
    await expect(write(join(parent, 'deeper', 'out'), lazyFiles(['A', 'B', 'C'], [], 1))).rejects.toThrow(RenderBug);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('reports a file-system error as an OutputError naming the file, and leaves nothing behind', async () => {
    const files = [
      { path: 'reference', contents: 'a file where a folder goes\n' },
      { path: 'reference/A.md', contents: '# A\n' },
    ];
    const error = await write(join(parent, 'out'), files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).code).toBe('OUTPUT_NOT_FOLDER');
    expect((error as OutputError).message).toContain(join(parent, 'out', 'reference'));
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe.each(WRITERS)('%s into an existing folder', (_, write) => {
  it('leaves files that already hold their text untouched, counts them, and commits the rest', async () => {
    const out = join(parent, 'out');
    mkdirSync(join(out, 'reference'), { recursive: true });
    writeFileSync(join(out, 'reference', 'A.md'), '# A\n');
    writeFileSync(join(out, 'reference', 'B.md'), 'old\n');
    writeFileSync(join(out, 'reference', 'Gone.md'), 'gone\n');
    const before = statSync(join(out, 'reference', 'A.md')).mtimeMs;
    const made: string[] = [];
    expect(await write(out, lazyFiles(['A', 'B', 'C'], made), ['reference/Gone.md'], { skipUnchanged: true })).toEqual({ unchanged: 1 });
    expect(made).toEqual(['A', 'B', 'C']);
    expect(statSync(join(out, 'reference', 'A.md')).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'reference', 'B.md'), 'utf8')).toBe('# B\n');
    expect(readdirSync(join(out, 'reference')).sort()).toEqual(['A.md', 'B.md', 'C.md']);
  });

  it('passes an error of a text on as it is and leaves the folder as it was', async () => {
    const out = join(parent, 'out');
    mkdirSync(join(out, 'reference'), { recursive: true });
    writeFileSync(join(out, 'reference', 'A.md'), 'old A\n');
    writeFileSync(join(out, 'reference', 'Gone.md'), 'gone\n');
    const before = treeSnapshot(out);
    await expect(write(out, lazyFiles(['A', 'B', 'C'], [], 2), ['reference/Gone.md'], { skipUnchanged: true })).rejects.toThrow(RenderBug);
    expect(changedPaths(before, treeSnapshot(out))).toEqual([]);
    expect(readdirSync(join(out, 'reference')).sort()).toEqual(['A.md', 'Gone.md']);
    expect(existsSync(join(out, 'reference', 'B.md'))).toBe(false);
  });
});
