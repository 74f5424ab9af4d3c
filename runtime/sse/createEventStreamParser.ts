/**
 * A pure parser for `text/event-stream` bodies (WHATWG HTML, "Server-sent events"): feed it
 * bytes in chunks of any size, get callbacks. No I/O, no timers; `reset()` starts a new stream.
 *
 * It reports two views of the same stream:
 * - `onBlock(raw)`: the exact bytes of each event block, from its first line up to and including
 *   the blank line that ends it (the leading BOM excluded). This is what an SSE client delivers
 *   in "block" message mode (R1). Blocks made of nothing but the blank line are not reported.
 * - `onEvent`, `onComment`, `onRetry`: the parsed fields, per the WHATWG rules (one leading BOM
 *   dropped; CR, LF and CRLF end lines, also when split across chunks; one space after the colon
 *   removed; case-sensitive field names; `id` containing NUL ignored; `retry` digits only; the
 *   last event id persists across events; an incomplete block at the end is discarded).
 *
 * A blank line that ends with a CR as the last byte of a chunk is held until the next byte (or
 * `end()`), so that when an LF follows it the block's raw bytes include it. Results therefore do
 * not depend on where chunks split.
 */
import { SseBlockTooLargeError } from '../errors/SseBlockTooLargeError.js';

/** A dispatched event, as an EventSource would fire it. */
export interface ServerSentEvent {
  /** The `event` field, or "message" when absent or empty. */
  readonly type: string;
  /** The `data` lines joined with LF. */
  readonly data: string;
  /** The last event id in effect (persists across events until the next `id` field). */
  readonly lastEventId: string;
}

export interface EventStreamCallbacks {
  onBlock?(raw: Uint8Array): void;
  onEvent?(event: ServerSentEvent): void;
  /** Text after the colon of a comment line, minus one leading space. */
  onComment?(comment: string): void;
  /** A valid `retry` field, in milliseconds. */
  onRetry?(milliseconds: number): void;
  /** The block-size guard tripped; the parser ignores input until `reset()`. */
  onError?(error: SseBlockTooLargeError): void;
}

export interface EventStreamParserOptions {
  /** Largest incomplete block kept in memory, in bytes (default: unlimited). */
  readonly maxBlockBytes?: number;
}

