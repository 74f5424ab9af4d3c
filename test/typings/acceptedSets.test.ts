/**
 * Types and runtime accept the same set. For the two arguments where the engine casts a value
 * (the client type of CreateWebStreamClient, and the Compress field of the request), this test
 * enumerates candidates — every item, name and value the runtime's own `Enum` holds, plus near
 * misses — asks the runtime which it accepts, then type-checks one call per candidate against
 * the generated Node declarations and the runtime's public class, with `@ts-expect-error` on
 * exactly the refused ones. A candidate accepted on one side only fails the test: as a type
 * error, or as an unused `@ts-expect-error` (TS2578).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Enum, createHttpService, WebStreamError } from '../../runtime/index.js';
import { typeCheck } from '../codegen/emit/helpers/typeCheck.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A candidate argument: how to write it in TypeScript, and the value itself. */
interface Candidate {
  readonly source: string;
  readonly value: unknown;
}

interface EnumLike {
  GetEnumItems(): readonly { readonly Name: string; readonly Value: number }[];
}

/** Every item of the runtime's enum, its name and its value, as the runtime holds them. */
function itemNameAndValue(enumName: 'WebStreamClientType' | 'HttpCompression'): Candidate[] {
  const enumObject = Enum[enumName] as unknown as EnumLike;
  return enumObject.GetEnumItems().flatMap((item) => [
    { source: `Enum.${enumName}.${item.Name}`, value: item },
    { source: JSON.stringify(item.Name), value: item.Name },
    { source: String(item.Value), value: item.Value },
  ]);
}

const NEAR_MISSES: readonly Candidate[] = [
  { source: '"sse"', value: 'sse' },
  { source: '"websocket"', value: 'websocket' },
  { source: '"gzip"', value: 'gzip' },
  { source: '"Deflate"', value: 'Deflate' },
  { source: '""', value: '' },
  { source: '3', value: 3 },
  { source: '-1', value: -1 },
  { source: '0.5', value: 0.5 },
  { source: 'true', value: true },
  { source: 'null', value: null },
  { source: '{ Name: "SSE", Value: 0 }', value: { Name: 'SSE', Value: 0 } },
  { source: 'Enum.WebStreamClientState.Connecting', value: Enum.WebStreamClientState.Connecting },
];

const service = createHttpService();
afterAll(() => service.closeAll());

/** True when the runtime takes `candidate` where `refusedCode` would name it as the fault. */
function accepts(call: () => unknown, refusedCode: string): boolean {
  try {
    call();
    return true;
  } catch (error) {
    if (error instanceof WebStreamError && error.code === refusedCode) return false;
    throw error;
  } finally {
    service.closeAll();
  }
}

function unique(candidates: readonly Candidate[]): Candidate[] {
  return [...new Map(candidates.map((c) => [c.source, c])).values()];
}

const clientTypeCandidates = unique([...itemNameAndValue('WebStreamClientType'), ...itemNameAndValue('HttpCompression'), ...NEAR_MISSES]);
const compressCandidates = unique([...itemNameAndValue('HttpCompression'), ...itemNameAndValue('WebStreamClientType'), ...NEAR_MISSES]);

/** A closed local port: accepted clients fail to connect and are closed at once. */
const urlFor = (value: unknown): string =>
  value === 'WebSocket' || value === 2 || value === Enum.WebStreamClientType.WebSocket ? 'ws://127.0.0.1:9/' : 'http://127.0.0.1:9/';

const clientTypeVerdicts = clientTypeCandidates.map((candidate) => ({
  candidate,
  accepted: accepts(() => service.CreateWebStreamClient(candidate.value as never, { Url: urlFor(candidate.value) }), 'WSC_ERR_INVALID_CLIENT_TYPE'),
}));
const compressVerdicts = compressCandidates.map((candidate) => ({
  candidate,
  accepted: accepts(
    () => service.CreateWebStreamClient(Enum.WebStreamClientType.SSE, { Url: 'http://127.0.0.1:9/', Compress: candidate.value as never }),
    'WSC_ERR_INVALID_COMPRESS',
  ),
}));

function probeSource(): string {
  const lines = [
    `import type { HttpService as Declared } from '${repoRoot}generated/node/index.js';`,
    `import { Enum, type NodeHttpService } from '${repoRoot}runtime/index.js';`,
    'declare const declared: Declared;',
    'declare const runtime: NodeHttpService;',
  ];
  const call = (accepted: boolean, why: string, text: string): void => {
    if (!accepted) lines.push(`// @ts-expect-error the runtime refuses ${why}`);
    lines.push(text);
  };
  for (const target of ['declared', 'runtime']) {
    for (const { candidate, accepted } of clientTypeVerdicts) {
      call(accepted, `the client type ${candidate.source}`, `${target}.CreateWebStreamClient(${candidate.source}, { Url: "http://127.0.0.1:9/" });`);
    }
    for (const { candidate, accepted } of compressVerdicts) {
      call(accepted, `Compress ${candidate.source}`, `${target}.CreateWebStreamClient("SSE", { Url: "http://127.0.0.1:9/", Compress: ${candidate.source} });`);
    }
  }
  lines.push('export {};');
  return lines.join('\n');
}

describe('the set of arguments the types accept is the set the runtime accepts', () => {
  it('the runtime takes every item, its name and its value as a client type, and nothing else of the candidates', () => {
    const accepted = clientTypeVerdicts.filter((v) => v.accepted).map((v) => v.candidate.source);
    expect(accepted).toEqual([
      'Enum.WebStreamClientType.SSE',
      '"SSE"',
      '0',
      'Enum.WebStreamClientType.RawStream',
      '"RawStream"',
      '1',
      'Enum.WebStreamClientType.WebSocket',
      '"WebSocket"',
      '2',
    ]);
  });

  it('the runtime takes an Enum.HttpCompression item or its name for Compress', () => {
    const accepted = compressVerdicts.filter((v) => v.accepted).map((v) => v.candidate.source);
    expect(accepted).toEqual(['Enum.HttpCompression.None', '"None"', 'Enum.HttpCompression.Gzip', '"Gzip"']);
  });

  it('the generated declarations and the runtime class type-check exactly the accepted candidates', () => {
    const file = `${repoRoot}test/typings/acceptedSets.probe.ts`;
    const diagnostics = typeCheck({ [file]: probeSource() }, { compilerOptions: { types: ['node'], skipLibCheck: true } });
    expect(diagnostics).toEqual([]);
  }, 90_000);
});
