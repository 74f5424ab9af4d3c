/** HTML attribute and comment escaping, checked by how markdown-it (html on) passes them on. */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { htmlAttribute, htmlCommentText } from '../../../../codegen/emit/escape/html.js';

const md = new MarkdownIt({ html: true, linkify: true });

describe('htmlAttribute', () => {
  it.each(['"><script>alert(1)</script>', "' onmouseover='x", 'a&b', 'line\nbreak'])('keeps %j inside the attribute', (value) => {
    const html = `<a id="${htmlAttribute(value)}"></a>`;
    expect(html.match(/"/g)).toHaveLength(2);
    expect(html).not.toContain('<script');
    expect(html.split('\n')).toHaveLength(1);
  });
});

describe('htmlCommentText', () => {
  it.each(['-->', '--!>', '<!--', 'a--b', 'ends with -', 'ends with <!-', '>', '->', 'two\nlines <script>x</script>'])(
    'keeps %j inside the comment',
    (text) => {
      const markdown = `<!-- ${htmlCommentText(text)} -->\n\n# Title\n`;
      const tokens = md.parse(markdown, {});
      expect(tokens[0]!.type).toBe('html_block');
      expect(tokens[0]!.content.trim().endsWith('-->')).toBe(true);
      expect(tokens[0]!.content.indexOf('-->')).toBe(tokens[0]!.content.trim().length - 3);
      expect(tokens.slice(1).map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close']);
    },
  );
});
