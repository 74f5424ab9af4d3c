/**
 * The type contract between the runtime and the declarations generated from the API dump.
 *
 * Until `generated/node/index.d.ts` exists, these local types stand in for it: they have the
 * same names and shapes the generator is expected to emit (RBXScriptSignal, RBXObject,
 * WebStreamClient, HttpService, RequestOptions, enum item types). Switching the runtime to the
 * generated types is a change to this one file: replace the declarations below with
 * `export type { ... } from '../generated/node/index.js'`.
 */

/** A handler-bound connection, as returned by `RBXScriptSignal.Connect`. */
export interface RBXScriptConnection {
  /** True until `Disconnect()` is called (or a `Once` handler has run). */
  readonly Connected: boolean;
  Disconnect(): void;
}

/** A Roblox event: `Connect`, `Once`, and a promise-returning `Wait`. */
export interface RBXScriptSignal<T extends (...args: any[]) => void = () => void> {
  Connect(handler: T): RBXScriptConnection;
  Once(handler: T): RBXScriptConnection;
  Wait(): Promise<Parameters<T>>;
}

/** One item of a Roblox enum, e.g. `Enum.WebStreamClientType.SSE`. */
export interface EnumItem<TEnum extends string = string, TName extends string = string, TValue extends number = number> {
  readonly Name: TName;
  readonly Value: TValue;
  readonly EnumType: RbxEnum<TEnum>;
  /** True when this item belongs to the enum named `enumName`. */
  IsA(enumName: string): boolean;
}

/** A Roblox enum object, e.g. `Enum.WebStreamClientType`. */
export interface RbxEnum<TEnum extends string = string, TItem extends EnumItem<TEnum> = EnumItem<TEnum>> {
  GetEnumItems(): TItem[];
  FromName(name: string): TItem | undefined;
  FromValue(value: number): TItem | undefined;
}

export type WebStreamClientTypeItem =
  | EnumItem<'WebStreamClientType', 'SSE', 0>
  | EnumItem<'WebStreamClientType', 'RawStream', 1>
  | EnumItem<'WebStreamClientType', 'WebSocket', 2>;

export type WebStreamClientStateItem =
  | EnumItem<'WebStreamClientState', 'Connecting', 0>
  | EnumItem<'WebStreamClientState', 'Open', 1>
  | EnumItem<'WebStreamClientState', 'Error', 2>
  | EnumItem<'WebStreamClientState', 'Closed', 3>;

export type HttpCompressionItem =
  | EnumItem<'HttpCompression', 'None', 0>
  | EnumItem<'HttpCompression', 'Gzip', 1>;

/** The members every Roblox `Object` has (WebStreamClient inherits from Object, not Instance). */
export interface RBXObject {
  readonly ClassName: string;
  /** @deprecated Use `ClassName`. */
  readonly className: string;
  IsA(className: string): boolean;
  /** @deprecated Use `IsA`. */
  isA(className: string): boolean;
  readonly Changed: RBXScriptSignal<(property: string) => void>;
  GetPropertyChangedSignal(property: string): RBXScriptSignal<() => void>;
}

/** The streaming client returned by `HttpService.CreateWebStreamClient`. */
export interface WebStreamClient extends RBXObject {
  readonly ConnectionState: WebStreamClientStateItem;
  readonly Opened: RBXScriptSignal<(responseStatusCode: number, headers: string) => void>;
  readonly MessageReceived: RBXScriptSignal<(message: string) => void>;
  readonly Error: RBXScriptSignal<(responseStatusCode: number, errorMessage: string) => void>;
  readonly Closed: RBXScriptSignal<() => void>;
  Send(data: string): void;
  Close(): void;
}

/** The request table accepted by `CreateWebStreamClient` (the fields of `RequestAsync`). */
export interface RequestOptions {
  Url: string;
  Method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'TRACE' | 'PATCH';
  Headers?: Record<string, string>;
  Body?: string;
  Compress?: 'None' | 'Gzip' | HttpCompressionItem;
  /** Seconds allowed until the response head arrives (RequestAsync's `Timeout`). */
  Timeout?: number;
}

/** The part of `HttpService` this package implements. */
export interface HttpService {
  CreateWebStreamClient(streamClientType: WebStreamClientTypeItem, requestOptions: RequestOptions): WebStreamClient;
}
