/**
 * Bad input that must give a clean error (issue 13): each reproduction of the hostile-input
 * report, through the same reader every command uses. Before the fix these were "truncated
 * file?", a silent U+FFFD, "found the number null", a 10 MB warning line, a process that read
 * /dev/zero until it ran out of memory, or one that blocked forever on a FIFO.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatWarning } from '../../../codegen/cli/printWarnings.js';
import { decodeDumpText, firstInvalidUtf8Offset } from '../../../codegen/dump/decodeDumpText.js';
import { DumpError } from '../../../codegen/dump/errors.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { MAX_DUMP_BYTES, readDumpFile } from '../../../codegen/dump/readDumpFile.js';
import { fixtureText, type Raw } from './fixtures/rawDumpFixture.js';

const work = mkdtempSync(join(tmpdir(), 'rbx-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(name: string, contents: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, contents);
  return path;
}

function errorOf(run: () => unknown): DumpError {
  try {
    run();
  } catch (error) {
    if (error instanceof DumpError) return error;
    throw error;
  }
  throw new Error('expected a DumpError');
}

describe('JSON syntax errors say what they are, with the position', () => {
  it.each([
    ['plain text', 'hello, world', /line 1, column 1: the text is not JSON: it starts with "hello, world" \(plain text\?\)/],
    [
      'an HTML error page',
      '<!DOCTYPE html><title>502</title>',
      /line 1, column 1: the text is not JSON: it starts with "<!DOCTYPE html>.*\(an HTML or XML page/,
    ],
    ['a bad literal', '{"Classes": [], "Enums": [], "Version": tru}', /line 1, column 41: "tru" is not a JSON value/],
    ['a comment', '{"Classes": [] // none\n}', /line 1, column 16: a comment; JSON has no comments/],
    ['text after the end', '{"Classes": [], "Enums": [], "Version": 1} x', /line 1, column 44: unexpected text after the end of the JSON value: "x"/],
    ['a raw newline in a string', '{"Classes": [{"Name": "a\nb"}]}', /line 1, column 23: a line break inside a string/],
  ])('%s', (_name, text, message) => {
    const error = errorOf(() => parseDump(text, 'dump.json'));
    expect(error.code).toBe('DUMP_INVALID_JSON');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('truncated');
  });

  it('still calls a file that stops early truncated', () => {
    const error = errorOf(() => parseDump(fixtureText().slice(0, 500), 'dump.json'));
    expect(error.message).toContain('the JSON ends too early (truncated file?)');
  });
});

describe('encodings', () => {
  it('accepts a UTF-8 byte order mark', () => {
    const path = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixtureText())]));
    expect(readDumpFile(path).dump.classes.length).toBe(4);
  });

  it.each([
    ['UTF-16 with a BOM', Buffer.from(`\uFEFF${fixtureText()}`, 'utf16le'), 'UTF-16 (little-endian byte order mark FF FE)'],
    ['UTF-16 without a BOM', Buffer.from(fixtureText(), 'utf16le'), 'UTF-16 little-endian'],
    ['UTF-16 big-endian', Buffer.from(`\uFEFF${fixtureText()}`, 'utf16le').swap16(), 'UTF-16 (big-endian byte order mark FE FF)'],
  ])('names %s', (_name, bytes, encoding) => {
    const error = errorOf(() => readDumpFile(write('utf16.json', bytes)));
    expect(error.code).toBe('DUMP_ENCODING');
    expect(error.message).toContain(encoding);
  });

  it('refuses invalid UTF-8 with the offset of the first bad byte instead of reading U+FFFD', () => {
    const text = fixtureText((raw) => (raw.Classes[1].Name = 'HttpS\uFFFDrvice'));
    const at = text.indexOf('ClassName');
    const bytes = Buffer.from(text);
    const offset = Buffer.byteLength(text.slice(0, at));
    bytes[offset] = 0xff; // `ClassName` → `\xFFlassName`, as a Latin-1 editor might leave it
    const error = errorOf(() => readDumpFile(write('latin1.json', bytes)));
    expect(error.code).toBe('DUMP_ENCODING');
    expect(error.message).toContain(`invalid UTF-8 at byte offset ${offset} (byte 0xFF`);
  });

  it('finds the bad byte after a real U+FFFD in the text', () => {
    const bytes = Buffer.concat([Buffer.from('"\uFFFD ok '), Buffer.from([0xc3, 0x28]), Buffer.from('"')]);
    expect(firstInvalidUtf8Offset(bytes)).toBe(8);
    expect(() => decodeDumpText(bytes, 'x.json')).toThrow(/byte offset 8 \(byte 0xC3/);
  });
});

describe('what is refused before a byte is read', () => {
  it('refuses a character device such as /dev/zero', () => {
    const error = errorOf(() => readDumpFile('/dev/zero'));
    expect(error.code).toBe('DUMP_NOT_A_FILE');
    expect(error.message).toBe('/dev/zero: is a character device, not a regular file; it is not read');
  });

  it('refuses a FIFO without a writer at once (no blocking)', () => {
    const fifo = join(work, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const error = errorOf(() => readDumpFile(fifo));
    expect(error.code).toBe('DUMP_NOT_A_FILE');
    expect(error.message).toContain('is a FIFO (named pipe)');
  });

  it('refuses a file over the size limit (a 1 GB sparse file) without reading it', () => {
    const path = join(work, 'sparse.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    const started = performance.now();
    const error = errorOf(() => readDumpFile(path));
    expect(error.code).toBe('DUMP_TOO_LARGE');
    expect(error.message).toContain('is 1024.0 MiB or more, over the 64.0 MiB a dump may have');
    expect(MAX_DUMP_BYTES).toBe(64 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('takes a smaller limit as an option', () => {
    const error = errorOf(() => readDumpFile(write('small.json', fixtureText()), { maxBytes: 100 }));
    expect(error.code).toBe('DUMP_TOO_LARGE');
  });
});

describe('values that are valid JSON but unsafe to keep', () => {
  it('refuses an unknown field nested 5,000 deep with its path, instead of overflowing the stack later', () => {
    const text = fixtureText((raw) => (raw.Classes[2].Members[0].Weird = '@@')).replace('"@@"', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    const error = errorOf(() => parseDump(text, 'dump.json'));
    expect(error.code).toBe('DUMP_TOO_DEEP');
    expect(error.jsonPath).toBe('Classes[2].Members[0].Weird');
    expect(error.message).toContain('the unknown field "Weird" on a member is nested more than 64 levels deep');
  });

  it('keeps an unknown field of ordinary depth', () => {
    const { warnings } = parseDump(
      fixtureText((raw) => (raw.Classes[0].Extra = { a: { b: [1, 2] } })),
      'dump.json',
    );
    expect(warnings.map((warning) => warning.code)).toEqual(['DUMP_UNKNOWN_FIELD']);
  });

  it.each([
    ['a NUL character', 'Web\u0000Stream', 'holds a NUL character (U+0000) at character 3'],
    ['a lone high surrogate', 'Web\uD800Stream', 'holds a lone UTF-16 surrogate (U+D800) at character 3'],
    ['a lone low surrogate', 'Web\uDC00', 'holds a lone UTF-16 surrogate (U+DC00) at character 3'],
  ])('refuses %s in a name', (_name, name, problem) => {
    const error = errorOf(() =>
      parseDump(
        fixtureText((raw) => (raw.Classes[3].Members[1].Name = name)),
        'dump.json',
      ),
    );
    expect(error.code).toBe('DUMP_BAD_NAME');
    expect(error.jsonPath).toBe('Classes[3].Members[1].Name');
    expect(error.message).toContain(problem);
  });

  // A type's name is checked once per distinct type (normalizeDump's typeRef); the error must
  // still name the first place the type is used, wherever that is.
  it.each([
    ['a property value type', (raw: Raw) => (raw.Classes[3].Members[0].ValueType.Name = 'Bad\u0000'), 'Classes[3].Members[0].ValueType.Name'],
    ['a parameter type', (raw: Raw) => (raw.Classes[3].Members[1].Parameters[0].Type.Name = 'Bad\u0000'), 'Classes[3].Members[1].Parameters[0].Type.Name'],
    ['a single return type', (raw: Raw) => (raw.Classes[3].Members[1].ReturnType.Name = 'Bad\u0000'), 'Classes[3].Members[1].ReturnType.Name'],
    ['a tuple return type', (raw: Raw) => (raw.Classes[3].Members[3].ReturnType[1].Name = 'Bad\u0000'), 'Classes[3].Members[3].ReturnType[1]'],
    [
      'a type used twice, at its first use',
      (raw: Raw) => {
        raw.Classes[3].Members[2].Parameters[1].Type.Name = 'Bad\u0000';
        raw.Classes[3].Members[1].Parameters[0].Type.Name = 'Bad\u0000';
      },
      'Classes[3].Members[1].Parameters[0].Type.Name',
    ],
  ])('refuses a NUL character in the name of %s', (_where, change, path) => {
    const error = errorOf(() => parseDump(fixtureText(change), 'dump.json'));
    expect(error.code).toBe('DUMP_BAD_NAME');
    expect(error.jsonPath).toBe(path);
    expect(error.message).toContain('holds a NUL character (U+0000) at character 3');
  });

  it('accepts a name with a proper surrogate pair', () => {
    expect(() =>
      parseDump(
        fixtureText((raw) => (raw.Enums[0].Items[0].Name = 'Rocket\uD83D\uDE80')),
        'dump.json',
      ),
    ).not.toThrow();
  });

  it('reports Value: 1e400 as a number too large, not as "the number null"', () => {
    const text = fixtureText((raw) => (raw.Enums[0].Items[0].Value = 424242)).replace('424242', '1e400');
    const error = errorOf(() => parseDump(text, 'dump.json'));
    expect(error.code).toBe('DUMP_SCHEMA');
    expect(error.message).toContain('found a number too large for a 64-bit float');
    expect(error.message).not.toContain('null');
  });

  it('cuts a 10 MB unknown tag in the warning line', () => {
    const tag = 'x'.repeat(10_000_000);
    const { warnings } = parseDump(
      fixtureText((raw) => (raw.Classes[0].Tags = [tag])),
      'dump.json',
    );
    const line = formatWarning('dump.json', warnings[0]!);
    expect(line.length).toBeLessThan(300);
    expect(line).toContain('… (10,000,000 characters)');
  });
});

describe('an unknown field named __proto__', () => {
  it('is kept as a field (not turned into a prototype) and survives parse → serialise', async () => {
    const { serializeDump } = await import('../../../codegen/dump/serializeDump.js');
    const text = fixtureText((raw) => (raw.Classes[1].Weird = 1)).replace('"Weird":1', '"__proto__":{"polluted":true}');
    const { dump, warnings } = parseDump(text, 'dump.json');
    expect(warnings.map((warning) => warning.message)).toContain('unknown field "__proto__" on a class; kept as it is');
    const extra = dump.classes[1]!.extra!;
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect((extra as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(serializeDump(dump))).toContain('"__proto__":{"polluted":true}');
  });
});
