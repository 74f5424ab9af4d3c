/**
 * The `headers` string passed to `Opened` (open question 1; decision §1.3 item 4): the response
 * header lines exactly as received, `Name: value`, original case and order, duplicates kept,
 * joined with CRLF; no status line and no trailing CRLF. Header bytes stay bytes (latin1).
 */

export function formatOpenedHeaders(rawHeaders: readonly string[]): string {
  const lines: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    lines.push(`${rawHeaders[index]}: ${rawHeaders[index + 1]}`);
  }
  return lines.join('\r\n');
}
