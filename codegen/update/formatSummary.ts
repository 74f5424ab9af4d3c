/**
 * The text `update` prints on stdout when it recorded a new build: the build, the changes in
 * our slice (one line each, in the changelog's wording), the size of the whole-API change, the
 * package bump and the files it wrote (generated/ as counts), then what the maintainer does next.
 */
import { renderChangeSentence } from '../diff/changelog.js';
import type { BuildRef } from '../history/types.js';
import { nextVersionText, type UpdateFacts } from './planUpdate.js';

export interface WrittenFile {
  readonly path: string;
  readonly action: 'created' | 'updated' | 'removed';
}

/** Generated files are listed as counts: `git diff --stat generated/` shows them one by one. */
const GENERATED_PREFIX = 'generated/';

const buildText = (build: BuildRef): string => `${build.version} (${build.guid ?? 'GUID unknown'}, ${build.date?.slice(0, 10) ?? 'date unknown'})`;

function countText(breaking: number, compatible: number): string {
  const total = breaking + compatible;
  return `${total} ${total === 1 ? 'change' : 'changes'}: ${breaking} breaking, ${compatible} compatible`;
}

export function formatSummary(facts: UpdateFacts, written: readonly WrittenFile[]): string {
  const scope = facts.scope.join(', ');
  const lines = [
    `Recorded Roblox API ${buildText(facts.build)}${facts.previous === undefined ? ' as the first build of the history' : `; previous ${facts.previous.version}`}.`,
  ];
  if (facts.sliceChanges === undefined) {
    lines.push(`${scope} slice: baseline, nothing earlier to compare with.`);
  } else {
    const listed = facts.sliceChanges.filter((change) => !(change.action === 'Change' && change.field === 'Position'));
    lines.push(`${scope} slice: ${listed.length === 0 ? 'no changes' : countText(facts.bump.breaking, facts.bump.compatible)}.`);
    for (const change of listed) lines.push(`  ${renderChangeSentence(change)} — ${change.impact}`);
  }
  if ('changes' in facts.whole) {
    const listed = facts.whole.changes.filter((change) => !(change.action === 'Change' && change.field === 'Position'));
    const breaking = listed.filter((change) => change.impact === 'breaking').length;
    lines.push(`Whole API: ${listed.length === 0 ? 'no changes' : countText(breaking, listed.length - breaking)}.`);
  } else {
    lines.push(`Whole API: not compared (${facts.whole.missing}).`);
  }
  lines.push(`Package: ${facts.bump.level} (${facts.bump.reason}); ${nextVersionText(facts)}.`);
  const counts = (['created', 'updated', 'removed'] as const)
    .map((action) => [action, written.filter((file) => file.action === action).length] as const)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} ${action}`);
  lines.push(`Files: ${counts.join(', ')}.`);
  for (const file of written.filter((entry) => !entry.path.startsWith(GENERATED_PREFIX))) lines.push(`  ${file.action.padEnd(7)} ${file.path}`);
  for (const action of ['created', 'updated', 'removed'] as const) {
    const count = written.filter((entry) => entry.path.startsWith(GENERATED_PREFIX) && entry.action === action).length;
    if (count > 0) lines.push(`  ${action.padEnd(7)} ${count} ${count === 1 ? 'file' : 'files'} in ${GENERATED_PREFIX}`);
  }
  lines.push(
    `Next: review the changes (git diff), ${facts.nextVersion === undefined ? 'set the package version' : `set package.json to ${facts.nextVersion}`}, commit and publish (docs/package.md).`,
  );
  return `${lines.join('\n')}\n`;
}
