/**
 * The checks of `conformance/artifacts.ts`: the generated declarations and reference pages agree
 * with their sources. For every function and event, its parameter names in `node/index.d.ts`; for
 * every class, member, enum and item, its `@since` and its reference section against the history
 * log. The `since` values are baked in here from the history the generator was given; at test
 * time the harness works them out again from the raw log.
 */
import type { ApiModel } from '../../model/types.js';
import { enumObjectTypeName } from '../declarations/planEnumDeclarations.js';
import type { EmitSource } from '../shared/emitSource.js';
import { anchorOf, pageFileName, REFERENCE_DIR } from '../shared/referenceLinks.js';
import { classTypeName, enumItemTypeName, enumTypeName } from '../shared/tsNames.js';
import { checkRecord, type ConformanceCheckRecord, type DeclarationLocation, type HistoryFact } from './checkRecords.js';

export function artifactChecks(model: ApiModel, history: EmitSource['history']): ConformanceCheckRecord[] {
  const checks: ConformanceCheckRecord[] = [];
  const historyCheck = (key: string, entity: HistoryFact['entity'], declaration: DeclarationLocation, page: HistoryFact['page']): void => {
    const since = history?.since(entity)?.version ?? null;
    const subject = `${entity.kind} ${entity.parent === undefined ? '' : `${entity.parent}.`}${entity.name}`;
    const title =
      since === null
        ? `${subject} has no @since and no "added" row, like the history log`
        : `${subject} is @since ${since} in the declarations and its reference section, like the history log`;
    checks.push(checkRecord('history', key, title, { kind: 'history', fact: { entity, since, declaration, page } }));
  };

  for (const cls of model.classes) {
    const page = `${REFERENCE_DIR}/${pageFileName(cls.name)}`;
    const declared = classTypeName(cls.name);
    historyCheck(cls.name, { kind: 'Class', name: cls.name }, { interface: [declared] }, { file: page });
    for (const member of cls.members) {
      const location = { interface: [declared], member: member.name };
      if (member.kind !== 'Property') {
        const names = member.parameters.map((p) => p.name);
        const title = `node/index.d.ts declares ${cls.name}.${member.name}${member.kind === 'Function' ? '' : ' handlers'} with the dump's parameter names (${names.join(', ')})`;
        checks.push(checkRecord('declarations', `${cls.name}.${member.name}`, title, { kind: 'parameters', location, memberKind: member.kind, names }));
      }
      historyCheck(`${cls.name}.${member.name}`, { kind: member.kind, parent: cls.name, name: member.name }, location, {
        file: page,
        anchor: anchorOf(cls.source, member.name),
      });
    }
  }
  for (const enumeration of model.enums) {
    const page = `${REFERENCE_DIR}/${pageFileName(enumeration.name, 'enum')}`;
    historyCheck(`Enum.${enumeration.name}`, { kind: 'Enum', name: enumeration.name }, { interface: [enumObjectTypeName(enumeration.source)] }, { file: page });
    for (const item of enumeration.items) {
      const declaration = { interface: ['Enum', enumTypeName(enumeration.name), enumItemTypeName(item.name)] };
      historyCheck(`Enum.${enumeration.name}.${item.name}`, { kind: 'EnumItem', parent: enumeration.name, name: item.name }, declaration, { file: page });
    }
  }
  return checks;
}
