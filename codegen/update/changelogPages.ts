/**
 * The changelog `update` writes under `docs/changelog/`: one page per new API version
 * (`<version>.md`: the build's facts, the changes in our slice, the changes in the whole API,
 * the package bump) and the index (`README.md`) listing every recorded dump build, rebuilt from
 * the history log each time. Sentences come from the shared `changeSentence.hbs` (the same
 * wording as `diff` and `history show`). Pure: the caller says which pages exist.
 */
import { markdownText } from '../emit/escape/markdown.js';
import { changelogView, type ChangelogView } from '../diff/changelog.js';
import type { Change } from '../diff/types.js';
import type { HistoryFile } from '../history/fileFormat.js';
import type { BuildRef } from '../history/types.js';
import { createRenderer, loadTemplates, type Render } from '../templates/createRenderer.js';
import { bumpFor, type VersionBump } from './versionBump.js';

export const CHANGELOG_DIR = 'docs/changelog';
export const CHANGELOG_INDEX = `${CHANGELOG_DIR}/README.md`;

export const changelogPagePath = (version: string): string => `${CHANGELOG_DIR}/${version}.md`;

/** What one new build changed, as both the changelog page and the update summary report it. */
export interface BuildChanges {
  readonly build: BuildRef;
  /** The build compared with: the history's previous recorded dump; undefined for a baseline. */
  readonly previous?: BuildRef;
  readonly scope: readonly string[];
  /** The slice's changes; undefined for a baseline. */
  readonly sliceChanges?: readonly Change[];
  /** The whole dump's changes, or why they were not computed. */
  readonly whole: { readonly changes: readonly Change[] } | { readonly missing: string };
  readonly bump: VersionBump;
}

export interface ChangelogPageInput extends BuildChanges {
  readonly fullDumpSha256: string;
  /** The package version to release, or why there is none. */
  readonly nextVersion: string;
}

interface PageView {
  readonly header: string;
  readonly version: string;
  readonly guid: string;
  readonly date: string;
  readonly previous: string;
  readonly dumpSha256: string;
  readonly bump: VersionBump;
  readonly nextVersion: string;
  readonly scope: string;
  readonly baseline: boolean;
  readonly slice: ChangelogView | false;
  readonly whole: ChangelogView | false;
  readonly wholeMissing: string;
}

interface IndexRow {
  readonly version: string;
  readonly page: string;
  readonly guid: string;
  readonly date: string;
  readonly changes: string;
  readonly level: string;
}

interface IndexView {
  readonly header: string;
  readonly scope: string;
  readonly rows: readonly IndexRow[];
}

const PAGE_HEADER = '<!-- Written by `rbx-webstream update` when it recorded this build; review it with the rest of the update. -->\n\n';
const INDEX_HEADER = '<!-- Written by `rbx-webstream update` from api-dump/history.json; rewritten by each update. -->\n\n';

let templates: { page: Render<PageView>; index: Render<IndexView> } | undefined;

function compiled(): NonNullable<typeof templates> {
  if (templates === undefined) {
    const sources = loadTemplates(import.meta.url, ['changelogPage.hbs', 'changelogIndex.hbs', 'changeList.hbs', '../diff/changeSentence.hbs']);
    const renderer = createRenderer({ changeList: sources['changeList.hbs']!, changeSentence: sources['../diff/changeSentence.hbs']! });
    templates = {
      page: renderer.compile<PageView>('codegen/update/changelogPage.hbs', sources['changelogPage.hbs']!),
      index: renderer.compile<IndexView>('codegen/update/changelogIndex.hbs', sources['changelogIndex.hbs']!),
    };
  }
  return templates;
}

const dateOf = (build: BuildRef): string => build.date?.slice(0, 10) ?? 'unknown';

export function renderChangelogPage(input: ChangelogPageInput): string {
  const { build, previous } = input;
  const previousVersion = previous?.version ?? '';
  const view: PageView = {
    header: PAGE_HEADER,
    version: markdownText(build.version),
    guid: markdownText(build.guid ?? 'unknown'),
    date: markdownText(dateOf(build)),
    previous: markdownText(
      previous === undefined
        ? 'nothing (first recorded build)'
        : `${previous.version} (${previous.guid ?? 'GUID unknown'}, ${previous.date?.slice(0, 10) ?? 'date unknown'})`,
    ),
    dumpSha256: input.fullDumpSha256,
    bump: { ...input.bump, reason: markdownText(input.bump.reason) },
    nextVersion: markdownText(input.nextVersion),
    scope: markdownText(input.scope.join(', ')),
    baseline: input.sliceChanges === undefined,
    slice: input.sliceChanges === undefined ? false : changelogView(input.sliceChanges, previousVersion, build.version),
    whole: 'changes' in input.whole ? changelogView(input.whole.changes, previousVersion, build.version) : false,
    wholeMissing: 'missing' in input.whole ? markdownText(input.whole.missing) : '',
  };
  return compiled().page(view);
}

function changesCell(changes: readonly Change[] | undefined): string {
  if (changes === undefined) return 'baseline';
  const bump = bumpFor(changes);
  const total = bump.breaking + bump.compatible;
  if (total === 0) return 'no changes';
  return `${total} ${total === 1 ? 'change' : 'changes'}${bump.breaking > 0 ? ` (${bump.breaking} breaking)` : ''}`;
}

/** The index of every dump build in the history, newest first; `pages` are the versions that have a page. */
export function renderChangelogIndex(history: HistoryFile, pages: ReadonlySet<string>): string {
  const rows = history.builds
    .filter((build) => build.source !== 'public-record')
    .map((build): IndexRow => {
      const changes = build.source === 'baseline' ? undefined : build.changes;
      // The version also names the page file: the history schema allows only `0.734.0.7340915`.
      return {
        version: markdownText(build.version),
        page: pages.has(build.version) ? `${build.version}.md` : '',
        guid: markdownText(build.guid ?? 'unknown'),
        date: markdownText(dateOf(build)),
        changes: changesCell(changes),
        level: bumpFor(changes).level,
      };
    })
    .reverse();
  return compiled().index({ header: INDEX_HEADER, scope: markdownText(history.scope.join(', ')), rows });
}
