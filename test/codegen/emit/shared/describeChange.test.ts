import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../codegen/diff/types.js';
import { describeChange, formatChangeValue } from '../../../../codegen/emit/shared/describeChange.js';

describe('describeChange', () => {
  it.each<[Change, string]>([
    [{ action: 'Add', kind: 'Class', name: 'WebStreamClient', impact: 'compatible' }, 'Class WebStreamClient added'],
    [{ action: 'Add', kind: 'Function', parent: 'WebStreamClient', name: 'Send', impact: 'compatible' }, 'Function WebStreamClient.Send added'],
    [{ action: 'Remove', kind: 'EnumItem', parent: 'WebStreamClientType', name: 'Old', impact: 'breaking' }, 'EnumItem WebStreamClientType.Old removed'],
    [
      { action: 'Change', kind: 'Function', parent: 'HttpService', name: 'CreateWebStreamClient', field: 'Security', from: 'RobloxScriptSecurity', to: 'None', impact: 'compatible' },
      'Security of Function HttpService.CreateWebStreamClient changed from RobloxScriptSecurity to None',
    ],
    [
      { action: 'Change', kind: 'Property', parent: 'WebStreamClient', name: 'ConnectionState', field: 'Tags', from: ['ReadOnly'], to: ['ReadOnly', 'NotReplicated'], impact: 'compatible' },
      'Tags of Property WebStreamClient.ConnectionState changed from [ReadOnly] to [ReadOnly, NotReplicated]',
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
