import { describe, expect, it } from 'vitest';
import { githubSourceUrl, sourceFileUrl } from '../../../docs/typedoc/sourceFileLinks.js';

describe('sourceFileUrl', () => {
  const base = 'https://github.com/o/r/blob/abc/';

  it('gives the repository URL of a source file', () => {
    expect(sourceFileUrl(base, '/repo', '/repo/runtime/semantics.ts')).toBe('https://github.com/o/r/blob/abc/runtime/semantics.ts');
    expect(sourceFileUrl('https://x.test/tree', '/repo', '/repo/a b/c.ts')).toBe('https://x.test/tree/a%20b/c.ts');
  });

  it('leaves Markdown pages and files outside the repository to TypeDoc', () => {
    expect(sourceFileUrl(base, '/repo', '/repo/docs/semantics.md')).toBeUndefined();
    expect(sourceFileUrl(base, '/repo', '/elsewhere/x.ts')).toBeUndefined();
  });
});

describe('githubSourceUrl', () => {
  it('is the blob URL of the commit on GitHub Actions, and empty elsewhere', () => {
    expect(githubSourceUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/rbx-webstream', GITHUB_SHA: 'abc123' })).toBe(
      'https://github.com/o/rbx-webstream/blob/abc123/',
    );
    expect(githubSourceUrl({ GITHUB_REPOSITORY: 'o/rbx-webstream' })).toBe('');
  });
});
