/** Feeds chunks to a fresh parser, then `end()`, and records every callback in order. */
import { createEventStreamParser, type ServerSentEvent } from '../../../runtime/sse/createEventStreamParser.js';

export interface ParserOutput {
  /** Raw blocks as latin1 byte strings. */
  blocks: string[];
  /** The same blocks as `onBlockText` gave them (byte strings sliced from each chunk's decoding). */
  blockTexts: string[];
  /** Blocks `onBlockText` called ASCII although they are not (must stay empty). */
  falselyAscii: string[];
  events: ServerSentEvent[];
  comments: string[];
  retries: number[];
}

export function collectParserOutput(chunks: readonly Uint8Array[]): ParserOutput {
  const output: ParserOutput = { blocks: [], blockTexts: [], falselyAscii: [], events: [], comments: [], retries: [] };
  const parser = createEventStreamParser({
    onBlock: (raw) => output.blocks.push(Buffer.from(raw).toString('latin1')),
    onBlockText: (raw, isAscii) => {
      output.blockTexts.push(raw);
      // eslint-disable-next-line no-control-regex
      if (isAscii && /[^\u0000-\u007f]/.test(raw)) output.falselyAscii.push(raw);
    },
    onEvent: (event) => output.events.push(event),
    onComment: (comment) => output.comments.push(comment),
    onRetry: (ms) => output.retries.push(ms),
  });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return output;
}

/** Splits `bytes` at the given sorted positions. */
export function splitAt(bytes: Uint8Array, positions: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const position of positions) {
    chunks.push(bytes.slice(start, position));
    start = position;
  }
  chunks.push(bytes.slice(start));
  return chunks;
}
