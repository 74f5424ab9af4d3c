import { describe, expect, it } from 'vitest';
import { explicitAnchorIds } from '../../../docs/typedoc/explicitAnchors.js';

describe('explicitAnchorIds', () => {
  it('finds the ids of <a id> elements, in table cells and on their own line', () => {
    expect(explicitAnchorIds('| <a id="open"></a>Open | 1 |\n<a id="isa-2"></a>')).toEqual(['open', 'isa-2']);
  });

  it('finds none in other HTML', () => {
    expect(explicitAnchorIds('<a href="#open">Open</a> <span id="x"></span>')).toEqual([]);
  });
});
