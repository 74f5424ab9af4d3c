/**
 * The CLI's young-generation flag (codegen/cli/youngGeneration.ts) must still be one this V8
 * reads when it is set at run time: a fresh process that keeps ~10 MB of small objects alive runs
 * fewer scavenges with it than without. Plain `node -e` children (no TypeScript loader), as the
 * flag is all the module sets.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_FLAG } from '../../../codegen/cli/youngGeneration.js';

const script = (flag: string) => `
const v8 = require('node:v8');
const { PerformanceObserver, constants } = require('node:perf_hooks');
if (${JSON.stringify(flag)} !== '') v8.setFlagsFromString(${JSON.stringify(flag)});
let scavenges = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
});
observer.observe({ entryTypes: ['gc'] });
const kept = [];
for (let i = 0; i < 150000; i++) kept.push({ index: i, list: [i], text: 'x' + i });
setTimeout(() => { observer.disconnect(); console.log(scavenges, kept.length); }, 20);
`;

function scavenges(flag: string): number {
  const run = spawnSync(process.execPath, ['-e', script(flag)], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return Number(run.stdout.split(' ')[0]);
}

describe('YOUNG_GENERATION_FLAG', () => {
  it('cuts the scavenges of a process that keeps its allocations, as a dump load does', () => {
    const without = scavenges('');
    const withFlag = scavenges(YOUNG_GENERATION_FLAG);
    expect(withFlag).toBeGreaterThan(0);
    expect(withFlag).toBeLessThan(without);
  });
});
