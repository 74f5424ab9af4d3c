/**
 * Says what is wrong with text that `JSON.parse` refused, and where. V8's own message often has
 * no position ("Unexpected token 'h'"), so the text is scanned again with jsonc-parser (only on
 * this error path) for the first problem, its offset and its kind, which become a plain
 * sentence: not JSON at all (plain text, an HTML error page), a bad literal (`tru`), a trailing
 * comma, a comment, text after the end, or a file that stops early (truncated).
 */
import { createRequire } from 'node:module';
import { DumpError } from './errors.js';
import { locateOffset } from './jsonPath.js';
import { quoteForMessage } from './messageText.js';

interface SyntaxProblem {
  readonly kind: string;
  readonly offset: number;
  readonly length: number;
}

/**
 * jsonc-parser, loaded on the first syntax error rather than with the parser: every command that
 * reads a dump imports this module, and loading the parser's files costs more start-up than
 * reading a valid dump needs. `require` because an ES `import()` would make this path async.
 */
const loadJsonc = (): typeof import('jsonc-parser') => createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');

function firstProblem(text: string): SyntaxProblem | undefined {
  const jsonc = loadJsonc();
  let first: SyntaxProblem | undefined;
  jsonc.visit(
    text,
    {
      onError(code, offset, length) {
        first ??= { kind: jsonc.printParseErrorCode(code), offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first;
}

/** The word (or character) at `offset`, for messages. */
function tokenAt(text: string, offset: number): string {
  const word = /^[A-Za-z0-9_.+-]+/.exec(text.slice(offset, offset + 40))?.[0];
  return word ?? text.slice(offset, offset + 1);
}

function describe(problem: SyntaxProblem, text: string, v8Message: string): string {
  if (/after JSON/.test(v8Message))
    return `unexpected text after the end of the JSON value: ${quoteForMessage(text.slice(problem.offset, problem.offset + 30))}`;
  const token = tokenAt(text, problem.offset);
  const firstContent = text.search(/\S/);
  switch (problem.kind) {
    case 'InvalidSymbol':
      if (problem.offset === firstContent) {
        if (token.startsWith('<'))
          return `the text is not JSON: it starts with ${quoteForMessage(text.slice(firstContent, firstContent + 30))} (an HTML or XML page, e.g. an error page?)`;
        return `the text is not JSON: it starts with ${quoteForMessage(text.slice(firstContent, firstContent + 30))} (plain text?)`;
      }
      if (/^[A-Za-z]/.test(token))
        return `${quoteForMessage(token)} is not a JSON value (JSON knows true, false, null, numbers, "strings", [lists] and {objects})`;
      return `unexpected character ${quoteForMessage(token)}`;
    case 'InvalidNumberFormat':
      return `${quoteForMessage(token)} is not a JSON number`;
    case 'PropertyNameExpected':
      return text[problem.offset] === '}' ? 'a trailing comma before "}"' : `expected a property name in double quotes, found ${quoteForMessage(token)}`;
    case 'ValueExpected':
      return text[problem.offset] === ']' ? 'a trailing comma before "]"' : `expected a value, found ${quoteForMessage(token)}`;
    case 'ColonExpected':
      return `expected ":" after the property name, found ${quoteForMessage(token)}`;
    case 'CommaExpected':
      return `expected "," between values, found ${quoteForMessage(token)}`;
    case 'CloseBraceExpected':
      return `expected "," or "}", found ${quoteForMessage(token)}`;
    case 'CloseBracketExpected':
      return `expected "," or "]", found ${quoteForMessage(token)}`;
    case 'EndOfFileExpected':
      return `unexpected text after the end of the JSON value: ${quoteForMessage(text.slice(problem.offset, problem.offset + 30))}`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'a comment; JSON has no comments';
    case 'UnexpectedEndOfString': {
      const stop = text[problem.offset + problem.length];
      return stop === '\n' || stop === '\r' ? 'a line break inside a string (it must be written \\n)' : 'a string that is not closed';
    }
    case 'InvalidUnicode':
      return 'a \\u escape without four hex digits';
    case 'InvalidEscapeCharacter':
      return `an invalid escape ${quoteForMessage(text.slice(problem.offset, problem.offset + 2))} in a string`;
    case 'InvalidCharacter':
      return `a raw control character (U+${text.charCodeAt(problem.offset).toString(16).toUpperCase().padStart(4, '0')}) inside a string; it must be escaped`;
    default:
      return `invalid JSON (${problem.kind})`;
  }
}

/** The `DumpError` for `text` that `JSON.parse` refused with `error`; `file` names it in the message. */
export function jsonSyntaxError(text: string, file: string, error: Error): DumpError {
  if (text.trim() === '') return new DumpError('DUMP_INVALID_JSON', file, '(root)', 'the file is empty', 'the complete file; download or copy it again');
  const found = firstProblem(text);
  const end = text.trimEnd().length;
  const endOfInput = /Unexpected end of JSON input|Unterminated string/.test(error.message);
  const truncated = found === undefined ? endOfInput : found.offset >= end || (found.offset + found.length >= end && endOfInput);
  const offset = truncated ? end : (found?.offset ?? Math.min(Number(/at position (\d+)/.exec(error.message)?.[1] ?? end), end));
  const { line, column, path } = locateOffset(text, offset);
  const where = `at line ${line}, column ${column}`;
  if (truncated) {
    return new DumpError('DUMP_INVALID_JSON', file, path, `the JSON ends too early (truncated file?) ${where}`, 'the complete file; download or copy it again');
  }
  const problem = found === undefined ? error.message.replace(/ in JSON at position \d+.*$/, '') : describe(found, text, error.message);
  return new DumpError('DUMP_INVALID_JSON', file, path, `invalid JSON ${where}: ${problem}`, 'valid JSON text, as Roblox publishes Full-API-Dump.json');
}
