/**
 * writeFolder with texts made on demand (whole-API mode renders each page as it writes it): each
 * text is made once, when its file is written; files already holding their text are counted and
 * left alone; an error while making a text reaches the caller as it is, with the folder as before
 * (fresh or existing) and no temporary files left.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFolder, type FileToWrite } from '../../../codegen/fs/writeFolder.js';
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

describe('writeFolder with texts made on demand', () => {
  it('makes each text once, in order, into a new folder', () => {
    const made: string[] = [];
    const out = join(parent, 'out');
    expect(writeFolder(out, lazyFiles(['A', 'B', 'C'], made))).toEqual({ unchanged: 0 });
    expect(made).toEqual(['A', 'B', 'C']);
    expect(readFileSync(join(out, 'reference', 'B.md'), 'utf8')).toBe('# B\n');
  });

  it('leaves files that already hold their text untouched and counts them', () => {
    const out = join(parent, 'out');
    mkdirSync(join(out, 'reference'), { recursive: true });
    writeFileSync(join(out, 'reference', 'A.md'), '# A\n');
    writeFileSync(join(out, 'reference', 'B.md'), 'old\n');
    const before = statSync(join(out, 'reference', 'A.md')).mtimeMs;
    const made: string[] = [];
    expect(writeFolder(out, lazyFiles(['A', 'B'], made), [], { skipUnchanged: true })).toEqual({ unchanged: 1 });
    expect(made).toEqual(['A', 'B']);
    expect(statSync(join(out, 'reference', 'A.md')).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'reference', 'B.md'), 'utf8')).toBe('# B\n');
  });

  it('passes an error of a text on as it is and leaves no new folder behind', () => {
    const out = join(parent, 'deeper', 'out');
    expect(() => writeFolder(out, lazyFiles(['A', 'B', 'C'], [], 1))).toThrow(RenderBug);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('passes an error of a text on as it is and leaves an existing folder as it was', () => {
    const out = join(parent, 'out');
    mkdirSync(join(out, 'reference'), { recursive: true });
    writeFileSync(join(out, 'reference', 'A.md'), 'old A\n');
    writeFileSync(join(out, 'reference', 'Gone.md'), 'gone\n');
    const before = treeSnapshot(out);
    expect(() => writeFolder(out, lazyFiles(['A', 'B', 'C'], [], 2), ['reference/Gone.md'], { skipUnchanged: true })).toThrow(RenderBug);
    expect(changedPaths(before, treeSnapshot(out))).toEqual([]);
    expect(readdirSync(join(out, 'reference')).sort()).toEqual(['A.md', 'Gone.md']);
    expect(existsSync(join(out, 'reference', 'B.md'))).toBe(false);
  });
});
