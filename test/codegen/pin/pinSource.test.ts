/**
 * Pinning the slice to an older build from its history: entities added later are gone (with
 * their descriptions), field changes are undone where the log holds the old value, what cannot be
 * undone is reported, and a build before the slice existed is a clear error.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../codegen/diff/types.js';
import { loadGenerateInput } from '../../../codegen/generate/loadGenerateInput.js';
import { createHistoryQuery } from '../../../codegen/history/query.js';
import type { HistoryBuild } from '../../../codegen/history/types.js';
import { PinError } from '../../../codegen/pin/PinError.js';
import { resolveBuild } from '../../../codegen/pin/resolveBuild.js';
import { pinSource } from '../../../codegen/pin/pinSource.js';

const { input } = loadGenerateInput('api-dump');
const builds = input.history!.builds();

/** The real log with extra events added to (or a new build inserted at) a version. */
function withEvents(version: string, changes: readonly Change[]): typeof input {
  const known = builds.some((build) => build.version === version);
  const edited: HistoryBuild[] = known
    ? builds.map((build) => (build.version === version ? { ...build, changes: [...build.changes, ...changes] } : build))
    : [...builds, { version, source: 'dump' as const, changes }].sort((a, b) => (a.version < b.version ? -1 : 1));
  return { ...input, history: createHistoryQuery(edited) };
}

function pinError(run: () => unknown): PinError {
  try {
    run();
  } catch (error) {
    if (error instanceof PinError) return error;
    throw error;
  }
  throw new Error('expected a PinError');
}

describe('pinSource on the real slice and history', () => {
  it('at 0.686 there is no Send and no WebSocket: not in the dump, the model, the docs or the history', () => {
    const { source, pinned } = pinSource(input, '0.686');
    expect(pinned.build.version).toBe('0.686.0.6860866');
    expect(pinned.removed).toEqual(['WebStreamClient.Send', 'Enum.WebStreamClientType.WebSocket']);
    expect(source.model.getEnum('WebStreamClientType')!.items.map((item) => item.name)).toEqual(['SSE', 'RawStream']);
    expect(source.model.getMember('WebStreamClient', 'Send')).toBeUndefined();
    expect(source.model.getMember('WebStreamClient', 'Close')).toBeDefined();
    expect(Object.keys(source.docs.classes.WebStreamClient!.members)).not.toContain('Send');
    expect(source.history!.builds().at(-1)!.version).toBe('0.686.0.6860866');
    expect(source.provenance?.apiVersion).toBe('0.686.0.6860866');
    expect(source.dumpFile).toBe('api-dump/Full-API-Dump.json as of Roblox build 0.686.0.6860866');
  });

  it('at 0.696 and at the current build, Send is there', () => {
    expect(pinSource(input, '696').source.model.getMember('WebStreamClient', 'Send')).toBeDefined();
    expect(pinSource(input, '0.734.0.7340915').pinned.removed).toEqual([]);
  });

  it('before WebStreamClient existed, pinning fails with the build it arrived in', () => {
    const error = pinError(() => pinSource(input, '0.647'));
    expect(error.code).toBe('PIN_BEFORE_SLICE');
    expect(error.message).toContain('WebStreamClient did not exist at build 0.647.0.6470717');
    expect(error.message).toContain('0.686.0.6860866');
    expect(error.fix).toContain('0.686.0.6860866');
  });

  it('names unusable versions and builds older than the log', () => {
    expect(pinError(() => pinSource(input, 'latest')).code).toBe('PIN_BAD_VERSION');
    expect(pinError(() => pinSource(input, '0.500')).code).toBe('PIN_UNKNOWN_BUILD');
    expect(pinError(() => pinSource({ ...input, history: undefined }, '0.686')).code).toBe('PIN_NO_HISTORY');
  });
});

describe('pinSource with dated enum items and field changes', () => {
  it('drops an enum item added after the build (WebSocket at 696)', () => {
    const dated = withEvents('0.696.0.6960797', [{ action: 'Add', kind: 'EnumItem', parent: 'WebStreamClientType', name: 'WebSocket', impact: 'compatible' }]);
    const at686 = pinSource(dated, '0.686').source;
    expect(at686.model.getEnum('WebStreamClientType')!.items.map((item) => item.name)).toEqual(['SSE', 'RawStream']);
    expect(Object.keys(at686.docs.enums.WebStreamClientType!.items)).toEqual(['SSE', 'RawStream']);
    expect(pinSource(dated, '0.696').source.model.getEnum('WebStreamClientType')!.items).toHaveLength(3);
  });

  it('undoes a recorded field change and reports one recorded without values', () => {
    const changed = withEvents('0.735.0.7350001', [
      { action: 'Change', kind: 'Function', parent: 'WebStreamClient', name: 'Close', field: 'ThreadSafety', from: 'Safe', to: 'Unsafe', impact: 'compatible' },
      { action: 'Change', kind: 'Function', parent: 'WebStreamClient', name: 'Send', impact: 'compatible' },
    ]);
    const { source, pinned } = pinSource(changed, '0.734');
    const close = source.model.getMember('WebStreamClient', 'Close')!;
    expect(close.source.threadSafety).toBe('Safe');
    expect(pinned.notUndone.map((entry) => entry.reason)).toEqual(['the history records that WebStreamClient.Send changed in 0.735.0.7350001 but not how']);
  });

  it('refuses a build where a member would name a type that did not exist yet', () => {
    const dated = withEvents('0.696.0.6960797', [{ action: 'Add', kind: 'Enum', name: 'WebStreamClientState', impact: 'compatible' }]);
    const error = pinError(() => pinSource(dated, '0.686'));
    expect(error.code).toBe('PIN_DANGLING_TYPE');
    expect(error.message).toContain('WebStreamClient.ConnectionState names Enum WebStreamClientState');
  });
});

describe('resolveBuild', () => {
  it('takes the newest recorded build at or before the request, in any of the three forms', () => {
    expect(resolveBuild(builds, '686').version).toBe('0.686.0.6860866');
    expect(resolveBuild(builds, '0.690').version).toBe('0.686.0.6860866');
    expect(resolveBuild(builds, '0.696.0.6960797').version).toBe('0.696.0.6960797');
    expect(resolveBuild(builds, '0.999').version).toBe(builds.at(-1)!.version);
  });
});
