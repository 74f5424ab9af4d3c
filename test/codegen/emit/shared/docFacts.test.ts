import { describe, expect, it } from 'vitest';
import type { DumpClass, Member } from '../../../../codegen/dump/types.js';
import { buildModel } from '../../../../codegen/model/buildModel.js';
import { memberDocFacts } from '../../../../codegen/emit/shared/docFacts.js';
import { toJsDoc } from '../../../../codegen/emit/shared/toJsDoc.js';
import { fn, prop, t } from '../fixtures/dumpBuilders.js';
import { sliceSource } from '../fixtures/sliceSource.js';

const index = buildModel(sliceSource.dump, sliceSource.dumpFile);
const owner = (name: string) => index.getClass(name)?.source as DumpClass;
const member = (cls: string, name: string) => owner(cls).members.find((m) => m.name === name) as Member;

describe('memberDocFacts', () => {
  it('keeps read and write apart for a property: security and capabilities', () => {
    const facts = memberDocFacts(sliceSource, index, owner('WebStreamClient'), member('WebStreamClient', 'ConnectionState'));
    expect(facts.lines).toContain('Security: read None (any script); write None (any script).');
    expect(facts.lines).toContain('Capabilities: read Network; write Network.');
    expect(facts.lines).toContain('Thread safety: ReadSafe (safe to read from parallel Luau, but set it only from serial code).');
  });

  it('shows a split the dump makes even on a property with different halves', () => {
    const split = prop('Mixed', t.prim('int'), { security: { read: 'None', write: 'PluginSecurity' }, capabilities: { read: ['Network'], write: [] } });
    const facts = memberDocFacts(sliceSource, index, owner('WebStreamClient'), split);
    expect(facts.lines).toContain('Security: read None (any script); write PluginSecurity (plugins and the command bar).');
    expect(facts.lines).toContain('Capabilities: read Network; write none.');
  });

  it('never hands a one-level sentence to a pair whose write level is empty (remembered sentences)', () => {
    // Both sentences are remembered by read level; an empty write level once found the one-level sentence.
    const single = fn('Single', [], undefined, { security: { read: 'Odd', write: 'Odd' }, capabilities: { read: [''], write: [''] } });
    const pair = prop('Pair', t.prim('int'), { security: { read: 'Odd', write: '' }, capabilities: { read: [''], write: [] } });
    expect(memberDocFacts(sliceSource, index, owner('WebStreamClient'), single).lines).toEqual(
      expect.arrayContaining(['Security: Odd (Odd (no explanation yet)).', 'Capabilities: .']),
    );
    expect(memberDocFacts(sliceSource, index, owner('WebStreamClient'), pair).lines).toEqual(
      expect.arrayContaining(['Security: read Odd (Odd (no explanation yet)); write  ( (no explanation yet)).', 'Capabilities: read ; write none.']),
    );
  });

  it('dates the member with @since and lists later changes from the history log', () => {
    const text = toJsDoc(memberDocFacts(sliceSource, index, owner('HttpService'), member('HttpService', 'CreateWebStreamClient')));
    expect(text).toContain('@since 0.686.0.6860866');
    expect(text).toContain(
      'Changed in 696 (0.696.0.6960797, 2025-10-21): Capabilities of Function HttpService.CreateWebStreamClient changed from (none) to [Network].',
    );
  });

  it('names the replacement of a deprecated member as a link', () => {
    const facts = memberDocFacts(sliceSource, index, owner('Object'), member('Object', 'isA'));
    expect(facts.deprecated).toBe('Use {@link RBXObject.IsA} instead.');
  });

  it('writes @param with the TypeScript parameter names and links the reference section', () => {
    const text = toJsDoc(
      memberDocFacts(
        sliceSource,
        index,
        owner('WebStreamClient'),
        member('WebStreamClient', 'Opened'),
        new Map([
          ['responseStatusCode', 'responseStatusCode'],
          ['headers', 'headers'],
        ]),
      ),
    );
    expect(text).toContain('@param responseStatusCode HTTP status.');
    expect(text).toContain('@param headers Response headers as text.');
    expect(text.split('\n').at(-1)).toBe('@see [WebStreamClient.Opened reference](../reference/WebStreamClient.md#opened)');
  });

  it('works without docs or history (whole-API mode): metadata and link only', () => {
    const bare = { ...sliceSource, docs: undefined, history: undefined };
    const text = toJsDoc(memberDocFacts(bare, index, owner('WebStreamClient'), member('WebStreamClient', 'Send')));
    expect(text).toBe(
      [
        'Security: None (any script).',
        'Thread safety: Unsafe (only from serial (synchronized) code, not from parallel Luau).',
        'Capabilities: Network.',
        '@see [WebStreamClient.Send reference](../reference/WebStreamClient.md#send)',
      ].join('\n'),
    );
  });
});

describe('metadata sentences made once per value', () => {
  it('stay right for every combination, past the point where the remembered ones are dropped', () => {
    // More distinct levels than the sentence caches hold, each asked for as a property (both
    // halves) and as a function (one level when the halves agree), interleaved with repeats.
    const bare = { ...sliceSource, docs: undefined, history: undefined };
    const cls = owner('WebStreamClient');
    for (let i = 0; i < 1_500; i++) {
      const level = `Level${i % 1_200}`;
      const other = `Other${i % 7}`;
      const metadata = { security: { read: level, write: level }, threadSafety: `Thread${i % 1_100}`, tags: [`Tag${i}`] };
      const same = prop('P', t.prim('int'), metadata);
      const split = prop('Q', t.prim('int'), { security: { read: level, write: other } });
      const asProperty = memberDocFacts(bare, index, cls, same).lines;
      const asFunction = memberDocFacts(bare, index, cls, fn('F', [], undefined, metadata)).lines;
      expect(asProperty).toEqual([
        `Tag${i} (no explanation yet).`,
        `Security: read ${level} (${level} (no explanation yet)); write ${level} (${level} (no explanation yet)).`,
        `Thread safety: Thread${i % 1_100} (Thread${i % 1_100} (no explanation yet)).`,
      ]);
      expect(asFunction[1]).toBe(`Security: ${level} (${level} (no explanation yet)).`);
      expect(memberDocFacts(bare, index, cls, split).lines[0]).toBe(
        `Security: read ${level} (${level} (no explanation yet)); write ${other} (${other} (no explanation yet)).`,
      );
    }
  });
});
