/**
 * What `compat --target <V>` looks for: every member and enum item of the slice that the history
 * dates after build V, with its `@since`, plus how to recognise its owner in code that has types
 * — the owner's "signature", the members (items) it had from its first build, which any value
 * of that class (enum) in any flavour of the typings has.
 *
 * Root classes (Object) are left out: the history dates them from the build where Roblox's dump
 * introduced the new root, but their members (IsA, Changed, ...) are far older than that, on
 * every Instance.
 */
import type { Dump } from '../dump/types.js';
import { ROOT_SUPERCLASS } from '../dump/types.js';
import type { BuildRef, EntityRef, HistoryQuery } from '../history/types.js';
import { versionLabel } from '../history/types.js';
import { compareVersions } from '../dump/versions.js';
import { normaliseRequestedVersion } from '../pin/resolveBuild.js';

export interface NewerEntity {
  /** `WebStreamClient.Send`, `Enum.WebStreamClientType.WebSocket`. */
  readonly name: string;
  readonly kind: 'member' | 'enumItem';
  /** The class or enum (without `Enum.`). */
  readonly owner: string;
  readonly member: string;
  readonly since: BuildRef;
}

export interface OwnerSignature {
  readonly owner: string;
  readonly kind: 'class' | 'enum';
  /** Names every value of the owner has; a receiver with all of them is taken to be the owner. */
  readonly names: readonly string[];
}

export interface CompatTarget {
  /** As the user wrote it, normalised (`0.686`). */
  readonly target: string;
  readonly newer: readonly NewerEntity[];
  readonly signatures: ReadonlyMap<string, OwnerSignature>;
}

/** `0.696.0.6960797` → `0.696`. */
export const releaseLabel = (version: string): string => `0.${versionLabel(version)}`;

/** Whether `version` is after what the user asked for (`0.686` covers every `0.686.x.y`). */
export function isAfterTarget(version: string, target: string): boolean {
  const parts = target.split('.').length;
  return compareVersions(version.split('.').slice(0, parts).join('.'), target) > 0;
}

function signature(names: readonly { name: string; since: BuildRef | undefined }[], ownerSince: BuildRef | undefined): string[] {
  const first =
    ownerSince?.version ??
    names
      .map((entry) => entry.since?.version)
      .filter((v): v is string => v !== undefined)
      .sort(compareVersions)[0];
  return names.filter((entry) => entry.since === undefined || first === undefined || entry.since.version === first).map((entry) => entry.name);
}

export function newerEntities(dump: Dump, history: HistoryQuery, requestedTarget: string): CompatTarget {
  const target = normaliseRequestedVersion(requestedTarget);
  const newer: NewerEntity[] = [];
  const signatures = new Map<string, OwnerSignature>();
  const since = (entity: EntityRef, fallback: BuildRef | undefined) => history.since(entity) ?? fallback;
  for (const cls of dump.classes) {
    if (cls.superclass === ROOT_SUPERCLASS) continue;
    const classSince = history.since({ kind: 'Class', name: cls.name });
    const members = cls.members.map((member) => ({
      name: member.name,
      since: since({ kind: member.memberType, parent: cls.name, name: member.name }, classSince),
    }));
    if (members.length === 0) continue;
    signatures.set(cls.name, { owner: cls.name, kind: 'class', names: signature(members, classSince) });
    for (const member of members) {
      if (member.since !== undefined && isAfterTarget(member.since.version, target)) {
        newer.push({ name: `${cls.name}.${member.name}`, kind: 'member', owner: cls.name, member: member.name, since: member.since });
      }
    }
  }
  for (const dumpEnum of dump.enums) {
    const enumSince = history.since({ kind: 'Enum', name: dumpEnum.name });
    const items = dumpEnum.items.map((item) => ({ name: item.name, since: since({ kind: 'EnumItem', parent: dumpEnum.name, name: item.name }, enumSince) }));
    signatures.set(`Enum.${dumpEnum.name}`, { owner: dumpEnum.name, kind: 'enum', names: signature(items, enumSince) });
    for (const item of items) {
      if (item.since !== undefined && isAfterTarget(item.since.version, target)) {
        newer.push({ name: `Enum.${dumpEnum.name}.${item.name}`, kind: 'enumItem', owner: dumpEnum.name, member: item.name, since: item.since });
      }
    }
  }
  return { target, newer, signatures };
}
