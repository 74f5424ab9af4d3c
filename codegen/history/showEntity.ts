/**
 * `history show <Entity>`: finds an entity by its dotted name (`WebStreamClient`,
 * `WebStreamClient.Send`, `WebStreamClientState.Open`) and lists its events, as text (rendered
 * with `historyShow.hbs` and the changelog's sentence partial) or as JSON.
 */
import { terminalText } from '../emit/escape/terminal.js';
import type { EntityKind } from '../diff/types.js';
import type { BuildRef, EntityRef, HistoryEvent, HistoryQuery } from './types.js';
import type { HistoryFile } from './fileFormat.js';
import { versionLabel } from './types.js';
import { HistoryError } from './errors.js';
import { changeSentence, type ChangeSentence } from '../diff/changelog.js';
import { createRenderer, loadTemplates, type Render } from '../templates/createRenderer.js';

export interface ShowResult {
  readonly entity: EntityRef;
  readonly since?: BuildRef;
  /** The entity's own events, oldest first. */
  readonly events: readonly HistoryEvent[];
  /** For a class: its events plus its members', oldest first. */
  readonly classEvents?: readonly HistoryEvent[];
  /** In the latest recorded slice. */
  readonly present: boolean;
}

type RawRecord = Record<string, unknown>;

function rawList(value: unknown, key: string): RawRecord[] {
  const list = typeof value === 'object' && value !== null ? (value as RawRecord)[key] : undefined;
  return Array.isArray(list) ? (list as RawRecord[]) : [];
}

/** Resolves a dotted name against the log's events and its snapshot. */
export function resolveEntity(history: HistoryFile, name: string, file: string): { entity: EntityRef; present: boolean } {
  const dot = name.indexOf('.');
  const parent = dot < 0 ? undefined : name.slice(0, dot);
  const own = dot < 0 ? name : name.slice(dot + 1);
  const snapshotClasses = rawList(history.snapshot?.dump, 'Classes');
  const snapshotEnums = rawList(history.snapshot?.dump, 'Enums');
  let kind: EntityKind | undefined;
  let present = false;
  if (parent === undefined) {
    if (snapshotClasses.some((cls) => cls.Name === own)) [kind, present] = ['Class', true];
    else if (snapshotEnums.some((enumeration) => enumeration.Name === own)) [kind, present] = ['Enum', true];
  } else {
    const member = rawList(snapshotClasses.find((cls) => cls.Name === parent), 'Members').find((m) => m.Name === own);
    const item = rawList(snapshotEnums.find((enumeration) => enumeration.Name === parent), 'Items').find((i) => i.Name === own);
    if (member !== undefined) [kind, present] = [member.MemberType as EntityKind, true];
    else if (item !== undefined) [kind, present] = ['EnumItem', true];
  }
  if (kind === undefined) {
    const match = history.builds
      .flatMap((build) => build.changes)
      .filter((change) => change.name === own && change.parent === parent)
      .at(-1);
    kind = match?.kind;
  }
  if (kind === undefined) {
    throw new HistoryError(
      'HISTORY_UNKNOWN_ENTITY',
      file,
      '',
      `${name} is neither in the recorded ${history.scope.join(', ')} slice nor in any event of the log`,
      'Name a class or enum (`WebStreamClient`), a member (`WebStreamClient.Send`) or an enum item (`WebStreamClientState.Open`).',
    );
  }
  return { entity: parent === undefined ? { kind, name: own } : { kind, parent, name: own }, present };
}

export function showEntity(history: HistoryFile, query: HistoryQuery, name: string, file: string): ShowResult {
  const { entity, present } = resolveEntity(history, name, file);
  const since = query.since(entity);
  return {
    entity,
    ...(since === undefined ? {} : { since }),
    events: query.changes(entity),
    ...(entity.kind === 'Class' ? { classEvents: query.classChanges(entity.name) } : {}),
    present,
  };
}

interface EventLine {
  readonly label: string;
  readonly version: string;
  readonly date: string;
  readonly sentence: ChangeSentence;
  readonly note: string;
}

interface ShowView {
  readonly heading: string;
  readonly since: string;
  readonly events: readonly EventLine[];
  readonly noEvents: string;
  readonly isClass: boolean;
  readonly ownCount: number;
  readonly inclusiveCount: number;
  readonly listsMembers: boolean;
}

function buildText(build: BuildRef): string {
  const date = build.date?.slice(0, 10);
  return `${versionLabel(build.version)} (${build.version}${date === undefined ? '' : `, ${date}`})`;
}

function eventLine(event: HistoryEvent, sourceOf: ReadonlyMap<string, string>): EventLine {
  const source = sourceOf.get(event.build.version);
  return {
    label: terminalText(versionLabel(event.build.version)),
    version: terminalText(event.build.version),
    date: terminalText(event.build.date?.slice(0, 10) ?? 'date unknown'),
    sentence: changeSentence(event.change, terminalText),
    note: source === 'public-record' ? 'public record' : '',
  };
}

export function showView(result: ShowResult, history: HistoryFile, withMembers: boolean): ShowView {
  const { entity } = result;
  const sourceOf = new Map(history.builds.map((build) => [build.version, build.source]));
  const listed = withMembers && result.classEvents !== undefined ? result.classEvents : result.events;
  const baseline = history.builds.find((build) => build.source === 'baseline');
  return {
    heading: terminalText(`${entity.kind} ${entity.parent === undefined ? '' : `${entity.parent}.`}${entity.name}`),
    since: result.since === undefined ? '' : terminalText(buildText(result.since)),
    events: listed.map((event) => eventLine(event, sourceOf)),
    noEvents:
      result.present && baseline !== undefined
        ? `No recorded events: present since the baseline ${terminalText(buildText(baseline))}, with no earlier public record.`
        : 'No recorded events.',
    isClass: result.classEvents !== undefined,
    ownCount: result.events.length,
    inclusiveCount: result.classEvents?.length ?? 0,
    listsMembers: withMembers,
  };
}

let template: Render<ShowView> | undefined;

export function renderShowText(result: ShowResult, history: HistoryFile, withMembers: boolean): string {
  if (template === undefined) {
    const sources = loadTemplates(import.meta.url, ['historyShow.hbs', '../diff/changeSentence.hbs']);
    template = createRenderer({ changeSentence: sources['../diff/changeSentence.hbs']! }).compile<ShowView>('codegen/history/historyShow.hbs', sources['historyShow.hbs']!);
  }
  return template(showView(result, history, withMembers));
}
