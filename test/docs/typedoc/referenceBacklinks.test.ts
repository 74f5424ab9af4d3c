import type { CommentDisplayPart } from 'typedoc';
import { describe, expect, it } from 'vitest';
import { insertAfterTitle } from '../../../docs/typedoc/referenceBacklinks.js';

const link: CommentDisplayPart[] = [
  { kind: 'text', text: 'TypeScript declaration: ' },
  { kind: 'code', text: '`X`' },
];

describe('insertAfterTitle', () => {
  it('puts the link on its own paragraph right after the first level-one heading', () => {
    const content: CommentDisplayPart[] = [{ kind: 'text', text: '<!-- generated -->\n\n# WebStreamClient\n\n> Class' }];
    expect(insertAfterTitle(content, link)).toEqual([
      { kind: 'text', text: '<!-- generated -->\n\n# WebStreamClient\n\n' },
      ...link,
      { kind: 'text', text: '\n\n\n> Class' },
    ]);
  });

  it('puts it first when the page has no title', () => {
    expect(insertAfterTitle([{ kind: 'text', text: 'Body' }], link)).toEqual([...link, { kind: 'text', text: '\n\n' }, { kind: 'text', text: 'Body' }]);
  });
});
