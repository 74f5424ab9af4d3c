/**
 * [roblox-docs] SSE "requires text/event-stream to be returned in the Content-Type header".
 * Like EventSource, only the MIME essence counts: parameters (`; charset=utf-8`) and a trailing
 * `;` are accepted, case does not matter.
 */
export function isEventStreamContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return essence === 'text/event-stream';
}

/** The value of the first header called `name` (case-insensitive) in a raw header list. */
export function findHeader(rawHeaders: readonly string[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.toLowerCase() === wanted) return rawHeaders[index + 1];
  }
  return undefined;
}
