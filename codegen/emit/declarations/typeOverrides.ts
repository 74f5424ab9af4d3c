/**
 * Policy: structured types laid over the dump where the dump is vaguer than the API really is.
 * Each override names its target (class, member, parameter or return), the dump type it refines
 * (if the dump changes, the override is stale and generation fails), the TypeScript type per
 * flavour, and where the knowledge comes from. Overlay types are the named declarations the
 * overrides refer to. Nothing here is guessed from the dump; it is written down on purpose.
 */
import type { TypeRef } from '../../dump/types.js';
import type { Flavour } from '../shared/typeText.js';

export interface OverlayProperty {
  readonly name: string;
  /** TypeScript type per flavour: roblox-ts can name @rbxts/types' own types (Secret, Enum.HttpCompression). */
  readonly types: Readonly<Record<Flavour, string>>;
  readonly optional: boolean;
  readonly readonly?: boolean;
  readonly doc: string;
}

/** A type the declarations add because an override refers to it. */
export interface OverlayType {
  /**
   * Declared name per flavour (roblox-ts declarations are global, so they get a longer name). A
   * flavour without a name does not declare the type (@rbxts/types already has it).
   */
  readonly names: Readonly<Partial<Record<Flavour, string>>>;
  /** The interface it extends, if any (a prelude or @rbxts/types name). */
  readonly extends?: string;
  readonly doc: string;
  readonly properties: readonly OverlayProperty[];
  readonly provenance: string;
}

export type OverrideTarget = { readonly parameter: string } | { readonly returns: true };

export interface TypeOverride {
  readonly className: string;
  readonly memberName: string;
  readonly target: OverrideTarget;
  /** What the dump says today; a different dump type makes the override stale. */
  readonly dumpType: TypeRef;
  readonly types: Readonly<Record<Flavour, string>>;
  readonly provenance: string;
}

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'] as const;

/**
 * `Enum.HttpCompression` (None = 0, Gzip = 1 in every dump since the enum appeared). The slice does
 * not contain it (no kept member takes it), so the Node flavour declares the item type here;
 * roblox-ts uses the one of @rbxts/types.
 */
export const HTTP_COMPRESSION_ITEMS = [
  { name: 'None', value: 0 },
  { name: 'Gzip', value: 1 },
] as const;

const compressionNames = HTTP_COMPRESSION_ITEMS.map((item) => JSON.stringify(item.name)).join(' | ');

export const HTTP_COMPRESSION_ITEM: OverlayType = {
  names: { node: 'HttpCompressionItem' },
  extends: 'EnumItem',
  doc: 'An item of Enum.HttpCompression, the type of the Compress field of a request.',
  properties: [
    { name: 'Name', types: { node: compressionNames, robloxTs: compressionNames }, optional: false, readonly: true, doc: 'The item name.' },
    {
      name: 'Value',
      types: { node: HTTP_COMPRESSION_ITEMS.map((item) => String(item.value)).join(' | '), robloxTs: 'number' },
      optional: false,
      readonly: true,
      doc: 'The item value.',
    },
  ],
  provenance:
    'The API dump has the enum HttpCompression with the items None (0) and Gzip (1); the slice of this package leaves it out ' +
    'because no kept member takes it, but the requestOptions dictionary does (its Compress field).',
};

export const REQUEST_OPTIONS: OverlayType = {
  names: { node: 'RequestOptions', robloxTs: 'WebStreamRequestOptions' },
  doc: 'The request a WebStreamClient makes: the same dictionary HttpService:RequestAsync takes.',
  properties: [
    {
      name: 'Url',
      types: { node: 'string', robloxTs: 'string | Secret' },
      optional: false,
      doc: 'Where to connect: an http:// or https:// address for SSE and RawStream, ws:// or wss:// for WebSocket. In Roblox it may also be a Secret from HttpService:GetSecret.',
    },
    { name: 'Method', types: { node: methodUnion(), robloxTs: methodUnion() }, optional: true, doc: 'The HTTP method, in upper case. GET when left out.' },
    {
      name: 'Headers',
      types: { node: 'Record<string, string>', robloxTs: 'HttpHeaders' },
      optional: true,
      doc: 'Extra request headers by name. In Roblox a value may also be a Secret. Roblox refuses to let scripts set User-Agent or Roblox-Id.',
    },
    { name: 'Body', types: { node: 'string', robloxTs: 'string' }, optional: true, doc: 'The request body. Must be left out for GET and HEAD.' },
    {
      name: 'Compress',
      types: { node: `${compressionNames} | HttpCompressionItem`, robloxTs: `Enum.HttpCompression | ${compressionNames}` },
      optional: true,
      doc: 'Whether the body is gzip-compressed before sending: an Enum.HttpCompression item (or its name). None when left out.',
    },
    {
      name: 'Timeout',
      types: { node: 'number', robloxTs: 'number' },
      optional: true,
      doc: 'Seconds to wait for the response; more than 0 and no more than the default timeout.',
    },
  ],
  provenance:
    'The Roblox engine reference says requestOptions of CreateWebStreamClient is the requestOptions dictionary of ' +
    'HttpService:RequestAsync; its field table lists Url, Method (with these eight methods), Headers, Body, Compress ' +
    '(an Enum.HttpCompression item) and Timeout. @rbxts/types types the same table (RequestAsyncRequest) with Url and ' +
    'header values as string | Secret and Compress as Enum.HttpCompression, so its values assign to this type.',
};

function methodUnion(): string {
  return HTTP_METHODS.map((m) => JSON.stringify(m)).join(' | ');
}

export const OVERLAY_TYPES: readonly OverlayType[] = [HTTP_COMPRESSION_ITEM, REQUEST_OPTIONS];

export const TYPE_OVERRIDES: readonly TypeOverride[] = [
  {
    className: 'HttpService',
    memberName: 'CreateWebStreamClient',
    target: { parameter: 'requestOptions' },
    dumpType: { category: 'Group', name: 'Dictionary' },
    types: { node: 'RequestOptions', robloxTs: 'WebStreamRequestOptions' },
    provenance: REQUEST_OPTIONS.provenance,
  },
  {
    className: 'Object',
    memberName: 'GetPropertyChangedSignal',
    target: { returns: true },
    dumpType: { category: 'DataType', name: 'RBXScriptSignal' },
    types: { node: 'RBXScriptSignal<() => void>', robloxTs: 'RBXScriptSignal<() => void>' },
    provenance:
      'The Roblox engine reference for Object:GetPropertyChangedSignal: the signal fires with no arguments ' +
      '(the handler reads the new value itself); the dump only says DataType RBXScriptSignal.',
  },
];
