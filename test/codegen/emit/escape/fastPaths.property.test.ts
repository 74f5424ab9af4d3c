/**
 * Property: the escapers' fast paths (one scan, then the text as it is) give exactly what the
 * full escaping gives, for every input. The oracles below are the escapers as they were before
 * the fast paths, kept verbatim; the inputs mix random Unicode (lone surrogates included) with
 * the characters each escaper reacts to, and plain names, so both paths are taken often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlAttribute } from '../../../../codegen/emit/escape/html.js';
import { markdownCodeSpan, markdownLinkText, markdownTableCell, markdownText } from '../../../../codegen/emit/escape/markdown.js';
import { RESERVED_WORDS, tsStringLiteral } from '../../../../codegen/emit/escape/typescript.js';
import { spellInvisible } from '../../../../codegen/emit/escape/visible.js';
import { toIdentifier } from '../../../../codegen/emit/shared/identifiers.js';

// ---- the escapers before their fast paths (codegen/emit/escape/ at the commit that added them)
/* eslint-disable no-control-regex */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const oldSpellInvisible = (text: string) => text.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
const SYNTAX = /[\\`*_<|~@]/g;
const ENTITY_START = /&(?=#?[\p{L}\p{N}]+;)/gu;
const LINK_CLOSE = /\][([:]/;
const CLOSING_HASHES = /(^|\s)(#+)(?=\s*$)/;
const LEADING_BLOCK_MARKER = /^(>|#(?=#{0,5}(?:\s|$))|[+-](?=\s|$)|[=-](?=[=\s-]*$))|^(\d{1,9})([.)])(?=\s|$)/;
const OLD_LINKISH =
  /:(?=\/)|(?<=\bwww)\.|\.(?=(?:xn--[\p{L}\p{N}-]+|\p{L}{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф)(?![\p{L}\p{N}_-]))/giu;
const NEEDS_WORK =
  /^(?:[>+=\s-]|\d{1,9}[.)])|\s$|[\\`*_[<|~&#@:.\r\n\u0085\u2028\u2029\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\u202A-\u202E\u2066-\u2069]/;
/* eslint-enable no-control-regex */

function oldMarkdownText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = oldSpellInvisible(text.replace(LINE_BREAK, ' '))
    .replace(SYNTAX, (char) => `\\${char}`)
    .replace(ENTITY_START, '\\&')
    .replace(CLOSING_HASHES, (_, space: string, hashes: string) => `${space}\\${hashes}`)
    .replace(OLD_LINKISH, (char) => `\\${char}`);
  if (LINK_CLOSE.test(out)) out = out.replace(/\[/g, '\\[');
  out = out.replace(/^[ \t]+|[ \t]+$/g, (run) => [...run].map((char) => (char === ' ' ? '&#32;' : '&#9;')).join(''));
  return out.replace(LEADING_BLOCK_MARKER, (_, marker: string | undefined, digits: string, end: string) =>
    marker !== undefined ? `\\${marker}` : `${digits}\\${end}`,
  );
}

function oldMarkdownCodeSpan(text: string, options: { readonly inTable?: boolean } = {}): string {
  let body = oldSpellInvisible(text.replace(LINE_BREAK, ' '));
  if (options.inTable === true) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

const oldMarkdownTableCell = (markdown: string) => markdown.replace(LINE_BREAK, ' ').replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
const oldMarkdownLinkText = (text: string) => oldMarkdownText(text).replace(/(?<!\\)((?:\\\\)*)([[\]])/g, '$1\\$2');
const oldTsStringLiteral = (value: string) =>
  JSON.stringify(value).replace(
    /[\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\u0085]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
/** Not an escaper, but the same kind of fast path: names that already are identifiers stay as they are. */
function oldToIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (id === '' || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED_WORDS.has(id)) id = `${id}_`;
  return id;
}
/**
 * htmlAttribute's full path, forced by a leading `&` (escaped on its own, `&amp;`, without
 * touching the rest): this keeps the oracle on the `entities` version codegen itself uses.
 */
const fullHtmlAttribute = (value: string) => htmlAttribute(`&${value}`).slice('&amp;'.length);
// ----

/** Pieces the escapers react to, and pieces of ordinary names and signatures. */
const PIECES = [
  ...'\\`*_[]<>|~&#@:./()!=+-"\' \t\r\n\u0085\u2028\u2029\u0000\u001b\u007f\u009f\u00a0\ufeff\u202e\u2066\ud800\udc00',
  '\ud83d\ude00',
  'www',
  'com',
  'xn--p1ai',
  'io',
  'Enum',
  'Material',
  'Instance',
  'new',
  'http',
  '//',
  '&lt;',
  '&#32;',
  '1',
  '42',
  '1234567890',
  ': ',
  '```',
  'Send(data: string): null',
  'ClassName',
  'function',
  '$',
];

/** Dotted names, some looking like domains to linkify (`Foo.io`, `www.Bar`, `A.com.B`). */
const dottedName = fc
  .array(fc.constantFrom('Enum', 'Material', 'io', 'IO', 'com', 'www', 'WWW', 'xn--p1ai', 'a', 'B', '1', '42', 'x_y', 'Name'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('.'));

const text = fc.oneof(
  dottedName,
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...'abcXYZ019 .'), maxLength: 16 }),
);
const RUNS = { numRuns: 4000 };

/** Each escaper beside its oracle; markdownCodeSpan is tried both in and out of tables. */
const PAIRS: readonly (readonly [string, (value: string) => string, (value: string) => string])[] = [
  ['spellInvisible', spellInvisible, oldSpellInvisible],
  ['markdownText', markdownText, oldMarkdownText],
  ['markdownLinkText', markdownLinkText, oldMarkdownLinkText],
  ['markdownCodeSpan', (value) => markdownCodeSpan(value), (value) => oldMarkdownCodeSpan(value)],
  ['markdownCodeSpan in a table', (value) => markdownCodeSpan(value, { inTable: true }), (value) => oldMarkdownCodeSpan(value, { inTable: true })],
  ['markdownTableCell', markdownTableCell, oldMarkdownTableCell],
  ['htmlAttribute', htmlAttribute, fullHtmlAttribute],
  ['tsStringLiteral', tsStringLiteral, oldTsStringLiteral],
  ['toIdentifier', toIdentifier, oldToIdentifier],
];

describe('escaper fast paths', () => {
  it.each(PAIRS)('%s', (_, escape, oracle) =>
    fc.assert(
      fc.property(text, (value) => {
        expect(escape(value)).toBe(oracle(value));
      }),
      RUNS,
    ),
  );

  it('takes both paths on the inputs above', () => {
    const samples = fc.sample(text, 2000);
    const plain = samples.filter((value) => markdownCodeSpan(value) === `\`${value}\``).length;
    expect(plain).toBeGreaterThan(100);
    expect(samples.length - plain).toBeGreaterThan(100);
  });
});
