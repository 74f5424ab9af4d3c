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
 * Speed (issue 14): each chunk is decoded once to a latin1 string; lines are found with string
 * searches and blocks are slices of it. Field values are decoded as UTF-8 from the chunk's bytes,
 * or sliced from the string when the chunk is all ASCII (where both decodings agree).
 *
 * A blank line that ends with a CR as the last byte of a chunk is held until the next byte (or
 * `end()`), so that when an LF follows it the block's raw bytes include it. Results therefore do
 * not depend on where chunks split.
 */
import { Buffer, isAscii } from 'node:buffer';
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
  /**
   * The same raw bytes of one block as a byte string (one char per byte, i.e. latin1). Each fed
   * chunk is decoded once and blocks are slices of that string, so a block costs no copy of its
   * own; a kept block keeps its chunk's string alive. `isAscii` is true when every byte of the
   * block is below 0x80 (the string is then also its own UTF-8 decoding).
   */
  onBlockText?(raw: string, isAscii: boolean): void;
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
const COLON = 0x3a;
const SPACE = 0x20;
const BOM = [0xef, 0xbb, 0xbf] as const;
const EMPTY = Buffer.alloc(0);

export function createEventStreamParser(callbacks: EventStreamCallbacks, options: EventStreamParserOptions = {}): EventStreamParser {
  const trackRaw = callbacks.onBlock !== undefined;
  const trackText = callbacks.onBlockText !== undefined;
  // Decoding fields costs most of the time; skip it when only raw blocks are wanted (SSE clients).
  const parseFields = callbacks.onEvent !== undefined || callbacks.onComment !== undefined || callbacks.onRetry !== undefined;
  const maxBlockBytes = options.maxBlockBytes ?? Number.POSITIVE_INFINITY;

  // Stream position.
  let atStreamStart = true;
  let heldStart: Buffer = EMPTY;
  let crEndedLastChunk = false;
  let blankLineAwaitsLf = false;
  let failed = false;
  // The chunk being scanned: its bytes, its latin1 string, and whether it is all ASCII.
  let bytes: Buffer = EMPTY;
  let text = '';
  let ascii = true;
  // The block being read (parts from earlier chunks).
  let rawParts: Buffer[] = [];
  let rawText = '';
  let rawTextAscii = true;
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
      const joined = heldStart.length === 0 ? chunk : Buffer.concat([heldStart, chunk]);
      const prefix = Math.min(joined.length, BOM.length);
      const matchesBom = BOM.slice(0, prefix).every((byte, index) => joined[index] === byte);
      if (matchesBom && joined.length < BOM.length) {
        heldStart = Buffer.from(joined);
        return;
      }
      atStreamStart = false;
      heldStart = EMPTY;
      chunk = matchesBom ? joined.subarray(BOM.length) : joined;
      if (chunk.length === 0) return;
    }
    scan(chunk);
  }

  function scan(chunk: Buffer): void {
    const length = chunk.length;
    bytes = chunk;
    text = chunk.toString('latin1', 0, length);
    if (parseFields || trackText) ascii = isAscii(chunk);
    let index = 0;
    let rawStart = 0;
    if (crEndedLastChunk) {
      crEndedLastChunk = false;
      if (text.charCodeAt(0) === LF) index = 1; // second half of a CRLF split across chunks
      if (blankLineAwaitsLf) {
        blankLineAwaitsLf = false;
        dispatchBlock(rawStart, index);
        rawStart = index;
      }
    }
    // Next CR / LF at or after `index`; -1 once there is none left in this chunk.
    let nextLf = text.indexOf('\n', index);
    let nextCr = text.indexOf('\r', index);
    while (index < length) {
      if (nextLf !== -1 && nextLf < index) nextLf = text.indexOf('\n', index);
      if (nextCr !== -1 && nextCr < index) nextCr = text.indexOf('\r', index);
      const lineEnd = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (lineEnd === -1) break;
      let next = lineEnd + 1;
      if (lineEnd === nextCr) {
        if (next < length) {
          if (text.charCodeAt(next) === LF) next++;
        } else {
          crEndedLastChunk = true;
        }
      }
      if (lineParts.length > 0) {
        lineParts.push(chunk.subarray(index, lineEnd));
        const line = Buffer.concat(lineParts);
        lineParts = [];
        if (line.length > 0) handleSplitLine(line);
        else if (endOfBlankLine(rawStart, next)) rawStart = next;
      } else if (lineEnd > index) {
        handleLine(index, lineEnd);
      } else if (endOfBlankLine(rawStart, next)) {
        rawStart = next;
      }
      index = next;
    }
    if (index < length) lineParts.push(Buffer.from(chunk.subarray(index)));
    if (rawStart < length) {
      if (trackRaw) rawParts.push(Buffer.from(chunk.subarray(rawStart)));
      if (trackText) {
        rawText += text.slice(rawStart);
        rawTextAscii &&= ascii;
      }
      blockBytes += length - rawStart;
      if (blockBytes > maxBlockBytes) fail();
    }
  }

  /** A blank line ended at `next`: dispatch now, or wait for a possible LF. True if dispatched. */
  function endOfBlankLine(rawStart: number, next: number): boolean {
    if (crEndedLastChunk) {
      blankLineAwaitsLf = true;
      return false;
    }
    dispatchBlock(rawStart, next);
    return true;
  }

  /** A line that began in an earlier chunk: parse it on its own bytes. */
  function handleSplitLine(line: Buffer): void {
    const [chunkBytes, chunkText, chunkAscii] = [bytes, text, ascii];
    bytes = line;
    text = line.toString('latin1');
    if (parseFields) ascii = isAscii(line);
    handleLine(0, line.length);
    [bytes, text, ascii] = [chunkBytes, chunkText, chunkAscii];
  }

  /** The text of bytes [start, end) of the current chunk, decoded as UTF-8. */
  function utf8(start: number, end: number): string {
    return ascii ? text.slice(start, end) : bytes.toString('utf8', start, end);
  }

  function handleLine(start: number, end: number): void {
    blockLines++;
    if (!parseFields) return;
    if (text.charCodeAt(start) === COLON) {
      if (callbacks.onComment) callbacks.onComment(utf8(text.charCodeAt(start + 1) === SPACE && start + 1 < end ? start + 2 : start + 1, end));
      return;
    }
    let colon = text.indexOf(':', start);
    if (colon >= end) colon = -1;
    const nameEnd = colon === -1 ? end : colon;
    let valueStart = end;
    if (colon !== -1) valueStart = text.charCodeAt(colon + 1) === SPACE && colon + 1 < end ? colon + 2 : colon + 1;
    const nameLength = nameEnd - start;
    if (nameLength === 4 && text.startsWith('data', start)) {
      dataLines.push(utf8(valueStart, end));
    } else if (nameLength === 5 && text.startsWith('event', start)) {
      eventType = utf8(valueStart, end);
    } else if (nameLength === 2 && text.startsWith('id', start)) {
      const nul = text.indexOf('\0', valueStart);
      if (nul === -1 || nul >= end) lastEventId = utf8(valueStart, end);
    } else if (nameLength === 5 && text.startsWith('retry', start)) {
      const value = text.slice(valueStart, end);
      if (/^[0-9]+$/.test(value)) callbacks.onRetry?.(Number.parseInt(value, 10));
    }
    // any other field name is ignored
  }

  function dispatchBlock(rawStart: number, rawEnd: number): void {
    if (blockLines > 0) {
      if (trackRaw) {
        rawParts.push(bytes.subarray(rawStart, rawEnd));
        callbacks.onBlock?.(rawParts.length === 1 ? (rawParts[0] as Buffer) : Buffer.concat(rawParts));
      }
      if (trackText) {
        const piece = text.slice(rawStart, rawEnd);
        callbacks.onBlockText?.(rawText === '' ? piece : rawText + piece, ascii && rawTextAscii);
      }
    }
    if (dataLines.length > 0) {
      callbacks.onEvent?.({
        type: eventType === '' ? 'message' : eventType,
        data: dataLines.length === 1 ? (dataLines[0] as string) : dataLines.join('\n'),
        lastEventId,
      });
    }
    if (rawParts.length > 0) rawParts = [];
    rawText = '';
    rawTextAscii = true;
    blockBytes = 0;
    blockLines = 0;
    if (dataLines.length > 0) dataLines = [];
    eventType = '';
  }

  function fail(): void {
    failed = true;
    callbacks.onError?.(new SseBlockTooLargeError(maxBlockBytes));
  }

  function end(): void {
    if (!failed && blankLineAwaitsLf) {
      bytes = EMPTY;
      text = '';
      dispatchBlock(0, 0);
    }
    reset();
  }

  function reset(): void {
    atStreamStart = true;
    heldStart = EMPTY;
    crEndedLastChunk = false;
    blankLineAwaitsLf = false;
    failed = false;
    bytes = EMPTY;
    text = '';
    ascii = true;
    rawParts = [];
    rawText = '';
    rawTextAscii = true;
    blockBytes = 0;
    blockLines = 0;
    lineParts = [];
    dataLines = [];
    eventType = '';
    lastEventId = '';
  }

  return { feed, end, reset };
}
