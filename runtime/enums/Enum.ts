/**
 * The `Enum` namespace of this package: the enums WebStreamClient uses, with the item values
 * from the API dump 0.734 (WebStreamClientType SSE=0, RawStream=1, WebSocket=2;
 * WebStreamClientState Connecting=0, Open=1, Error=2, Closed=3; HttpCompression None=0, Gzip=1).
 *
 * `Enum` is both a value (`Enum.WebStreamClientType.SSE`) and a type namespace
 * (`Enum.WebStreamClientType` is the union of its items), like the generated declarations; the
 * value is checked against the generated `Enums` interface with `satisfies`.
 */
import type { Enums, HttpCompressionItem, WebStreamClientStateItem, WebStreamClientTypeItem } from '../contract.js';
import { createEnum } from './createEnum.js';

export const Enum = Object.freeze({
  WebStreamClientType: createEnum('WebStreamClientType', { SSE: 0, RawStream: 1, WebSocket: 2 }),
  WebStreamClientState: createEnum('WebStreamClientState', { Connecting: 0, Open: 1, Error: 2, Closed: 3 }),
  HttpCompression: createEnum('HttpCompression', { None: 0, Gzip: 1 }),
}) satisfies Enums;

export declare namespace Enum {
  type WebStreamClientType = WebStreamClientTypeItem;
  type WebStreamClientState = WebStreamClientStateItem;
  type HttpCompression = HttpCompressionItem;
}
