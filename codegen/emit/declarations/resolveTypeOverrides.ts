/**
 * Checks the type overrides against a dump and turns them into a lookup for the emitters.
 * Strict mode (the slice, `npm run generate`) fails on an override whose target the dump lacks or
 * whose dump type changed. Lenient mode (whole-API mode over any dump, including old ones where the
 * target did not exist yet) skips such overrides and reports them, so nothing is dropped silently.
 */
import type { Dump, Member, TypeRef } from '../../dump/types.js';
import { EmitError } from '../shared/EmitError.js';
import type { Flavour } from '../shared/typeText.js';
import type { OverrideTarget, TypeOverride } from './typeOverrides.js';

export type OverrideMode = 'strict' | 'lenient';

export interface SkippedOverride {
  readonly override: TypeOverride;
  readonly reason: string;
}

export interface ResolvedOverrides {
  /** The override type for a parameter (`parameter` set) or return (`parameter` undefined). */
  typeFor(flavour: Flavour, className: string, memberName: string, parameter?: string): string | undefined;
  readonly applied: readonly TypeOverride[];
  readonly skipped: readonly SkippedOverride[];
}

function targetLabel(override: TypeOverride): string {
  const where = 'parameter' in override.target ? `parameter ${override.target.parameter}` : 'return type';
  return `${override.className}.${override.memberName} ${where}`;
}

function sameType(a: TypeRef, b: TypeRef): boolean {
  return a.category === b.category && a.name === b.name;
}

function targetType(member: Member, target: OverrideTarget): { type?: TypeRef; index: number } {
  if ('parameter' in target) {
    if (member.memberType === 'Property') return { index: -1 };
    const index = member.parameters.findIndex((p) => p.name === target.parameter);
    const parameter = member.parameters[index];
    return parameter ? { type: parameter.type, index } : { index: -1 };
  }
  if (member.memberType !== 'Function' && member.memberType !== 'Callback') return { index: -1 };
  const [only] = member.returnType;
  return member.returnType.length === 1 && only ? { type: only, index: 0 } : { index: -1 };
}

function key(className: string, memberName: string, parameter?: string): string {
  return `${className}\u0000${memberName}\u0000${parameter ?? '<return>'}`;
}

export function resolveTypeOverrides(dump: Dump, overrides: readonly TypeOverride[], mode: OverrideMode, dumpFile: string): ResolvedOverrides {
  const applied: TypeOverride[] = [];
  const skipped: SkippedOverride[] = [];
  const table = new Map<string, TypeOverride>();
  const fix = 'update or remove the entry in codegen/emit/declarations/typeOverrides.ts';

  for (const override of overrides) {
    const classIndex = dump.classes.findIndex((c) => c.name === override.className);
    const cls = dump.classes[classIndex];
    const memberIndex = cls ? cls.members.findIndex((m) => m.name === override.memberName) : -1;
    const member = cls?.members[memberIndex];
    const found = member ? targetType(member, override.target) : { index: -1 };
    let problem: { code: 'EMIT_OVERRIDE_TARGET_MISSING' | 'EMIT_OVERRIDE_STALE'; path: string; detail: string } | undefined;
    if (!cls) {
      problem = { code: 'EMIT_OVERRIDE_TARGET_MISSING', path: 'Classes', detail: `no class ${override.className}` };
    } else if (!member) {
      problem = {
        code: 'EMIT_OVERRIDE_TARGET_MISSING',
        path: `Classes[${classIndex}].Members`,
        detail: `class ${cls.name} has no member ${override.memberName}`,
      };
    } else if (!found.type) {
      const where = 'parameter' in override.target ? `Parameters (no ${override.target.parameter})` : 'ReturnType (not a single type)';
      problem = {
        code: 'EMIT_OVERRIDE_TARGET_MISSING',
        path: `Classes[${classIndex}].Members[${memberIndex}].${where}`,
        detail: `the override target ${targetLabel(override)} does not exist`,
      };
    } else if (!sameType(found.type, override.dumpType)) {
      const field = 'parameter' in override.target ? `Parameters[${found.index}].Type` : 'ReturnType';
      problem = {
        code: 'EMIT_OVERRIDE_STALE',
        path: `Classes[${classIndex}].Members[${memberIndex}].${field}`,
        detail: `the override of ${targetLabel(override)} refines ${override.dumpType.category} ${override.dumpType.name}, but the dump now says ${found.type.category} ${found.type.name}`,
      };
    }
    if (problem) {
      const message = `type override of ${targetLabel(override)}: ${problem.detail}`;
      if (mode === 'strict') throw new EmitError(problem.code, dumpFile, problem.path, message, fix);
      skipped.push({ override, reason: message });
      continue;
    }
    applied.push(override);
    table.set(key(override.className, override.memberName, 'parameter' in override.target ? override.target.parameter : undefined), override);
  }

  return {
    typeFor: (flavour, className, memberName, parameter) => table.get(key(className, memberName, parameter))?.types[flavour],
    applied,
    skipped,
  };
}
