/**
 * Splits one transport read into messages of at most `maxBytes` bytes (R2: the engine's reads
 * are about 16 KiB), without copying.
 */
export function splitRead(chunk: Uint8Array, maxBytes: number): Uint8Array[] {
  if (chunk.length <= maxBytes) return [chunk];
  const parts: Uint8Array[] = [];
  for (let start = 0; start < chunk.length; start += maxBytes) parts.push(chunk.subarray(start, start + maxBytes));
  return parts;
}
