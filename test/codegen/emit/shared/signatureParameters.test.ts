import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../../codegen/dump/types.js';
import { functionTypeText, signatureParameters } from '../../../../codegen/emit/shared/signatureParameters.js';
import { param, t } from '../fixtures/dumpBuilders.js';

const context = { flavour: 'node', dumpFile: 'dump.json' } as const;
const asText = (parameters: Parameter[], position: 'parameter' | 'signalParameter' = 'parameter') =>
  functionTypeText(signatureParameters(parameters, position, context, 'x'), 'void');

describe('signatureParameters', () => {
  it.each<[string, Parameter[], string]>([
    ['required parameters stay required', [param('a', t.prim('int')), param('b', t.prim('string'))], '(a: number, b: string) => void'],
    ['trailing defaults become optional', [param('a', t.prim('int')), param('recursive', t.prim('bool'), 'false')], '(a: number, recursive?: boolean) => void'],
    ['a trailing nullable becomes optional', [param('a', t.prim('int')), param('b', t.cls('Instance?'))], '(a: number, b?: Instance | undefined) => void'],
    [
      'a default before a required parameter accepts undefined instead (TS1016)',
      [param('player', t.cls('Player'), 'nil'), param('id', t.prim('int'))],
      '(player: Player | undefined, id: number) => void',
    ],
    [
      'a trailing Tuple is a rest parameter',
      [param('name', t.prim('string')), param('arguments', t.group('Tuple'))],
      '(name: string, ...arguments_: unknown[]) => void',
    ],
    ['a Tuple elsewhere is a list', [param('values', t.group('Tuple')), param('n', t.prim('int'))], '(values: unknown[], n: number) => void'],
    [
      'reserved and repeated names are made valid',
      [param('function', t.prim('string')), param('type', t.prim('int')), param('type', t.prim('int'))],
      '(function_: string, type: number, type_2: number) => void',
    ],
  ])('%s', (_, parameters, expected) => {
    expect(asText(parameters)).toBe(expected);
  });

  it('never makes event handler parameters optional', () => {
    expect(asText([param('a', t.prim('int'), '1'), param('b', t.prim('string?'))], 'signalParameter')).toBe('(a: number, b: string | undefined) => void');
  });

  it('maps dump names to TypeScript names for @param', () => {
    const { names } = signatureParameters([param('function', t.prim('string')), param('data', t.prim('string'))], 'parameter', context, 'x');
    expect([...names]).toEqual([
      ['function', 'function_'],
      ['data', 'data'],
    ]);
  });
});
