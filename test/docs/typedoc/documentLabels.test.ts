import { describe, expect, it } from 'vitest';
import { documentLabels, firstHeading, type DocumentLabelRules } from '../../../docs/typedoc/documentLabels.js';

const rules: DocumentLabelRules = {
  baseDir: '/repo',
  groups: { docs: 'Design notes', 'docs/guides': 'Guides', 'docs/semantics.md': 'Guides' },
  titles: { 'docs/errors.md': 'Error codes' },
  referenceDir: '/repo/generated/reference',
};

describe('documentLabels', () => {
  it('groups by the longest matching path: a file, then a folder', () => {
    expect(documentLabels(rules, '/repo/docs/semantics.md', {}, 'docs/semantics', '# Runtime semantics: what and why').group).toBe('Guides');
    expect(documentLabels(rules, '/repo/docs/guides/cli.md', {}, 'docs/guides/cli', '# CLI').group).toBe('Guides');
    expect(documentLabels(rules, '/repo/docs/diff.md', {}, 'docs/diff', '# Diff').group).toBe('Design notes');
  });

  it('puts generated reference pages in Reference and names them after their file', () => {
    expect(
      documentLabels(
        rules,
        '/repo/generated/reference/Enum.WebStreamClientState.md',
        {},
        'generated/reference/Enum.WebStreamClientState',
        '# WebStreamClientState',
      ),
    ).toEqual({
      group: 'Reference',
      title: 'Enum.WebStreamClientState',
    });
  });

  it('titles a reference index after its heading', () => {
    expect(documentLabels(rules, '/repo/generated/reference/index.md', {}, 'generated/reference/index', '<!-- x -->\n\n# API reference\n').title).toBe(
      'API reference',
    );
  });

  it('keeps a group from the front matter and a title TypeDoc took from it', () => {
    expect(documentLabels(rules, '/repo/docs/guides/cli.md', { group: 'Tools' }, 'The command line', '# CLI')).toEqual({ title: 'The command line' });
  });

  it('takes a configured title, else the heading up to a colon', () => {
    expect(documentLabels(rules, '/repo/docs/errors.md', {}, 'docs/errors', '# Errors of all kinds').title).toBe('Error codes');
    expect(documentLabels(rules, '/repo/docs/semantics.md', {}, 'docs/semantics', '# Runtime semantics: what and why').title).toBe('Runtime semantics');
    expect(documentLabels(rules, '/repo/docs/plain.md', {}, 'docs/plain', 'no heading').title).toBe('plain');
  });

  it('does not count a folder whose name only starts like another as inside it', () => {
    expect(documentLabels(rules, '/repo/docsExtra/x.md', {}, 'docsExtra/x', '# X').group).toBeUndefined();
  });
});

describe('firstHeading', () => {
  it('finds the first level-one heading only', () => {
    expect(firstHeading('## Two\n# One\n# Later')).toBe('One');
    expect(firstHeading('text')).toBeUndefined();
  });
});
