/**
 * The impact rules: each documented, each deciding the cases it is named for, and none of the
 * changes diff produces falling through to the "unclassified" safety net.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMPACT_RULES,
  SECURITY_ORDER,
  THREAD_SAFETY_ORDER,
  classifyImpact,
  impactRuleFor,
  type UnclassifiedChange,
} from '../../../codegen/diff/impactRules.js';
import { KNOWN_SECURITY_LEVELS, KNOWN_THREAD_SAFETY } from '../../../codegen/dump/knownValues.js';
import { diff } from '../../../codegen/diff/diff.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { rawDumpPair } from '../../helpers/rawDumpArbitraries.js';

const change = (field: string, from: unknown, to: unknown, kind: UnclassifiedChange['kind'] = 'Function'): UnclassifiedChange => ({
  action: 'Change',
  kind,
  parent: 'C',
  name: 'M',
  field,
  ...(from === undefined ? {} : { from }),
  ...(to === undefined ? {} : { to }),
});
const param = (name: string, type: string, fallback?: string) => ({
  ...(fallback === undefined ? {} : { Default: fallback }),
  Name: name,
  Type: { Category: 'Primitive', Name: type },
});

describe('impact rules', () => {
  it("read the orders of security and thread safety from the parser's known values, not from copies", () => {
    expect(SECURITY_ORDER).toBe(KNOWN_SECURITY_LEVELS);
    expect(THREAD_SAFETY_ORDER).toBe(KNOWN_THREAD_SAFETY);
  });

  it('are all documented in docs/diff-impact.md under their name', () => {
    const doc = readFileSync(new URL('../../../docs/diff-impact.md', import.meta.url), 'utf8');
    for (const rule of IMPACT_RULES) expect(doc).toContain(`### \`${rule.name}\``);
  });

  it('call additions compatible and removals breaking', () => {
    expect(classifyImpact({ action: 'Add', kind: 'Class', name: 'X' })).toBe('compatible');
    expect(classifyImpact({ action: 'Remove', kind: 'EnumItem', parent: 'E', name: 'X' })).toBe('breaking');
  });

  it('call loosened security compatible and tightened or unknown security breaking', () => {
    expect(impactRuleFor(change('Security', 'RobloxSecurity', 'None')).name).toBe('security-loosened');
    expect(classifyImpact(change('Security.Write', 'PluginSecurity', 'None', 'Property'))).toBe('compatible');
    expect(classifyImpact(change('Security', 'None', 'RobloxScriptSecurity'))).toBe('breaking');
    expect(classifyImpact(change('Security.Read', 'None', 'SomeFutureSecurity', 'Property'))).toBe('breaking');
  });

  it('call wider thread safety compatible and narrower breaking', () => {
    expect(classifyImpact(change('ThreadSafety', 'Unsafe', 'Safe'))).toBe('compatible');
    expect(classifyImpact(change('ThreadSafety', 'Safe', 'ReadSafe'))).toBe('breaking');
  });

  it('call fewer capabilities compatible and a new required capability breaking', () => {
    expect(classifyImpact(change('Capabilities', ['Network', 'UI'], ['Network']))).toBe('compatible');
    expect(classifyImpact(change('Capabilities', ['Network'], undefined))).toBe('compatible');
    expect(classifyImpact(change('Capabilities', undefined, ['Network']))).toBe('breaking');
    expect(classifyImpact(change('Capabilities.Write', [], ['UI'], 'Property'))).toBe('breaking');
  });

  it('judge parameter lists by what old calls and listeners still do', () => {
    const one = [param('a', 'int')];
    expect(classifyImpact(change('Parameters', one, [param('a', 'int'), param('b', 'bool', 'false')]))).toBe('compatible');
    expect(classifyImpact(change('Parameters', one, [param('renamed', 'int')]))).toBe('compatible');
    expect(classifyImpact(change('Parameters', one, [param('a', 'int'), param('b', 'bool')]))).toBe('breaking');
    expect(classifyImpact(change('Parameters', one, [param('a', 'int'), param('b', 'bool')], 'Event'))).toBe('compatible');
    expect(classifyImpact(change('Parameters', one, [param('a', 'string')], 'Event'))).toBe('breaking');
    expect(classifyImpact(change('Parameters', [param('a', 'int', '1')], [param('a', 'int')]))).toBe('breaking');
    expect(classifyImpact(change('Parameters', one, []))).toBe('breaking');
  });

  it('call restricting tags breaking when added, Service breaking when removed, others compatible', () => {
    expect(classifyImpact(change('Tags', undefined, 'ReadOnly', 'Property'))).toBe('breaking');
    expect(classifyImpact(change('Tags', undefined, 'Deprecated'))).toBe('compatible');
    expect(classifyImpact(change('Tags', 'ReadOnly', undefined, 'Property'))).toBe('compatible');
    expect(classifyImpact({ action: 'Change', kind: 'Class', name: 'S', field: 'Tags', from: 'Service' })).toBe('breaking');
  });

  it('call retypes, new superclasses and new enum values breaking', () => {
    expect(classifyImpact(change('ValueType', { Category: 'Primitive', Name: 'int' }, { Category: 'Primitive', Name: 'int?' }, 'Property'))).toBe('breaking');
    expect(classifyImpact(change('ReturnType', { Category: 'Primitive', Name: 'int' }, { Category: 'Primitive', Name: 'bool' }))).toBe('breaking');
    expect(classifyImpact({ action: 'Change', kind: 'Class', name: 'X', field: 'Superclass', from: 'A', to: 'B' })).toBe('breaking');
    expect(classifyImpact(change('Value', 1, 2, 'EnumItem'))).toBe('breaking');
    expect(classifyImpact(change('LegacyNames', ['Old'], ['Old', 'Older'], 'EnumItem'))).toBe('compatible');
    expect(classifyImpact(change('LegacyNames', ['Old'], undefined, 'EnumItem'))).toBe('breaking');
  });

  it('call metadata, moves and unknown fields compatible', () => {
    for (const field of [
      'Category',
      'Default',
      'Serialization',
      'MemoryCategory',
      'TagOrder',
      'Position',
      'PreferredDescriptor',
      'SimulationAccess',
      'SomeFutureField',
    ]) {
      expect(classifyImpact(change(field, 'a', 'b'))).toBe('compatible');
    }
    expect(impactRuleFor(change('SomeFutureField', 1, 2)).name).toBe('unknown-field');
    expect(impactRuleFor({ action: 'Change', kind: 'Function', parent: 'Object', name: 'isA' }).name).toBe('unrecorded-change');
  });

  it('cover every change diff produces without the unclassified safety net', () => {
    fc.assert(
      fc.property(rawDumpPair, ([a, b]) => {
        const changes = diff(parseDump(JSON.stringify(a), 'a').dump, parseDump(JSON.stringify(b), 'b').dump);
        for (const c of changes) expect(impactRuleFor(c).name).not.toBe('unclassified');
      }),
      { numRuns: 200 },
    );
  });
});
