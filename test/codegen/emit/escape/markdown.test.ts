/**
 * The Markdown escapers, checked with markdown-it configured as TypeDoc configures it (raw HTML
 * and linkify on): escaped dump text renders as the same characters and as nothing else.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownCodeSpan, markdownLinkText, markdownTableCell, markdownText } from '../../../../codegen/emit/escape/markdown.js';

const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  'PropScript\n<script>alert(61)</script>\n',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '**bold** _em_ ~~s~~',
  '`code`',
  '| a | b |',
  '# heading',
  '&lt;script&gt;',
  'http://evil.example/x',
  'www.evil.com',
  'evil.com',
  'a@b.co',
  'line\r\nbreak\u2028sep\u2029',
  '{@link Foo}',
  'trailing #',
  '<https://x.io>',
  '\\',
  'x\u0000y',
  '\ud800',
  '--!>',
  '{{x}}',
  '${x}',
];

/** The plain text of an inline rendering, and every HTML tag it produced. */
function render(markdown: string): { text: string; tags: string[] } {
  const html = md.renderInline(markdown);
  const tags = [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!);
  const text = html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { text, tags };
}

const oneLine = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

describe('markdownText', () => {
  it.each(HOSTILE)('renders %j as its own characters, no element', (text) => {
    const { text: shown, tags } = render(markdownText(text));
    expect(tags).toEqual([]);
    expect(shown).toBe(
      oneLine(text)
        .replace(/\u0000/g, '\\u0000')
        .replace(/\ud800/g, '\\uD800'),
    );
  });

  it('leaves ordinary names and dotted type names alone', () => {
    expect(markdownText('WebStreamClient')).toBe('WebStreamClient');
    expect(markdownText('Enum.WebStreamClientState')).toBe('Enum.WebStreamClientState');
    expect(markdownText('Instance.new')).toBe('Instance.new');
  });

  it('keeps a table row at its columns', () => {
    const row = `| ${markdownText('a|b\nc')} | x |`;
    const html = md.render(`| h | i |\n|---|---|\n${row}\n`);
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('keeps a heading whole (no closing #s dropped)', () => {
    expect(md.render(`### ${markdownText('name ##')}`)).toBe('<h3>name ##</h3>\n');
  });
});

describe('markdownCodeSpan', () => {
  it.each(HOSTILE)('renders %j as one code element', (text) => {
    const html = md.renderInline(markdownCodeSpan(text));
    expect(html.match(/<code>/g)).toHaveLength(1);
    expect(html.startsWith('<code>') && html.endsWith('</code>')).toBe(true);
  });

  it('survives backticks and keeps a table cell when asked', () => {
    expect(markdownCodeSpan('a`b')).toBe('``a`b``');
    expect(markdownCodeSpan('`x`')).toBe('`` `x` ``');
    const html = md.render(`| h | i |\n|---|---|\n| ${markdownCodeSpan('a|b', { inTable: true })} | x |\n`);
    expect(html).toContain('<td><code>a|b</code></td>');
  });
});

describe('markdownTableCell', () => {
  it('escapes bare pipes once and leaves escaped ones', () => {
    expect(markdownTableCell('a | b \\| c || d')).toBe('a \\| b \\| c \\|\\| d');
    expect(markdownTableCell('x\\\\|y')).toBe('x\\\\\\|y');
    expect(markdownTableCell('one\ntwo')).toBe('one two');
  });
});

describe('markdownText at the start of a line', () => {
  it.each(['> quote', '- item', '+ item', '1. item', '2) item', '===', '---', '- - -', '# title', '### t'])('keeps %j a paragraph', (text) => {
    expect(md.render(markdownText(text))).toBe(`<p>${text.replace(/>/g, '&gt;')}</p>\n`);
  });

  it('leaves versions and dashes inside names alone', () => {
    expect(markdownText('0.696.0.6960797')).toBe('0.696.0.6960797');
    expect(markdownText('-1')).toBe('-1');
    expect(markdownText('a -> b [x] C#')).toBe('a -> b [x] C#');
    expect(markdownText('see [x](y)')).toBe('see \\[x](y)');
  });
});

describe('markdownText next to our emphasis', () => {
  it.each([' lead', 'trail ', '\ttab\t'])('keeps **%j** strong', (text) => {
    expect(md.renderInline(`**${markdownText(text)}**`)).toBe(`<strong>${text}</strong>`);
  });
});

describe('markdownLinkText', () => {
  it.each(['a]b', 'a[b', '[x](javascript:alert(1))', 'x\\]'])('keeps %j inside one link', (text) => {
    const html = md.renderInline(`[${markdownLinkText(text)}](page.md)`);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toMatch(/^<a href="page\.md">.*<\/a>$/);
  });
});
