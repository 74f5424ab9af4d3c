/** JSON paths as error messages show them, from pointers and from offsets in broken text. */
import { describe, expect, it } from 'vitest';
import { formatPath, locateOffset, pointerSegments } from '../../../codegen/dump/jsonPath.js';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['Classes', 12, 'Members', 3, 'MemberType'])).toBe('Classes[12].Members[3].MemberType');
  });

  it('quotes keys that are not identifiers, and names the root', () => {
    expect(formatPath(['Extra', 'two words', 0])).toBe('Extra["two words"][0]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('pointerSegments', () => {
  it('turns a JSON Pointer into keys and indexes, unescaping ~1 and ~0', () => {
    expect(pointerSegments('/Classes/0/Members/12/a~1b~0c')).toEqual(['Classes', 0, 'Members', 12, 'a/b~c']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe('locateOffset', () => {
  const text = '{\n  "Classes": [\n    {"Name": "A", "Members": [{"Name": "x"}, {"Na';

  it('gives the line, column and path of the value open at the offset', () => {
    expect(locateOffset(text, text.length)).toEqual({ line: 3, column: 50, path: 'Classes[0].Members[1]' });
  });

  it('is not fooled by brackets and quotes inside strings', () => {
    const tricky = '{"A": "[{\\"", "B": [1, 2, {"C": ';
    expect(locateOffset(tricky, tricky.length).path).toBe('B[2].C');
  });
});
