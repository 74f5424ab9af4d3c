import { describe, expect, it } from 'vitest';
import { resolveTypeOverrides } from '../../../../codegen/emit/declarations/resolveTypeOverrides.js';
import { TYPE_OVERRIDES, type TypeOverride } from '../../../../codegen/emit/declarations/typeOverrides.js';
import { cls, dumpOf, fn, objectRoot, param, t } from '../fixtures/dumpBuilders.js';
import { sliceDump } from '../fixtures/sliceDump.js';

const override: TypeOverride = {
  className: 'HttpService',
  memberName: 'CreateWebStreamClient',
  target: { parameter: 'requestOptions' },
  dumpType: { category: 'Group', name: 'Dictionary' },
  types: { node: 'RequestOptions', robloxTs: 'WebStreamRequestOptions' },
  provenance: 'test',
};

const withRequestOptions = (type = t.group('Dictionary')) =>
  dumpOf([
    objectRoot(),
    cls('HttpService', 'Object', [fn('CreateWebStreamClient', [param('streamClientType', t.enum('WebStreamClientType')), param('requestOptions', type)])]),
  ]);

describe('resolveTypeOverrides', () => {
  it('applies every committed override to the slice', () => {
    const resolved = resolveTypeOverrides(sliceDump, TYPE_OVERRIDES, 'strict', 'api-dump/Full-API-Dump.json');
    expect(resolved.applied).toHaveLength(TYPE_OVERRIDES.length);
    expect(resolved.typeFor('node', 'HttpService', 'CreateWebStreamClient', 'requestOptions')).toBe('RequestOptions');
    expect(resolved.typeFor('robloxTs', 'HttpService', 'CreateWebStreamClient', 'requestOptions')).toBe('WebStreamRequestOptions');
    expect(resolved.typeFor('node', 'Object', 'GetPropertyChangedSignal')).toBe('RBXScriptSignal<() => void>');
    expect(resolved.typeFor('node', 'HttpService', 'CreateWebStreamClient', 'streamClientType')).toBeUndefined();
  });

  it.each([
    [
      'the class is missing',
      dumpOf([objectRoot()]),
      'EMIT_OVERRIDE_TARGET_MISSING',
      'Classes: type override of HttpService.CreateWebStreamClient parameter requestOptions: no class HttpService',
    ],
    [
      'the member is missing',
      dumpOf([objectRoot(), cls('HttpService', 'Object', [])]),
      'EMIT_OVERRIDE_TARGET_MISSING',
      'Classes[1].Members: type override of HttpService.CreateWebStreamClient parameter requestOptions: class HttpService has no member CreateWebStreamClient',
    ],
    [
      'the parameter is missing',
      dumpOf([objectRoot(), cls('HttpService', 'Object', [fn('CreateWebStreamClient', [param('options', t.group('Dictionary'))])])]),
      'EMIT_OVERRIDE_TARGET_MISSING',
      'Classes[1].Members[0].Parameters (no requestOptions): type override of HttpService.CreateWebStreamClient parameter requestOptions: the override target',
    ],
    [
      'the dump changed the type under the override',
      withRequestOptions(t.data('HttpRequestOptions')),
      'EMIT_OVERRIDE_STALE',
      'Classes[1].Members[0].Parameters[1].Type: type override of HttpService.CreateWebStreamClient parameter requestOptions: the override of HttpService.CreateWebStreamClient parameter requestOptions refines Group Dictionary, but the dump now says DataType HttpRequestOptions',
    ],
  ])('fails in strict mode when %s', (_, dump, code, message) => {
    const run = () => resolveTypeOverrides(dump, [override], 'strict', 'api-dump/Full-API-Dump.json');
    expect(run).toThrow(expect.objectContaining({ code, file: 'api-dump/Full-API-Dump.json' }));
    expect(run).toThrow(`api-dump/Full-API-Dump.json: ${message}`);
    expect(run).toThrow('Fix: update or remove the entry in codegen/emit/declarations/typeOverrides.ts');
  });

  it('reports instead of failing in lenient mode, and applies nothing there', () => {
    const resolved = resolveTypeOverrides(withRequestOptions(t.data('HttpRequestOptions')), [override], 'lenient', 'dump.json');
    expect(resolved.applied).toEqual([]);
    expect(resolved.skipped).toHaveLength(1);
    expect(resolved.typeFor('node', 'HttpService', 'CreateWebStreamClient', 'requestOptions')).toBeUndefined();
  });

  it('records where every committed override comes from', () => {
    for (const entry of TYPE_OVERRIDES) expect(entry.provenance.length).toBeGreaterThan(40);
  });
});
