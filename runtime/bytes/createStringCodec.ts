/**
 * The boundary between wire bytes and the strings handlers see, chosen once per HttpService by
 * the `messageStrings` option (decision in runtime/semantics.ts, `DEFAULT_MESSAGE_STRINGS`).
 */
import type { MessageStrings } from '../semantics.js';
import { engineMessages } from '../errors/engineMessages.js';
import { UsageError } from '../errors/UsageError.js';
import { ByteString } from './ByteString.js';

export interface StringCodec {
  readonly mode: MessageStrings;
  /** Wire bytes → the string given to `MessageReceived` / `Opened`. */
  decode(bytes: Uint8Array): string;
  /** The same for bytes already held as a byte string (one char per byte). */
  decodeByteString(byteString: string): string;
  /** A script string (`Send` data, `Body`) → wire bytes. `what` names it in errors. */
  encode(value: string, what: string): Buffer;
}

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function createStringCodec(mode: MessageStrings): StringCodec {
  if (mode === 'utf8') {
    return {
      mode,
      decode: (bytes) => lenientUtf8.decode(bytes),
      decodeByteString: (byteString) => lenientUtf8.decode(Buffer.from(byteString, 'latin1')),
      encode: (value) => Buffer.from(value, 'utf8'),
    };
  }
  return {
    mode,
    decode: (bytes) => ByteString.fromBuffer(bytes),
    decodeByteString: (byteString) => byteString,
    encode: (value, what) => {
      if (!ByteString.isByteString(value)) {
        throw new UsageError('WSC_ERR_NOT_A_BYTE_STRING', engineMessages.notAByteString(what));
      }
      return ByteString.toBuffer(value);
    },
  };
}
