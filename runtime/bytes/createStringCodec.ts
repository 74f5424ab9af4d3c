/**
 * The boundary between wire bytes and the strings handlers see, chosen once per HttpService by
 * the `messageStrings` option (decision in runtime/semantics.ts, `DEFAULT_MESSAGE_STRINGS`).
 *
 * In `"utf8"` mode an HTTP stream is decoded as one text: a character whose bytes are split
 * across two reads is completed in the next message instead of becoming U+FFFD (a message whose
 * bytes hold no complete character yet is not delivered; its bytes go with the next one). A
 * WebSocket message is decoded on its own (it is whole by definition).
 */
import type { MessageStrings } from '../semantics.js';
import { engineMessages } from '../errors/engineMessages.js';
import { UsageError } from '../errors/UsageError.js';
import { Buffer, isAscii as bytesAreAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { ByteString } from './ByteString.js';

/** Turns the messages of one client into strings. */
export interface MessageDecoder {
  /** The string for these bytes ('' when, in streaming UTF-8, they only start a character). */
  decode(bytes: Uint8Array): string;
  /**
   * The same for bytes held as a byte string (one char per byte, latin1), as the SSE parser
   * hands out blocks (issue 14: no Buffer per block). ASCII needs no decoding in either mode;
   * `isAscii` says whether it is, when the caller knows (else the string is searched).
   */
  decodeByteString(byteString: string, isAscii?: boolean): string;
  /** At the end of the stream: what is left (U+FFFD for an unfinished character), usually ''. */
  flush(): string;
}

export interface StringCodec {
  readonly mode: MessageStrings;
  /** A decoder for one client; `streaming` joins characters split across messages (HTTP streams). */
  createDecoder(streaming: boolean): MessageDecoder;
  /** Decodes one self-contained string (the Opened headers). */
  decode(bytes: Uint8Array): string;
  /** A script string (`Send` data, `Body`) → wire bytes. `what` names it in errors. */
  encode(value: string, what: string): Buffer;
}

/**
 * Where a character left unfinished at the end of `bytes` starts (a lead byte followed by fewer
 * continuation bytes than it announces), or `bytes.length` when there is none. Everything before
 * that point decodes the same on its own as in a stream: a lead byte ends any sequence before it.
 */
function unfinishedTail(bytes: Uint8Array): number {
  const length = bytes.length;
  const stop = Math.max(0, length - 4);
  let index = length - 1;
  while (index >= stop && ((bytes[index] as number) & 0xc0) === 0x80) index--;
  if (index < stop) return length;
  const lead = bytes[index] as number;
  const announced = lead >= 0xf8 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length - index < announced ? index : length;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Decoders hold no state unless they stream, so the whole-message decoder of a codec is one
 * object shared by all its clients, and a streaming one is a small object whose methods live on
 * the prototype and whose TextDecoder is made only when a character is first split (issue 14,
 * idle heap).
 */
export function createStringCodec(mode: MessageStrings): StringCodec {
  if (mode === 'utf8') {
    const whole: MessageDecoder = Object.freeze({ decode: decodeUtf8, decodeByteString: decodeUtf8ByteString, flush: () => '' });
    return {
      mode,
      createDecoder: (streaming) => (streaming ? new Utf8StreamDecoder() : whole),
      decode: decodeUtf8,
      encode: (value) => Buffer.from(value, 'utf8'),
    };
  }
  const decode = (bytes: Uint8Array): string => ByteString.fromBuffer(bytes);
  const bytes: MessageDecoder = Object.freeze({ decode, decodeByteString: (byteString: string) => byteString, flush: () => '' });
  return {
    mode,
    createDecoder: () => bytes,
    decode,
    encode: (value, what) => {
      if (!ByteString.isByteString(value)) {
        throw new UsageError('WSC_ERR_NOT_A_BYTE_STRING', engineMessages.notAByteString(what));
      }
      return ByteString.toBuffer(value);
    },
  };
}

/**
 * From this size on, UTF-8 is decoded by first asking whether the bytes are all ASCII, where the
 * latin1 decoder gives the same string: `isAscii` (one vectorised scan) and a plain copy beat V8's
 * UTF-8 decoder, which measures and checks every byte before copying: ~20% less time at 16 KiB
 * and 64 KiB (issue 14: a RawStream's reads, large WebSocket messages). Below ~4 KiB the extra
 * call gains nothing (measured on Node 20: +40 ns per 64 B message, about even at 1–2 KiB).
 */
const ASCII_CHECK_FROM = 4096;

function wholeUtf8Text(buffer: Buffer): string {
  return buffer.length >= ASCII_CHECK_FROM && bytesAreAscii(buffer) ? buffer.toString('latin1') : buffer.toString();
}

/** ws and undici hand out Buffers, decoded as they are (no view). */
function decodeUtf8(bytes: Uint8Array): string {
  return wholeUtf8Text(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function decodeUtf8ByteString(byteString: string, isAscii = !NON_ASCII.test(byteString)): string {
  return isAscii ? byteString : Buffer.from(byteString, 'latin1').toString('utf8');
}

/** UTF-8 for one HTTP stream: a character split across reads is completed by the next one. */
class Utf8StreamDecoder implements MessageDecoder {
  /** Made when a read first ends inside a character (most streams never need it). */
  #decoder: TextDecoder | undefined;
  /**
   * True when the decoder may hold the start of a character from the last input. While it does
   * not, whole characters are decoded by Buffer's UTF-8 decoder (Node's streaming TextDecoder
   * takes a much slower path, issue 14) and only an unfinished character at the end goes to the
   * streaming decoder. Both decoders follow the WHATWG rules.
   */
  #mayHoldBytes = false;

  decode(bytes: Uint8Array): string {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!this.#mayHoldBytes) {
      const tail = unfinishedTail(buffer);
      if (tail === buffer.length) return wholeUtf8Text(buffer);
      this.#mayHoldBytes = true;
      return buffer.toString('utf8', 0, tail) + this.#streaming().decode(buffer.subarray(tail), { stream: true });
    }
    this.#mayHoldBytes = buffer.length >= 4 ? unfinishedTail(buffer) < buffer.length : buffer.length === 0 || (buffer[buffer.length - 1] as number) >= 0x80;
    return this.#streaming().decode(buffer, { stream: true });
  }

  decodeByteString(byteString: string, isAscii?: boolean): string {
    if (!this.#mayHoldBytes && (isAscii ?? !NON_ASCII.test(byteString))) return byteString;
    this.#mayHoldBytes = byteString.length > 0 ? byteString.charCodeAt(byteString.length - 1) >= 0x80 : this.#mayHoldBytes;
    return this.#streaming().decode(Buffer.from(byteString, 'latin1'), { stream: true });
  }

  flush(): string {
    this.#mayHoldBytes = false;
    // A decoder never made holds nothing: flushing it would give ''.
    return this.#decoder === undefined ? '' : this.#decoder.decode();
  }

  #streaming(): TextDecoder {
    return (this.#decoder ??= new TextDecoder('utf-8', { ignoreBOM: true }));
  }
}
