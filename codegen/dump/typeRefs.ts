/**
 * The type references of a member, each with the raw field it came from, so callers can both
 * follow references (slice, model) and name where a reference sits (parser warnings).
 */
import type { Member, TypeRef } from './types.js';

export interface LocatedTypeRef {
  readonly type: TypeRef;
  /** Path below the member: `['ValueType']`, `['Parameters', 1, 'Type']`, `['ReturnType', 0]`. */
  readonly at: readonly (string | number)[];
}

/** Every type a member mentions: its value type, parameter types and return types. */
export function memberTypeRefs(member: Member): LocatedTypeRef[] {
  switch (member.memberType) {
    case 'Property':
      return [{ type: member.valueType, at: ['ValueType'] }];
    case 'Event':
      return member.parameters.map((p, i) => ({ type: p.type, at: ['Parameters', i, 'Type'] }));
    case 'Function':
    case 'Callback':
      return [
        ...member.parameters.map((p, i) => ({ type: p.type, at: ['Parameters', i, 'Type'] })),
        ...member.returnType.map((type, i) => ({ type, at: member.returnType.length === 1 ? ['ReturnType'] : ['ReturnType', i] })),
      ];
  }
}

/** `WebStreamClientState?` → `WebStreamClientState`: the name a reference points at. */
export function referencedName(type: TypeRef): string {
  return type.name.endsWith('?') ? type.name.slice(0, -1) : type.name;
}
