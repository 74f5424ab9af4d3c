/**
 * Dump strings inside messages. A name or tag can be megabytes long and hold control
 * characters, so messages quote it with JSON escapes (no raw newline or terminal escape reaches
 * the console) and cut it to a readable length, saying how long it really was.
 */

/** Longest part of a dump string a message quotes. */
export const QUOTE_LIMIT = 80;

/** `"Shiny"`, or `"aaaa…" (10,000,000 characters)` for a long one. */
export function quoteForMessage(value: string, limit: number = QUOTE_LIMIT): string {
  if (value.length <= limit) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, limit))}… (${value.length.toLocaleString('en-US')} characters)`;
}

/** Longest line the CLI prints for one warning or error. */
export const LINE_LIMIT = 1_000;

/** Cuts a line to `limit` characters, saying how much was left out. */
export function truncateLine(line: string, limit: number = LINE_LIMIT): string {
  if (line.length <= limit) return line;
  return `${line.slice(0, limit)}… (${(line.length - limit).toLocaleString('en-US')} more characters)`;
}
