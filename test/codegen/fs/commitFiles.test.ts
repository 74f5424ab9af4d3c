/**
 * All-or-nothing writes: every change lands, or — when a write or a rename fails at any point —
 * the folder is byte-identical to before (no new files, no new folders, no temp files left).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, NODE_COMMIT_FS, type CommitFs, type FileChange } from '../../../codegen/fs/commitFiles.js';
import { OutputError } from '../../../codegen/fs/OutputError.js';
import { changedPaths, treeSnapshot } from '../update/treeSnapshot.js';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rbx-webstream-commit-'));
  mkdirSync(join(root, 'api-dump'));
  mkdirSync(join(root, 'generated', 'old'), { recursive: true });
  writeFileSync(join(root, 'api-dump', 'history.json'), 'old history\n');
  writeFileSync(join(root, 'generated', 'model.json'), 'old model\n');
  writeFileSync(join(root, 'generated', 'old', 'stale.md'), 'stale\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const CHANGES: readonly FileChange[] = [
  { path: 'api-dump/history.json', contents: 'new history\n' },
  { path: 'docs/changelog/0.735.0.7350812.md', contents: '# 0.735\n' },
  { path: 'generated/model.json', contents: 'new model\n' },
  { path: 'generated/old/stale.md', contents: null },
];

/** The real file system, except that the n-th call of `method` throws. */
function failingAt(method: 'writeFile' | 'rename', n: number): CommitFs {
  let calls = 0;
  return {
    ...NODE_COMMIT_FS,
    [method]: (...args: [string, string]) => {
      calls += 1;
      if (calls === n) throw new Error(`disk full (${method} #${n})`);
      return (NODE_COMMIT_FS[method] as (a: string, b: string) => void)(...args);
    },
  };
}

describe('commitFiles', () => {
  it('writes, creates and deletes every file, removing folders the deletions emptied', () => {
    commitFiles(root, CHANGES);
    expect(readFileSync(join(root, 'api-dump', 'history.json'), 'utf8')).toBe('new history\n');
    expect(readFileSync(join(root, 'docs', 'changelog', '0.735.0.7350812.md'), 'utf8')).toBe('# 0.735\n');
    expect(readFileSync(join(root, 'generated', 'model.json'), 'utf8')).toBe('new model\n');
    expect(existsSync(join(root, 'generated', 'old'))).toBe(false);
    expect(Object.keys(treeSnapshot(root)).sort()).toEqual(['api-dump/history.json', 'docs/changelog/0.735.0.7350812.md', 'generated/model.json']);
  });

  // 3 staged writes; renames: history backup, history in place, changelog in place, model backup, model in place, stale backup.
  it.each([
    ['writeFile', 1],
    ['writeFile', 3],
    ['rename', 1],
    ['rename', 2],
    ['rename', 4],
    ['rename', 6],
  ] as const)('leaves the folder byte-identical when %s call #%i fails', (method, n) => {
    const before = treeSnapshot(root);
    let error: unknown;
    try {
      commitFiles(root, CHANGES, failingAt(method, n));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).code).toBe('OUTPUT_WRITE_FAILED');
    expect((error as OutputError).message).toContain(`failed (disk full (${method} #${n})); every file is as it was`);
    expect(changedPaths(before, treeSnapshot(root))).toEqual([]);
    expect(existsSync(join(root, 'docs'))).toBe(false);
  });
});
