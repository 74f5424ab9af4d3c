/**
 * Values that are valid JSON yet unsafe to keep: a name with a NUL character or a lone UTF-16
 * surrogate (it would reach file names, identifiers and terminals), and an unknown field nested
 * so deep that the recursive code downstream (serialise, diff, patch) would overflow the stack.
 * `normalizeDump` turns a finding into a `DumpError` naming the path.
 */

/**
 * How deep a field the parser does not know may nest. Unknown fields are kept verbatim and
 * later copied, compared and written by recursive code (serialise, diff, patch); a value nested
 * thousands of levels deep would overflow the stack there, so it is refused here, where the path
 * can be named. Real dumps have no unknown field nested more than 2 levels.
 */
export const MAX_UNKNOWN_FIELD_DEPTH = 64;

/** The nesting depth of a JSON value, counted without recursion; stops once past `limit`. */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A character that may be anywhere in JSON text but has no place in a name. */
const SUSPECT_CHARACTER = /[\u0000\uD800-\uDFFF]/;

/** What is wrong with a name: a NUL character or a lone surrogate; undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (!SUSPECT_CHARACTER.test(name)) return undefined;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 0) return `holds a NUL character (U+0000) at character ${i}`;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = name.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) return `holds a lone UTF-16 surrogate (U+${code.toString(16).toUpperCase()}) at character ${i}`;
  }
  return undefined;
}
