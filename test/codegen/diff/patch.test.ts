/**
 * patch refuses, with a PatchError naming the change, any diff that does not apply.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../codegen/diff/types.js';
import type { Dump } from '../../../codegen/dump/types.js';
import { patch } from '../../../codegen/diff/patch.js';
import { PatchError } from '../../../codegen/diff/errors.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';

const base: Dump = parseDump(
  JSON.stringify({
    Classes: [
      {
        Members: [{ MemberType: 'Event', Name: 'Closed', Parameters: [], Security: 'None', ThreadSafety: 'Unsafe' }],
        MemoryCategory: 'Instances',
        Name: 'WebStreamClient',
        Superclass: '<<<ROOT>>>',
      },
    ],
    Enums: [],
    Version: 1,
  }),
  'base.json',
).dump;

const refusal = (changes: Change[]): PatchError => {
  try {
    patch(base, changes);
  } catch (error) {
    if (error instanceof PatchError) return error;
    throw error;
  }
  throw new Error('patch applied a diff it should refuse');
};

describe('patch refuses a diff that does not apply', () => {
  it('when an added entity already exists', () => {
    const error = refusal([
      {
        action: 'Add',
        kind: 'Class',
        name: 'WebStreamClient',
        to: { MemoryCategory: 'Instances', Name: 'WebStreamClient', Superclass: '<<<ROOT>>>' },
        after: null,
        impact: 'compatible',
      },
    ]);
    expect(error.code).toBe('PATCH_CONFLICT');
    expect(error.message).toContain('Change #0 (Add Class WebStreamClient) does not apply: Class WebStreamClient already exists.');
  });

  it('when a removed entity is missing, naming the change by its index', () => {
    const ok: Change = {
      action: 'Change',
      kind: 'Event',
      parent: 'WebStreamClient',
      name: 'Closed',
      field: 'ThreadSafety',
      from: 'Unsafe',
      to: 'Safe',
      impact: 'compatible',
    };
    const error = refusal([ok, { action: 'Remove', kind: 'Function', parent: 'WebStreamClient', name: 'Send', impact: 'breaking' }]);
    expect(error.changeIndex).toBe(1);
    expect(error.message).toContain('there is no Function WebStreamClient.Send');
  });

  it('when a field does not hold the change’s `from`', () => {
    const error = refusal([
      {
        action: 'Change',
        kind: 'Event',
        parent: 'WebStreamClient',
        name: 'Closed',
        field: 'Security',
        from: 'RobloxSecurity',
        to: 'None',
        impact: 'compatible',
      },
    ]);
    expect(error.message).toContain('Security is "None", expected "RobloxSecurity"');
  });

  it('when a member is named with the wrong kind', () => {
    expect(refusal([{ action: 'Remove', kind: 'Function', parent: 'WebStreamClient', name: 'Closed', impact: 'breaking' }]).message).toContain(
      'is a Event, not a Function',
    );
  });

  it('when an added entity should follow a sibling that is not there', () => {
    const to = { MemberType: 'Event', Name: 'Opened', Parameters: [], Security: 'None', ThreadSafety: 'Unsafe' };
    expect(refusal([{ action: 'Add', kind: 'Event', parent: 'WebStreamClient', name: 'Opened', to, after: 'Error', impact: 'compatible' }]).message).toContain(
      'the sibling "Error" it should follow does not exist',
    );
  });

  it('when a change has no field, as public-record events do', () => {
    expect(refusal([{ action: 'Change', kind: 'Event', parent: 'WebStreamClient', name: 'Closed', impact: 'compatible' }]).message).toContain(
      'cannot be applied',
    );
  });

  it('when a value it brings is not valid, naming that change', () => {
    const error = refusal([
      { action: 'Change', kind: 'Event', parent: 'WebStreamClient', name: 'Closed', field: 'Parameters', from: [], to: [{ Name: 'x' }], impact: 'breaking' },
    ]);
    expect(error.changeIndex).toBe(0);
    expect(error.message).toMatch(/Change #0 \(Change Event WebStreamClient\.Closed\) does not apply: the value it brings is not valid: .*Parameters\[0\]/);
  });

  it('and leaves the input dump untouched', () => {
    const before = JSON.stringify(base);
    refusal([
      { action: 'Change', kind: 'Event', parent: 'WebStreamClient', name: 'Closed', field: 'ThreadSafety', from: 'Unsafe', to: 'Safe', impact: 'compatible' },
      { action: 'Remove', kind: 'Class', name: 'Nope', impact: 'breaking' },
    ]);
    expect(JSON.stringify(base)).toBe(before);
  });
});
