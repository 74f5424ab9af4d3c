import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitRobloxTsDeclarations } from '../../../../codegen/emit/robloxTs/emitRobloxTsDeclarations.js';
import { sliceSource } from '../fixtures/sliceSource.js';
import { createProgram, RBXTS_ROOTS, ROBLOX_TS_OPTIONS, typeCheck } from '../helpers/typeCheck.js';

const declarations = () => emitRobloxTsDeclarations(sliceSource, { overrideMode: 'strict' }).file.contents;

const PLUGIN_SCRIPT = `
  const HttpService = game.GetService("HttpService");
  const client = HttpService.CreateWebStreamClient(Enum.WebStreamClientType.SSE, {
    Url: "http://127.0.0.1:8080/events",
    Method: "POST",
    Headers: { Accept: "text/event-stream" },
    Body: "{}",
  });
  client.Opened.Connect((responseStatusCode, headers) => print(responseStatusCode + 1, headers.size()));
  client.MessageReceived.Connect((message) => print(message.upper()));
  const state: Enum.WebStreamClientState = client.ConnectionState;
  const isOpen = state === Enum.WebStreamClientState.Open;
  const value: 2 = Enum.WebStreamClientType.WebSocket.Value;
  print(isOpen, value);
  client.Send("hi");
  client.Close();
  export {};
`;

describe('emitRobloxTsDeclarations', () => {
  it('matches the snapshot of roblox-ts/index.d.ts', async () => {
    await expect(declarations()).toMatchFileSnapshot('__snapshots__/roblox-ts-index.d.ts.snap');
  });

  const files = (declarationText: string, script = PLUGIN_SCRIPT) => ({
    ...RBXTS_ROOTS,
    '/virtual/rbxts/webstream.ts': declarationText,
    '/virtual/rbxts/plugin.ts': script,
  });
  const check = (declarationText: string, script = PLUGIN_SCRIPT) => typeCheck(files(declarationText, script), { compilerOptions: ROBLOX_TS_OPTIONS });

  // The first check parses @rbxts/types (later ones reuse it): slow on a loaded machine.
  it('merges into @rbxts/types without errors and a plugin script using it type-checks', () => {
    expect(check(declarations())).toEqual([]);
  }, 90_000);

  it('would report a clash with @rbxts/types (the check is not blind)', () => {
    const withConst = declarations().replace(
      'export interface SSE extends globalThis.EnumItem {',
      'export const SSE: SSE;\n    export interface SSE extends globalThis.EnumItem {',
    );
    expect(check(withConst).join('\n')).toMatch(/TS2451 Cannot redeclare block-scoped variable 'SSE'/);
    const retyped = declarations().replace('readonly ConnectionState: Enum.WebStreamClientState;', 'readonly ConnectionState: number;');
    expect(check(retyped).join('\n')).toMatch(/TS2717 Subsequent property declarations must have the same type/);
  });

  it('adds a CreateWebStreamClient overload typed with WebStreamRequestOptions next to the untyped one', () => {
    const program = createProgram(files(declarations(), 'declare const http: HttpService; export {};'), { compilerOptions: ROBLOX_TS_OPTIONS });
    const checker = program.getTypeChecker();
    const script = program.getSourceFile('/virtual/rbxts/plugin.ts')!;
    const statement = script.statements.find(ts.isVariableStatement)!;
    const httpType = checker.getTypeAtLocation(statement.declarationList.declarations[0]!.name);
    const method = httpType.getProperty('CreateWebStreamClient')!;
    const signatures = checker.getTypeOfSymbol(method).getCallSignatures();
    const optionTypes = signatures.map((signature) => checker.typeToString(checker.getTypeOfSymbol(signature.getParameters()[1]!)));
    expect([...optionTypes].sort()).toEqual(['WebStreamRequestOptions', 'object']);
  });

  it('checks request options strictly where the script names the type', () => {
    const script = `
      const good: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Method: "PATCH", Compress: "Gzip" };
      // @ts-expect-error lower-case methods are refused
      const lower: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Method: "get" };
      export { good, lower };
    `;
    expect(check(declarations(), script)).toEqual([]);
  });

  it('takes what RequestAsync takes: Enum.HttpCompression items, GetSecret values and a RequestAsyncRequest', () => {
    const script = `
      const HttpService = game.GetService("HttpService");
      const token = HttpService.GetSecret("api_token");
      const gzip: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Compress: Enum.HttpCompression.Gzip };
      const byName: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Compress: "None" };
      const secret: WebStreamRequestOptions = { Url: token, Headers: { Authorization: token, Accept: "text/event-stream" } };
      declare const request: RequestAsyncRequest;
      const reused: WebStreamRequestOptions = request;
      const client = HttpService.CreateWebStreamClient("SSE", reused);
      // @ts-expect-error Compress takes an item or its name, not a number
      const numeric: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Compress: 1 };
      // @ts-expect-error another enum's item is refused
      const otherEnum: WebStreamRequestOptions = { Url: "http://127.0.0.1/", Compress: Enum.WebStreamClientType.SSE };
      export { gzip, byName, secret, client, numeric, otherEnum };
    `;
    expect(check(declarations(), script)).toEqual([]);
  });

  it('declares no enum item consts or union types, which @rbxts/types already owns', () => {
    const text = declarations();
    expect(text).not.toMatch(/\bconst\b/);
    expect(text).not.toMatch(/\btype WebStreamClient(State|Type)\b/);
    expect(text).toContain('export interface SSE extends globalThis.EnumItem {');
  });

  it('leaves the root object type to @rbxts/types', () => {
    expect(declarations()).not.toMatch(/interface RBXObject\b/);
  });

  it('puts a this parameter first on every method', () => {
    expect(declarations()).toContain('Send(this: WebStreamClient, data: string): void;');
    expect(declarations()).toContain(
      'CreateWebStreamClient(this: HttpService, streamClientType: CastsToEnum<Enum.WebStreamClientType>, requestOptions: WebStreamRequestOptions): WebStreamClient;',
    );
  });
});
