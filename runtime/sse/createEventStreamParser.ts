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
  /**
   * The raw bytes of one block. When the block lies inside one fed chunk this is a view into
   * that chunk (no copy): copy it if you keep it and reuse the buffers you feed.
   */
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
const EMPTY = Buffer.alloc(0);

/** Field names as bytes, so lines are matched without decoding them first. */
const FIELD_DATA = Buffer.from('data');
const FIELD_EVENT = Buffer.from('event');
const FIELD_ID = Buffer.from('id');
const FIELD_RETRY = Buffer.from('retry');

export function createEventStreamParser(
  callbacks: EventStreamCallbacks,
  options: EventStreamParserOptions = {},
): EventStreamParser {
  const trackRaw = callbacks.onBlock !== undefined;
  // Decoding fields costs most of the time; skip it when only raw blocks are wanted (SSE clients).
  const parseFields = callbacks.onEvent !== undefined || callbacks.onComment !== undefined || callbacks.onRetry !== undefined;
  const maxBlockBytes = options.maxBlockBytes ?? Number.POSITIVE_INFINITY;

  // Stream position.
  let atStreamStart = true;
  let heldStart: Buffer = EMPTY;
  let crEndedLastChunk = false;
  let blankLineAwaitsLf = false;
  let failed = false;
  // The block being read.
  let rawParts: Buffer[] = [];
  let blockBytes = 0;
  let blockLines = 0;
  let lineParts: Buffer[] = [];
  // WHATWG buffers.
  let dataLines: string[] = [];
  let eventType = '';
  let lastEventId = '';

  function feed(input: Uint8Array): void {
    if (failed || input.length === 0) return;
    let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (atStreamStart) {
      const bytes = heldStart.length === 0 ? chunk : Buffer.concat([heldStart, chunk]);
      const prefix = Math.min(bytes.length, BOM.length);
      const matchesBom = BOM.slice(0, prefix).every((byte, index) => bytes[index] === byte);
      if (matchesBom && bytes.length < BOM.length) {
        heldStart = Buffer.from(bytes);
        return;
      }
      atStreamStart = false;
      heldStart = EMPTY;
      chunk = matchesBom ? bytes.subarray(BOM.length) : bytes;
      if (chunk.length === 0) return;
    }
    scan(chunk);
  }

  function scan(chunk: Buffer): void {
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
    // Next CR / LF at or after `index`; -1 once there is none left in this chunk.
    let nextLf = chunk.indexOf(LF, index);
    let nextCr = chunk.indexOf(CR, index);
    while (index < length) {
      if (nextLf !== -1 && nextLf < index) nextLf = chunk.indexOf(LF, index);
      if (nextCr !== -1 && nextCr < index) nextCr = chunk.indexOf(CR, index);
      const lineEnd = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (lineEnd === -1) break;
      let next = lineEnd + 1;
      if (lineEnd === nextCr) {
        if (next < length) {
          if (chunk[next] === LF) next++;
        } else {
          crEndedLastChunk = true;
        }
      }
      if (lineParts.length > 0) {
        lineParts.push(chunk.subarray(index, lineEnd));
        const line = Buffer.concat(lineParts);
        lineParts = [];
        if (line.length > 0) handleLine(line, 0, line.length);
        else if (endOfBlankLine(chunk, rawStart, next)) rawStart = next;
      } else if (lineEnd > index) {
        handleLine(chunk, index, lineEnd);
      } else if (endOfBlankLine(chunk, rawStart, next)) {
        rawStart = next;
      }
      index = next;
    }
    if (index < length) lineParts.push(Buffer.from(chunk.subarray(index)));
    if (rawStart < length) {
      if (trackRaw) rawParts.push(Buffer.from(chunk.subarray(rawStart)));
      blockBytes += length - rawStart;
      if (blockBytes > maxBlockBytes) fail();
    }
  }

  /** A blank line ended at `next`: dispatch now, or wait for a possible LF. True if dispatched. */
  function endOfBlankLine(chunk: Buffer, rawStart: number, next: number): boolean {
    if (crEndedLastChunk) {
      blankLineAwaitsLf = true;
      return false;
    }
    dispatchBlock(chunk, rawStart, next);
    return true;
  }

  function handleLine(line: Buffer, start: number, end: number): void {
    blockLines++;
    if (!parseFields) return;
    if (line[start] === COLON) {
      if (callbacks.onComment) callbacks.onComment(line.toString('utf8', line[start + 1] === SPACE ? start + 2 : start + 1, end));
      return;
    }
    let colon = line.indexOf(COLON, start);
    if (colon >= end) colon = -1;
    const nameEnd = colon === -1 ? end : colon;
    let valueStart = end;
    if (colon !== -1) valueStart = line[colon + 1] === SPACE && colon + 1 < end ? colon + 2 : colon + 1;
    if (isField(line, start, nameEnd, FIELD_DATA)) {
      dataLines.push(line.toString('utf8', valueStart, end));
    } else if (isField(line, start, nameEnd, FIELD_EVENT)) {
      eventType = line.toString('utf8', valueStart, end);
    } else if (isField(line, start, nameEnd, FIELD_ID)) {
      const nul = line.indexOf(0, valueStart);
      if (nul === -1 || nul >= end) lastEventId = line.toString('utf8', valueStart, end);
    } else if (isField(line, start, nameEnd, FIELD_RETRY)) {
      const value = line.toString('latin1', valueStart, end);
      if (/^[0-9]+$/.test(value)) callbacks.onRetry?.(Number.parseInt(value, 10));
    }
    // any other field name is ignored
  }

  function dispatchBlock(chunk: Buffer, rawStart: number, rawEnd: number): void {
    if (trackRaw && blockLines > 0) {
      rawParts.push(chunk.subarray(rawStart, rawEnd));
      callbacks.onBlock?.(rawParts.length === 1 ? (rawParts[0] as Buffer) : Buffer.concat(rawParts));
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
    if (!failed && blankLineAwaitsLf) dispatchBlock(EMPTY, 0, 0);
    reset();
  }

  function reset(): void {
    atStreamStart = true;
    heldStart = EMPTY;
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

/** True when bytes [start, end) of `line` spell `name` exactly (field names are case-sensitive). */
function isField(line: Buffer, start: number, end: number, name: Buffer): boolean {
  if (end - start !== name.length) return false;
  for (let offset = 0; offset < name.length; offset++) if (line[start + offset] !== name[offset]) return false;
  return true;
}
