/**
 * Compile-time conformance with the generated declarations (generated/node/index.d.ts): these
 * assertions are checked by `npm run typecheck`; at run time they only confirm the values exist.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Generated from '../../generated/node/index.js';
import { Enum, HttpService, type NodeWebStreamClient, createHttpService } from '../../runtime/index.js';

describe('runtime conformance with the generated declarations', () => {
  it('implements the generated WebStreamClient and HttpService', () => {
    expectTypeOf<NodeWebStreamClient>().toMatchTypeOf<Generated.WebStreamClient>();
    expectTypeOf(HttpService).toMatchTypeOf<Generated.HttpService>();
    expectTypeOf(createHttpService()).toMatchTypeOf<Generated.HttpService>();
    expectTypeOf(HttpService.CreateWebStreamClient).returns.toEqualTypeOf<Generated.WebStreamClient>();
    expect(typeof HttpService.CreateWebStreamClient).toBe('function');
  });

  it('has an Enum value of the generated Enums type, with the generated item types', () => {
    expectTypeOf(Enum).toMatchTypeOf<Generated.Enums>();
    expectTypeOf(Enum.WebStreamClientType.SSE).toMatchTypeOf<Generated.Enum.WebStreamClientType.SSE>();
    expectTypeOf(Enum.WebStreamClientState.Closed).toMatchTypeOf<Generated.Enum.WebStreamClientState.Closed>();
    expectTypeOf<Enum.WebStreamClientType>().toEqualTypeOf<Generated.Enum.WebStreamClientType>();
    expect(Enum.WebStreamClientType.SSE.Value).toBe(0);
  });

  it('types signal handlers from the dump parameters', () => {
    const client = createHttpService().CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: 'http://127.0.0.1:9/' });
    expectTypeOf(client.Opened.Connect).parameter(0).toEqualTypeOf<(responseStatusCode: number, headers: string) => void>();
    expectTypeOf(client.Error.Wait()).resolves.toEqualTypeOf<[responseStatusCode: number, errorMessage: string]>();
    expectTypeOf(client.ConnectionState).toEqualTypeOf<Generated.Enum.WebStreamClientState>();
    client.Close();
  });
});
