/**
 * Writing and checking the output folder: new and changed files written, unchanged files left
 * untouched, files no emitter made removed (with emptied folders), dot-files kept.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareFolder, listFiles, syncFolder } from '../../../codegen/generate/outputFolder.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rbx-out-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function put(path: string, contents: string): void {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), contents);
}

describe('compareFolder', () => {
  it('sorts files into changed, missing, stale and unchanged', () => {
    put('same.json', 'same');
    put('old.json', 'before');
    put('gone/stale.md', 'x');
    const result = compareFolder(folder, [
      { path: 'same.json', contents: 'same' },
      { path: 'old.json', contents: 'after' },
      { path: 'new/file.ts', contents: 'new' },
    ]);
    expect(result).toEqual({ changed: ['old.json'], missing: ['new/file.ts'], stale: ['gone/stale.md'], unchanged: ['same.json'] });
  });

  it('treats a folder that does not exist as empty', () => {
    expect(compareFolder(join(folder, 'nope'), [{ path: 'a', contents: '' }]).missing).toEqual(['a']);
  });
});

describe('syncFolder', () => {
  it('makes the folder hold exactly the emitted files', () => {
    put('old.json', 'before');
    put('gone/deep/stale.md', 'x');
    syncFolder(folder, [
      { path: 'old.json', contents: 'after' },
      { path: 'new/file.ts', contents: 'new' },
    ]);
    expect(listFiles(folder)).toEqual(['new/file.ts', 'old.json']);
    expect(readFileSync(join(folder, 'old.json'), 'utf8')).toBe('after');
    expect(existsSync(join(folder, 'gone'))).toBe(false);
    expect(
      compareFolder(folder, [
        { path: 'old.json', contents: 'after' },
        { path: 'new/file.ts', contents: 'new' },
      ]).unchanged,
    ).toHaveLength(2);
  });

  it('does not rewrite a file whose contents are already right', () => {
    put('same.json', 'same');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'same.json'), past, past);
    syncFolder(folder, [{ path: 'same.json', contents: 'same' }]);
    expect(statSync(join(folder, 'same.json')).mtime.toISOString()).toBe(past.toISOString());
  });

  it('leaves dot-files alone and leaves no temporary files behind', () => {
    put('.gitkeep', '');
    syncFolder(folder, [{ path: 'a.json', contents: '{}' }]);
    expect(existsSync(join(folder, '.gitkeep'))).toBe(true);
    expect(listFiles(folder)).toEqual(['a.json']);
  });
});