export interface EventStreamParser {
  feed(chunk: Uint8Array): void;
  /** The stream ended: dispatch a block whose blank line is complete, drop anything partial, reset. */
  end(): void;
  reset(): void;
}

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const BOM = [0xef, 0xbb, 0xbf] as const;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function createEventStreamParser(
  callbacks: EventStreamCallbacks,
  options: EventStreamParserOptions = {},
): EventStreamParser {
  const trackRaw = callbacks.onBlock !== undefined;
  const maxBlockBytes = options.maxBlockBytes ?? Number.POSITIVE_INFINITY;

  // Stream position.
  let atStreamStart = true;
  let heldStart: Uint8Array = new Uint8Array(0);
  let crEndedLastChunk = false;
  let blankLineAwaitsLf = false;
  let failed = false;
  // The block being read.
  let rawParts: Uint8Array[] = [];
  let blockBytes = 0;
  let blockLines = 0;
  let lineParts: Uint8Array[] = [];
  // WHATWG buffers.
  let dataLines: string[] = [];
  let eventType = '';
  let lastEventId = '';

  function feed(chunk: Uint8Array): void {
    if (failed || chunk.length === 0) return;
    if (atStreamStart) {
      const bytes = concat([heldStart, chunk]);
      const prefix = Math.min(bytes.length, BOM.length);
      const matchesBom = BOM.slice(0, prefix).every((byte, index) => bytes[index] === byte);
      if (matchesBom && bytes.length < BOM.length) {
        heldStart = bytes;
        return;
      }
      atStreamStart = false;
      heldStart = new Uint8Array(0);
      chunk = matchesBom ? bytes.subarray(BOM.length) : bytes;
      if (chunk.length === 0) return;
    }
    scan(chunk);
  }

  function scan(chunk: Uint8Array): void {
    const length = chunk.length;
    let index = 0;
    let rawStart = 0;
    if (crEndedLastChunk) {
      crEndedLastChunk = false;
      if (chunk[0] === LF) index = 1; // second half of a CRLF split across chunks
      if (blankLineAwaitsLf) {
        blankLineAwaitsLf = false;
        dispatchBlock(chunk, rawStart, index);
        rawStart = index;
      }
    }
    let lineStart = index;
    while (index < length) {
      const byte = chunk[index];
      if (byte !== LF && byte !== CR) {
        index++;
        continue;
      }
      const line = takeLine(chunk, lineStart, index);
      let next = index + 1;
      if (byte === CR) {
        if (next < length) {
          if (chunk[next] === LF) next++;
        } else {
          crEndedLastChunk = true;
        }
      }
      if (line.length > 0) {
        handleLine(line);
      } else if (crEndedLastChunk) {
        blankLineAwaitsLf = true;
      } else {
        dispatchBlock(chunk, rawStart, next);
        rawStart = next;
      }
      index = next;
      lineStart = next;
    }
    if (lineStart < length) lineParts.push(chunk.slice(lineStart));
    if (rawStart < length) {
      if (trackRaw) rawParts.push(chunk.slice(rawStart));
      blockBytes += length - rawStart;
      if (blockBytes > maxBlockBytes) fail();
    }
  }

  function takeLine(chunk: Uint8Array, start: number, end: number): Uint8Array {
    if (lineParts.length === 0) return chunk.subarray(start, end);
    lineParts.push(chunk.subarray(start, end));
    const line = concat(lineParts);
    lineParts = [];
    return line;
  }

  function handleLine(line: Uint8Array): void {
    blockLines++;
    if (line[0] === COLON) {
      if (callbacks.onComment) callbacks.onComment(utf8.decode(line.subarray(line[1] === SPACE ? 2 : 1)));
      return;
    }
    const colon = line.indexOf(COLON);
    const field = utf8.decode(colon === -1 ? line : line.subarray(0, colon));
    let value = '';
    if (colon !== -1) {
      const valueStart = line[colon + 1] === SPACE ? colon + 2 : colon + 1;
      value = utf8.decode(line.subarray(valueStart));
    }
    switch (field) {
      case 'data':
        dataLines.push(value);
        break;
      case 'event':
        eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) lastEventId = value;
        break;
      case 'retry':
        if (/^[0-9]+$/.test(value)) callbacks.onRetry?.(Number.parseInt(value, 10));
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  function dispatchBlock(chunk: Uint8Array, rawStart: number, rawEnd: number): void {
    if (trackRaw && blockLines > 0) {
      rawParts.push(chunk.subarray(rawStart, rawEnd));
      callbacks.onBlock?.(concat(rawParts));
    }
    if (dataLines.length > 0) {
      callbacks.onEvent?.({ type: eventType === '' ? 'message' : eventType, data: dataLines.join('\n'), lastEventId });
    }
    rawParts = [];
    blockBytes = 0;
    blockLines = 0;
    dataLines = [];
    eventType = '';
  }

  function fail(): void {
    failed = true;
    callbacks.onError?.(new SseBlockTooLargeError(maxBlockBytes));
  }

  function end(): void {
    if (!failed && blankLineAwaitsLf) dispatchBlock(new Uint8Array(0), 0, 0);
    reset();
  }

  function reset(): void {
    atStreamStart = true;
    heldStart = new Uint8Array(0);
    crEndedLastChunk = false;
    blankLineAwaitsLf = false;
    failed = false;
    rawParts = [];
    blockBytes = 0;
    blockLines = 0;
    lineParts = [];
    dataLines = [];
    eventType = '';
    lastEventId = '';
  }

  return { feed, end, reset };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  return Buffer.concat(parts);
}
