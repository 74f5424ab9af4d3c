import type { CommentDisplayPart } from 'typedoc';
import { describe, expect, it } from 'vitest';
import { listMetadataLines } from '../../../docs/typedoc/metadataList.js';

const text = (value: string): CommentDisplayPart => ({ kind: 'text', text: value });

describe('listMetadataLines', () => {
  it('turns a paragraph of labelled lines into a list with bold labels', () => {
    const summary = [text('Sends a message.\n\nSecurity: None (any script).\nThread safety: Unsafe (only from serial code).\nCapabilities: Network.')];
    expect(listMetadataLines(summary)).toEqual([
      text('Sends a message.\n\n- **Security**: None (any script).\n- **Thread safety**: Unsafe (only from serial code).\n- **Capabilities**: Network.'),
    ]);
  });

  it('leaves a single labelled line, and prose with a colon, as they are', () => {
    const summary = [text('Value: 0.\n\nThe returned signal passes no arguments: read the property again.\nIt fires once.')];
    expect(listMetadataLines(summary)).toEqual(summary);
  });

  it('does not touch a paragraph that continues in a code or link part', () => {
    const summary: CommentDisplayPart[] = [text('Security: None.\nSee '), { kind: 'code', text: '`Close`' }, text(' for more.')];
    expect(listMetadataLines(summary)).toEqual(summary);
  });

  it('drops the given lines first (the "Changed in" lines shown as History)', () => {
    const changed = 'Changed in 650 (0.650.0.6500742, 2024-11-05): a field of Function Object.isA changed.';
    const summary = [text(`Tests the class.\n\nSecurity: None (any script).\nThread safety: Unsafe.\n${changed}`)];
    expect(listMetadataLines(summary, new Set([changed]))).toEqual([
      text('Tests the class.\n\n- **Security**: None (any script).\n- **Thread safety**: Unsafe.'),
    ]);
  });

  it('leaves no empty paragraph when every line of one is dropped', () => {
    const summary = [text('Summary.\n\nChanged in 650 (x): y.\n\nMore.')];
    expect(listMetadataLines(summary, new Set(['Changed in 650 (x): y.']))).toEqual([text('Summary.\n\nMore.')]);
  });

  it('is idempotent', () => {
    const once = listMetadataLines([text('Security: None.\nThread safety: Safe.')]);
    expect(listMetadataLines(once)).toEqual(once);
  });
});
