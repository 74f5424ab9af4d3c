/** The package bump derived from the impact of the slice's changes, and the next version under the 0.<API minor>.<N> scheme. */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../codegen/diff/types.js';
import { bumpFor, nextPackageVersion } from '../../../codegen/update/versionBump.js';

const added: Change = { action: 'Add', kind: 'Function', parent: 'WebStreamClient', name: 'Ping', impact: 'compatible' };
const removed: Change = { action: 'Remove', kind: 'Event', parent: 'WebStreamClient', name: 'Closed', impact: 'breaking' };
const moved: Change = {
  action: 'Change',
  kind: 'Function',
  parent: 'WebStreamClient',
  name: 'Send',
  field: 'Position',
  from: null,
  to: 'Close',
  impact: 'compatible',
};

describe('bumpFor', () => {
  it('is major when any change in the slice is breaking', () => {
    expect(bumpFor([added, removed])).toMatchObject({ level: 'major', breaking: 1, compatible: 1 });
  });

  it('is minor for compatible changes only', () => {
    expect(bumpFor([added])).toEqual({ level: 'minor', breaking: 0, compatible: 1, reason: '1 compatible change in the slice, none breaking' });
  });

  it('is patch when the slice did not change, moves in dump order aside', () => {
    expect(bumpFor([])).toMatchObject({ level: 'patch', reason: 'no change in the slice' });
    expect(bumpFor([moved]).level).toBe('patch');
  });

  it('is major for a baseline, which has nothing to compare with', () => {
    expect(bumpFor(undefined)).toMatchObject({ level: 'major', reason: 'first recorded build: nothing to compare with' });
  });
});

describe('nextPackageVersion', () => {
  it('stays on the current line for a patch', () => {
    expect(nextPackageVersion('0.734.0', '0.735.0.7350812', 'patch')).toBe('0.734.1');
    expect(nextPackageVersion('0.734.4', '0.738.0.7380001', 'patch')).toBe('0.734.5');
  });

  it('opens the line named after the new API version for a minor or major bump', () => {
    expect(nextPackageVersion('0.734.2', '0.735.0.7350812', 'minor')).toBe('0.735.0');
    expect(nextPackageVersion('0.734.2', '0.736.0.7360100', 'major')).toBe('0.736.0');
  });

  it('leaves the choice to a person when the API minor did not move or the version is off-scheme', () => {
    expect(nextPackageVersion('0.734.1', '0.734.1.7341002', 'major')).toBeUndefined();
    expect(nextPackageVersion('1.2.3', '0.735.0.7350812', 'patch')).toBeUndefined();
  });
});
