/**
 * JSON paths in the form people read in error messages: `Classes[12].Members[3].MemberType`.
 * Converts ajv's JSON Pointers (`/Classes/12/Members/3/MemberType`) to it, and finds the path
 * and line/column of a character offset in JSON text (where `JSON.parse` gave up).
 */
import { ROOT_PATH } from './errors.js';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['Classes', 12, 'Name']` → `Classes[12].Name`; odd keys are quoted: `Extra["two words"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path === '' ? ROOT_PATH : path;
}

/** Splits a JSON Pointer into segments; all-digit segments become array indexes. */
export function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

export interface TextLocation {
  readonly line: number;
  readonly column: number;
  /** The path of the innermost value open at the offset. */
  readonly path: string;
}

interface Frame {
  readonly kind: 'object' | 'array';
  /** Object: the key whose value is being read; array: the index of the current element. */
  key: PathSegment | undefined;
  expectingKey: boolean;
}

/**
 * Where `offset` is in `text`: 1-based line and column, and the JSON path of the value being
 * read there. Tolerates invalid JSON (that is its purpose); scans once up to `offset`.
 */
export function locateOffset(text: string, offset: number): TextLocation {
  const end = Math.min(Math.max(offset, 0), text.length);
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < end) {
    const ch = text[i];
    if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectingKey && j < end) {
        try {
          top.key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          top.key = text.slice(i + 1, j);
        }
        top.expectingKey = false;
      }
      i = j + 1;
      continue;
    } else if (ch === '{') {
      stack.push({ kind: 'object', key: undefined, expectingKey: true });
    } else if (ch === '[') {
      stack.push({ kind: 'array', key: 0, expectingKey: false });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.key = (top.key as number) + 1;
      else if (top !== undefined) {
        top.key = undefined;
        top.expectingKey = true;
      }
    }
    i += 1;
  }
  const segments = stack.flatMap((frame) => (frame.key === undefined ? [] : [frame.key]));
  return { line, column: end - lineStart + 1, path: formatPath(segments) };
}
