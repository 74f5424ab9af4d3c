/**
 * The Markdown changelog of `diff --format markdown`: changes grouped by class and enum, one
 * sentence per change in the public trackers' wording ("Added Function C.F (a: T) -> R",
 * "Changed the security of Property C.P from RobloxSecurity to None"), each with its impact.
 *
 * `changelogView` (pure) turns changes into a view model; the sentences themselves live in
 * `changeSentence.hbs` (shared with `history show`) and the layout in `changelog.hbs`.
 *
 * Names, tags and values are dump text: the view models hold them already escaped for where they
 * are printed (`markdownText` for the changelog, `terminalText` for sentences on a terminal),
 * since the sentence template is shared by both.
 */
import type { Change } from './types.js';
import type { Render } from '../templates/createRenderer.js';
import { createPrecompiledRenderer } from '../templates/precompiledRenderer.js';
import { addedDetail, fieldLabel, fieldValueText } from './describeValue.js';
import { markdownText } from '../emit/escape/markdown.js';
import { terminalText } from '../emit/escape/terminal.js';
import * as precompiled from './precompiledTemplates.js';

/** Makes one piece of dump text safe where the sentence is printed. */
export type TextEscaper = (text: string) => string;

/** One change as a sentence's ingredients; every field is always present (strict templates). */
export interface ChangeSentence {
  readonly form: 'added' | 'removed' | 'tagAdded' | 'tagRemoved' | 'changed' | 'moved' | 'unrecorded';
  readonly kind: string;
  readonly path: string;
  readonly detail: string;
  readonly tag: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly impact: string;
}

export interface ChangelogGroup {
  readonly heading: string;
  readonly lines: readonly ChangeSentence[];
}

export interface ChangelogView {
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly total: number;
  readonly breaking: number;
  readonly compatible: number;
  /** Position-only changes: kept in JSON for exact patching, not listed as prose. */
  readonly moved: number;
  readonly empty: boolean;
  readonly groups: readonly ChangelogGroup[];
}

/** A fragment that follows other text (` (a: T) -> R`): its leading space stays a plain space. */
function escapeAfterSpace(escape: TextEscaper, text: string): string {
  const space = /^\s*/.exec(text)![0];
  return `${space}${escape(text.slice(space.length))}`;
}

export function changeSentence(change: Change, escape: TextEscaper): ChangeSentence {
  const path = escape(change.parent === undefined ? change.name : `${change.parent}.${change.name}`);
  const base = { kind: escape(change.kind), path, detail: '', tag: '', label: '', from: '', to: '', impact: escape(change.impact) };
  if (change.action === 'Add') return { ...base, form: 'added', detail: escapeAfterSpace(escape, addedDetail(change.kind, change.to)) };
  if (change.action === 'Remove') return { ...base, form: 'removed' };
  const field = change.field;
  if (field === undefined) return { ...base, form: 'unrecorded' };
  if (field === 'Position') return { ...base, form: 'moved' };
  if (field === 'Tags') {
    return change.to !== undefined
      ? { ...base, form: 'tagAdded', tag: escape(String(change.to)) }
      : { ...base, form: 'tagRemoved', tag: escape(String(change.from)) };
  }
  return {
    ...base,
    form: 'changed',
    label: escape(fieldLabel(field)),
    from: escape(fieldValueText(field, change.from)),
    to: escape(fieldValueText(field, change.to)),
  };
}

function groupHeading(change: Change): string {
  if (change.kind === 'Class' || change.kind === 'Enum') return `${change.kind} ${change.name}`;
  return `${change.kind === 'EnumItem' ? 'Enum' : 'Class'} ${change.parent ?? ''}`;
}

/** The changelog view with every piece of dump text escaped as Markdown text. */

export function changelogView(changes: readonly Change[], oldLabel: string, newLabel: string): ChangelogView {
  const groups = new Map<string, ChangeSentence[]>();
  let moved = 0;
  let breaking = 0;
  for (const change of changes) {
    if (change.action === 'Change' && change.field === 'Position') {
      moved++;
      continue;
    }
    if (change.impact === 'breaking') breaking++;
    const heading = groupHeading(change);
    const lines = groups.get(heading) ?? [];
    lines.push(changeSentence(change, markdownText));
    groups.set(heading, lines);
  }
  const total = changes.length - moved;
  return {
    oldLabel: markdownText(oldLabel),
    newLabel: markdownText(newLabel),
    total,
    breaking,
    compatible: total - breaking,
    moved,
    empty: total === 0,
    groups: [...groups].map(([heading, lines]) => ({ heading: markdownText(heading), lines })),
  };
}

let compiled: { changelog: Render<ChangelogView>; sentence: Render<ChangeSentence> } | undefined;

/**
 * The templates, compiled ahead of time (`npm run compile:templates`, into
 * `precompiledTemplates.ts`) and rendered on Handlebars' runtime alone: its compiler is not
 * loaded. Made at the first render, as `diff --format json` renders nothing.
 */
function templates(): NonNullable<typeof compiled> {
  if (compiled === undefined) {
    const renderer = createPrecompiledRenderer({ changeSentence: precompiled.changeSentence });
    compiled = {
      changelog: renderer.template<ChangelogView>('codegen/diff/changelog.hbs', precompiled.changelog),
      sentence: renderer.template<ChangeSentence>('codegen/diff/changeSentence.hbs', precompiled.changeSentence),
    };
  }
  return compiled;
}

/** Renders the Markdown changelog for the changes between two labelled dumps. */
export function renderChangelog(changes: readonly Change[], oldLabel: string, newLabel: string): string {
  return templates().changelog(changelogView(changes, oldLabel, newLabel));
}

/**
 * One change as a sentence without the impact, e.g. `Added Property
 * WebStreamClient.ConnectionState: WebStreamClientState`, for a terminal (dump text escaped with
 * `terminalText`).
 */
export function renderChangeSentence(change: Change): string {
  return templates().sentence(changeSentence(change, terminalText));
}
