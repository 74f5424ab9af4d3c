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
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string;
}

/** A type the declarations add because an override refers to it. */
export interface OverlayType {
  /** Declared name per flavour (roblox-ts declarations are global, so they get a longer name). */
  readonly names: Readonly<Record<Flavour, string>>;
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

export const REQUEST_OPTIONS: OverlayType = {
  names: { node: 'RequestOptions', robloxTs: 'WebStreamRequestOptions' },
  doc: 'The request a WebStreamClient makes: the same dictionary HttpService:RequestAsync takes.',
  properties: [
    { name: 'Url', type: 'string', optional: false, doc: 'Where to connect: an http:// or https:// address for SSE and RawStream, ws:// or wss:// for WebSocket.' },
    { name: 'Method', type: HTTP_METHODS.map((m) => JSON.stringify(m)).join(' | '), optional: true, doc: 'The HTTP method, in upper case. GET when left out.' },
    { name: 'Headers', type: 'Record<string, string>', optional: true, doc: 'Extra request headers by name. Roblox refuses to let scripts set User-Agent or Roblox-Id.' },
    { name: 'Body', type: 'string', optional: true, doc: 'The request body. Must be left out for GET and HEAD.' },
    { name: 'Compress', type: '"None" | "Gzip"', optional: true, doc: 'Whether the body is gzip-compressed before sending. None when left out.' },
    { name: 'Timeout', type: 'number', optional: true, doc: 'Seconds to wait for the response; more than 0 and no more than the default timeout.' },
  ],
  provenance:
    'The Roblox engine reference says requestOptions of CreateWebStreamClient is the requestOptions dictionary of ' +
    'HttpService:RequestAsync; its field table lists Url, Method (with these eight methods), Headers, Body, Compress and Timeout.',
};

export const OVERLAY_TYPES: readonly OverlayType[] = [REQUEST_OPTIONS];

export const TYPE_OVERRIDES: readonly TypeOverride[] = [
  {
    className: 'HttpService',
    memberName: 'CreateWebStreamClient',
    target: { parameter: 'requestOptions' },
    dumpType: { category: 'Group', name: 'Dictionary' },
    types: { node: REQUEST_OPTIONS.names.node, robloxTs: REQUEST_OPTIONS.names.robloxTs },
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
