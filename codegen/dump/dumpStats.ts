/** Counts of a dump's entities, as `rbx-webstream inspect` prints them. Pure. */
import type { Dump, MemberType } from './types.js';

export interface DumpStats {
  readonly classes: number;
  readonly members: number;
  readonly enums: number;
  readonly enumItems: number;
  readonly memberTypes: Readonly<Record<MemberType, number>>;
}

export function dumpStats(dump: Dump): DumpStats {
  const memberTypes: Record<MemberType, number> = { Property: 0, Function: 0, Event: 0, Callback: 0 };
  let members = 0;
  for (const cls of dump.classes) {
    members += cls.members.length;
    for (const member of cls.members) memberTypes[member.memberType] += 1;
  }
  const enumItems = dump.enums.reduce((sum, e) => sum + e.items.length, 0);
  return { classes: dump.classes.length, members, enums: dump.enums.length, enumItems, memberTypes };
}
