/**
 * `history show <Entity>`: finds an entity by its dotted name (`WebStreamClient`,
 * `WebStreamClient.Send`, `WebStreamClientState.Open`, also spelt `Enum.WebStreamClientState.Open`
 * as the reference pages write enums) and lists its events, as text (rendered with
 * `historyShow.hbs` and the changelog's sentence partial) or as JSON. An unknown name is answered
 * with the closest known one.
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

/** Every dotted name the log knows: the snapshot's classes, members, enums and items, and every event's entity. */
function knownNames(history: HistoryFile): string[] {
  const names = new Set<string>();
  for (const cls of rawList(history.snapshot?.dump, 'Classes')) {
    names.add(String(cls.Name));
    for (const member of rawList(cls, 'Members')) names.add(`${String(cls.Name)}.${String(member.Name)}`);
  }
  for (const enumeration of rawList(history.snapshot?.dump, 'Enums')) {
    names.add(String(enumeration.Name));
    for (const item of rawList(enumeration, 'Items')) names.add(`${String(enumeration.Name)}.${String(item.Name)}`);
  }
  for (const change of history.builds.flatMap((build) => build.changes))
    names.add(change.parent === undefined ? change.name : `${change.parent}.${change.name}`);
  return [...names];
}

/** Levenshtein distance, case-insensitive (two rows; names are short). */
function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** The known name closest to `name`, if one is close enough to be a likely typo (or differs only in case). */
export function closestName(history: HistoryFile, name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of knownNames(history)) {
    const distance = editDistance(name, candidate);
    if (best === undefined || distance < best.distance || (distance === best.distance && candidate < best.name)) best = { name: candidate, distance };
  }
  const limit = Math.max(2, Math.floor(name.length / 3));
  return best !== undefined && best.distance <= limit ? best.name : undefined;
}

function locate(history: HistoryFile, name: string): { entity: EntityRef; present: boolean } | undefined {
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
    const member = rawList(
      snapshotClasses.find((cls) => cls.Name === parent),
      'Members',
    ).find((m) => m.Name === own);
    const item = rawList(
      snapshotEnums.find((enumeration) => enumeration.Name === parent),
      'Items',
    ).find((i) => i.Name === own);
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
  if (kind === undefined) return undefined;
  return { entity: parent === undefined ? { kind, name: own } : { kind, parent, name: own }, present };
}

const ENUM_PREFIX = 'Enum.';

/** Resolves a dotted name against the log's events and its snapshot. */
export function resolveEntity(history: HistoryFile, name: string, file: string): { entity: EntityRef; present: boolean } {
  const found = locate(history, name) ?? (name.startsWith(ENUM_PREFIX) ? locate(history, name.slice(ENUM_PREFIX.length)) : undefined);
  if (found !== undefined && (found.entity.kind === 'Enum' || found.entity.kind === 'EnumItem' || !name.startsWith(ENUM_PREFIX))) return found;
  const bare = name.startsWith(ENUM_PREFIX) ? name.slice(ENUM_PREFIX.length) : name;
  const suggestion = closestName(history, bare);
  throw new HistoryError(
    'HISTORY_UNKNOWN_ENTITY',
    file,
    '',
    `${name} is neither in the recorded ${history.scope.join(', ')} slice nor in any event of the log`,
    suggestion !== undefined
      ? `Did you mean ${suggestion}? Name a class or enum (\`WebStreamClient\`), a member (\`WebStreamClient.Send\`) or an enum item (\`WebStreamClientState.Open\`, or \`Enum.WebStreamClientState.Open\`).`
      : 'Name a class or enum (`WebStreamClient`), a member (`WebStreamClient.Send`) or an enum item (`WebStreamClientState.Open`, or `Enum.WebStreamClientState.Open`).',
  );
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
    template = createRenderer({ changeSentence: sources['../diff/changeSentence.hbs']! }).compile<ShowView>(
      'codegen/history/historyShow.hbs',
      sources['historyShow.hbs']!,
    );
  }
  return template(showView(result, history, withMembers));
}
