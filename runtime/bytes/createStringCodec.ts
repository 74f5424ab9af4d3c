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

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

export function createStringCodec(mode: MessageStrings): StringCodec {
  if (mode === 'utf8') {
    const decode = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const decodeByteString = (byteString: string, isAscii = !NON_ASCII.test(byteString)): string =>
      isAscii ? byteString : Buffer.from(byteString, 'latin1').toString('utf8');
    return {
      mode,
      createDecoder: (streaming) => {
        if (!streaming) return { decode, decodeByteString, flush: () => '' };
        const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        // True when the last input ended inside a character, which the decoder then holds: only
        // then must ASCII input go through it too (to turn the held bytes into U+FFFD first).
        let mayHoldBytes = false;
        return {
          decode: (bytes) => {
            mayHoldBytes = bytes.length > 0 ? (bytes[bytes.length - 1] as number) >= 0x80 : mayHoldBytes;
            return decoder.decode(bytes, { stream: true });
          },
          decodeByteString: (byteString, isAscii) => {
            if (!mayHoldBytes && (isAscii ?? !NON_ASCII.test(byteString))) return byteString;
            mayHoldBytes = byteString.length > 0 ? byteString.charCodeAt(byteString.length - 1) >= 0x80 : mayHoldBytes;
            return decoder.decode(Buffer.from(byteString, 'latin1'), { stream: true });
          },
          flush: () => {
            mayHoldBytes = false;
            return decoder.decode();
          },
        };
      },
      decode,
      encode: (value) => Buffer.from(value, 'utf8'),
    };
  }
  const decode = (bytes: Uint8Array): string => ByteString.fromBuffer(bytes);
  return {
    mode,
    createDecoder: () => ({ decode, decodeByteString: (byteString) => byteString, flush: () => '' }),
    decode,
    encode: (value, what) => {
      if (!ByteString.isByteString(value)) {
        throw new UsageError('WSC_ERR_NOT_A_BYTE_STRING', engineMessages.notAByteString(what));
      }
      return ByteString.toBuffer(value);
    },
  };
}
