/**
 * The heart of `update`, without I/O: given the working tree's current texts and a new,
 * validated dump, decides whether there is anything to do and, if so, computes every new file —
 * the history log with the new build, the re-cut slice, the regenerated output, the changelog
 * page and index — plus the facts for the summary. Nothing is written here; `runUpdate` stages
 * and commits the result.
 */
import { diff } from '../diff/diff.js';
import { parseDump } from '../dump/parseDump.js';
import { detectDumpStyle, formatDumpJson, serializeDump } from '../dump/serializeDump.js';
import type { Dump } from '../dump/types.js';
import { EMITTERS } from '../generate/emitters.js';
import type { EmittedFile, Emitter } from '../generate/GenerateInput.js';
import { sha256Hex } from '../generate/computeProvenance.js';
import { createGenerateInput, type GenerateInputTexts } from '../generate/loadGenerateInput.js';
import { runEmitters } from '../generate/runEmitters.js';
import { addBuild } from '../history/addBuild.js';
import type { HistoryFile } from '../history/fileFormat.js';
import { formatHistoryFile } from '../history/historyFileIO.js';
import { sliceToScope } from '../slice/scopeSlice.js';
import type { BuildRef } from '../history/types.js';
import { CHANGELOG_INDEX, changelogPagePath, renderChangelogIndex, renderChangelogPage, type BuildChanges } from './changelogPages.js';
import type { FileChange } from '../fs/commitFiles.js';
import { bumpFor, nextPackageVersion } from './versionBump.js';

/** Where things live, relative to the root (forward slashes). */
export const API_DUMP_DIR = 'api-dump';
export const TREE = {
  dump: 'api-dump/Full-API-Dump.json',
  history: 'api-dump/history.json',
  generated: 'generated',
} as const;

export interface TreeTexts {
  readonly history: HistoryFile;
  /** The generator's inputs as they are now (api-dump/: the slice, docs, history, scenarios, ...). */
  readonly inputs: GenerateInputTexts;
  /** `version` of package.json, when there is one. */
  readonly packageVersion?: string;
  /** Versions that already have a changelog page. */
  readonly changelogPages: ReadonlySet<string>;
}

export interface NewBuild {
  readonly build: BuildRef;
  readonly dump: Dump;
  /** The full dump's text, for its hash. */
  readonly text: string;
}

/** The previous recorded build's full dump, or why there is none to compare with. */
export type PreviousFullDump = { readonly dump: Dump } | { readonly missing: string };

export interface UpdateFacts extends BuildChanges {
  readonly packageVersion?: string;
  readonly nextVersion?: string;
}

export type UpdatePlan =
  | { readonly kind: 'already-recorded'; readonly version: string }
  | {
      readonly kind: 'update';
      readonly facts: UpdateFacts;
      /** api-dump/ and docs/changelog/ files to write. */
      readonly files: readonly FileChange[];
      /** Everything the emitters produce, relative to generated/. */
      readonly generated: readonly EmittedFile[];
    };

function previousRecorded(history: HistoryFile): BuildRef | undefined {
  const version = history.snapshot?.version;
  return history.builds.find((build) => build.version === version);
}

export function nextVersionText(facts: Pick<UpdateFacts, 'nextVersion' | 'packageVersion'>): string {
  if (facts.nextVersion !== undefined) return `release as ${facts.nextVersion}`;
  return facts.packageVersion === undefined ? 'no package.json to bump' : `choose the version after ${facts.packageVersion} by hand (docs/package.md)`;
}

export function planUpdate(tree: TreeTexts, next: NewBuild, previousFull: PreviousFullDump, emitters: readonly Emitter[] = EMITTERS): UpdatePlan {
  const { history } = tree;
  const slice = sliceToScope(next.dump, history.scope);
  const outcome = addBuild({ history, historyFile: TREE.history, build: next.build, slice });
  if (outcome.kind === 'already-recorded') return { kind: 'already-recorded', version: next.build.version };

  const sliceText = formatDumpJson(serializeDump(slice), detectDumpStyle(tree.inputs.dumpText));
  parseDump(sliceText, TREE.dump);
  const historyText = formatHistoryFile(outcome.history);
  // Every input as it is now, except the two this update replaces.
  const { input } = createGenerateInput({ ...tree.inputs, dumpText: sliceText, dumpFile: TREE.dump, history: { text: historyText, file: TREE.history } });
  const generated = runEmitters(input, emitters);

  const previous = previousRecorded(history);
  const sliceChanges = outcome.kind === 'baseline' ? undefined : outcome.changes;
  const whole = 'dump' in previousFull ? { changes: diff(previousFull.dump, next.dump) } : { missing: previousFull.missing };
  const bump = bumpFor(sliceChanges);
  const nextVersion = tree.packageVersion === undefined ? undefined : nextPackageVersion(tree.packageVersion, next.build.version, bump.level);
  const changes: BuildChanges = {
    build: next.build,
    ...(previous === undefined ? {} : { previous }),
    scope: history.scope,
    ...(sliceChanges === undefined ? {} : { sliceChanges }),
    whole,
    bump,
  };
  const facts: UpdateFacts = {
    ...changes,
    ...(tree.packageVersion === undefined ? {} : { packageVersion: tree.packageVersion }),
    ...(nextVersion === undefined ? {} : { nextVersion }),
  };
  const page = renderChangelogPage({ ...changes, fullDumpSha256: sha256Hex(next.text), nextVersion: nextVersionText(facts) });
  const pages = new Set([...tree.changelogPages, next.build.version]);
  const files: FileChange[] = [
    { path: TREE.dump, contents: sliceText },
    { path: TREE.history, contents: historyText },
    { path: changelogPagePath(next.build.version), contents: page },
    { path: CHANGELOG_INDEX, contents: renderChangelogIndex(outcome.history, pages) },
  ];
  return { kind: 'update', facts, files, generated };
}
