import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../codegen/diff/types.js';
import { describeChange, formatChangeValue } from '../../../../codegen/emit/shared/describeChange.js';

describe('describeChange', () => {
  it.each<[Change, string]>([
    [{ action: 'Add', kind: 'Class', name: 'WebStreamClient', impact: 'compatible' }, 'Class WebStreamClient added'],
    [{ action: 'Add', kind: 'Function', parent: 'WebStreamClient', name: 'Send', impact: 'compatible' }, 'Function WebStreamClient.Send added'],
    [{ action: 'Remove', kind: 'EnumItem', parent: 'WebStreamClientType', name: 'Old', impact: 'breaking' }, 'EnumItem WebStreamClientType.Old removed'],
    [
      {
        action: 'Change',
        kind: 'Function',
        parent: 'HttpService',
        name: 'CreateWebStreamClient',
        field: 'Security',
        from: 'RobloxScriptSecurity',
        to: 'None',
        impact: 'compatible',
      },
      'Security of Function HttpService.CreateWebStreamClient changed from RobloxScriptSecurity to None',
    ],
    [
      {
        action: 'Change',
        kind: 'Property',
        parent: 'WebStreamClient',
        name: 'ConnectionState',
        field: 'Tags',
        from: ['ReadOnly'],
        to: ['ReadOnly', 'NotReplicated'],
        impact: 'compatible',
      },
      'Tags of Property WebStreamClient.ConnectionState changed from [ReadOnly] to [ReadOnly, NotReplicated]',
    ],
    [{ action: 'Change', kind: 'Function', parent: 'Object', name: 'isA', impact: 'compatible' }, 'Function Object.isA changed (the record does not say how)'],
    [{ action: 'Change', kind: 'Function', parent: 'Object', name: 'isA', field: 'Tags', impact: 'compatible' }, 'Tags of Function Object.isA changed'],
    [
      { action: 'Change', kind: 'Property', parent: 'X', name: 'Y', field: 'Default', from: undefined, to: '1', impact: 'compatible' },
      'Default of Property X.Y changed from nothing to 1',
    ],
  ])('%j', (change, expected) => {
    expect(describeChange(change)).toBe(expected);
  });

  it.each([
    [undefined, 'nothing'],
    ['', '(empty)'],
    [[], '(none)'],
    [3, '3'],
    [{ Read: 'None', Write: 'None' }, '{"Read":"None","Write":"None"}'],
  ])('formats %j as %j', (value, expected) => {
    expect(formatChangeValue(value)).toBe(expected);
  });
});
