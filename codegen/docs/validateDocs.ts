/**
 * Checks `api-dump/docs.json` against the slice, entity for entity: every class, member,
 * parameter, enum and enum item of the dump has a description, and the docs describe nothing
 * the dump lacks (a renamed or removed member would otherwise keep stale prose alive).
 * Pure: takes the parsed docs and dump, returns the problems.
 */
import type { Dump, Member } from '../dump/types.js';
import type { DocsProblem } from './errors.js';
import type { ClassDocs, DocsFile, EnumDocs, MemberDocs } from './types.js';

export interface DocsFindings {
  /** Entities of the dump without docs. */
  readonly missing: readonly DocsProblem[];
  /** Docs entries naming something the dump does not have. */
  readonly unknown: readonly DocsProblem[];
}

/** Compares docs and dump; both lists empty means the docs fit the slice exactly. */
export function validateDocs(docs: DocsFile, dump: Dump): DocsFindings {
  const missing: DocsProblem[] = [];
  const unknown: DocsProblem[] = [];

  for (const dumpClass of dump.classes) {
    const path = `classes.${dumpClass.name}`;
    const classDocs: ClassDocs | undefined = own(docs.classes, dumpClass.name);
    if (classDocs === undefined) {
      missing.push({ path, problem: `no docs for class ${dumpClass.name}`, expected: 'an entry {"summary": ..., "members": {...}} for the class' });
      continue;
    }
    for (const member of dumpClass.members)
      checkMember(member, own(classDocs.members, member.name), `${path}.members.${member.name}`, dumpClass.name, missing, unknown);
    const memberNames = new Set(dumpClass.members.map((member) => member.name));
    for (const name of Object.keys(classDocs.members)) {
      if (!memberNames.has(name))
        unknown.push({
          path: `${path}.members.${name}`,
          problem: `${dumpClass.name} has no member ${name} in the slice`,
          expected: 'only members of the slice (remove the entry or fix its name)',
        });
    }
  }
  const classNames = new Set(dump.classes.map((dumpClass) => dumpClass.name));
  for (const name of Object.keys(docs.classes)) {
    if (!classNames.has(name))
      unknown.push({
        path: `classes.${name}`,
        problem: `the slice has no class ${name}`,
        expected: 'only classes of the slice (remove the entry or fix its name)',
      });
  }

  for (const dumpEnum of dump.enums) {
    const path = `enums.${dumpEnum.name}`;
    const enumDocs: EnumDocs | undefined = own(docs.enums, dumpEnum.name);
    if (enumDocs === undefined) {
      missing.push({ path, problem: `no docs for enum ${dumpEnum.name}`, expected: 'an entry {"summary": ..., "items": {...}} for the enum' });
      continue;
    }
    for (const item of dumpEnum.items) {
      if (own(enumDocs.items, item.name) === undefined)
        missing.push({ path: `${path}.items.${item.name}`, problem: `no docs for ${dumpEnum.name}.${item.name}`, expected: 'a description of the item' });
    }
    const itemNames = new Set(dumpEnum.items.map((item) => item.name));
    for (const name of Object.keys(enumDocs.items)) {
      if (!itemNames.has(name))
        unknown.push({
          path: `${path}.items.${name}`,
          problem: `${dumpEnum.name} has no item ${name}`,
          expected: 'only items of the enum (remove the entry or fix its name)',
        });
    }
  }
  const enumNames = new Set(dump.enums.map((dumpEnum) => dumpEnum.name));
  for (const name of Object.keys(docs.enums)) {
    if (!enumNames.has(name))
      unknown.push({ path: `enums.${name}`, problem: `the slice has no enum ${name}`, expected: 'only enums of the slice (remove the entry or fix its name)' });
  }
  return { missing, unknown };
}

function checkMember(member: Member, docs: MemberDocs | undefined, path: string, className: string, missing: DocsProblem[], unknown: DocsProblem[]): void {
  const label = `${className}.${member.name}`;
  if (docs === undefined) {
    missing.push({ path, problem: `no docs for ${member.memberType.toLowerCase()} ${label}`, expected: 'an entry {"summary": ...} for the member' });
    return;
  }
  const parameters = member.memberType === 'Property' ? [] : member.parameters.map((parameter) => parameter.name);
  const described = docs.parameters ?? {};
  for (const name of parameters) {
    if (own(described, name) === undefined)
      missing.push({ path: `${path}.parameters.${name}`, problem: `no docs for parameter ${name} of ${label}`, expected: 'a description of the parameter' });
  }
  for (const name of Object.keys(described)) {
    if (!parameters.includes(name))
      unknown.push({
        path: `${path}.parameters.${name}`,
        problem: `${label} has no parameter ${name}`,
        expected: `only its parameters (${parameters.length === 0 ? 'it has none' : parameters.join(', ')})`,
      });
  }
  if (docs.returns !== undefined && member.memberType !== 'Function' && member.memberType !== 'Callback') {
    unknown.push({
      path: `${path}.returns`,
      problem: `${label} is a${member.memberType === 'Event' ? 'n' : ''} ${member.memberType.toLowerCase()} and returns nothing`,
      expected: 'no "returns" text on properties and events',
    });
  }
}

/** Own-property lookup, so names like `constructor` never hit Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
