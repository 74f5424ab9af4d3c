/**
 * The checks of `conformance/surface.ts`: for every class of the dump, its surface (each member,
 * own and inherited, on a live instance), its tags (ReadOnly, NotCreatable, Deprecated) and the
 * Object members it inherits (ClassName, IsA, GetPropertyChangedSignal, Changed).
 */
import type { ApiModel, ModelClass, ModelMember } from '../../model/types.js';
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import { allMembers, liveClassNames, parameterFacts, parametersInWords, typeFact, typeInWords } from './apiFacts.js';
import { checkRecord, type ConformanceCheckRecord } from './checkRecords.js';

function ownerNote(member: ModelMember, cls: ModelClass): string {
  return member.owner === cls.name ? '' : ` (from ${member.owner})`;
}

function memberChecks(cls: ModelClass): ConformanceCheckRecord[] {
  return allMembers(cls).map((member): ConformanceCheckRecord => {
    const qualified = `${cls.name}.${member.name}`;
    const base = { className: cls.name, name: member.name, qualified };
    const from = ownerNote(member, cls);
    switch (member.kind) {
      case 'Property':
        return checkRecord('surface', qualified, `${qualified}${from} is a readable property of type ${typeInWords(member.type)}`, {
          kind: 'property',
          ...base,
          type: typeFact(member.type),
        });
      case 'Function':
        return checkRecord('surface', qualified, `${qualified}${from} is a function taking ${parametersInWords(member.parameters)}`, {
          kind: 'function',
          ...base,
          parameters: parameterFacts(member.parameters),
        });
      case 'Event':
        return checkRecord('surface', qualified, `${qualified}${from} is a signal whose handlers get ${parametersInWords(member.parameters)}`, {
          kind: 'event',
          ...base,
          parameters: parameterFacts(member.parameters),
        });
      case 'Callback':
        return checkRecord('surface', qualified, `${qualified}${from} is a callback slot`, {
          kind: 'skipped',
          reason: 'callbacks have no Node form in this runtime yet',
        });
    }
  });
}

function tagChecks(model: ApiModel, cls: ModelClass, live: boolean, factory: ResolvedFactory): ConformanceCheckRecord[] {
  const checks: ConformanceCheckRecord[] = [];
  const className = cls.name;
  if (cls.source.tags.includes('NotCreatable')) {
    const how = cls.name === factory.clientClass ? `outside ${factory.service}.${factory.function}` : 'directly';
    checks.push(
      live
        ? checkRecord('tags', `${cls.name}:NotCreatable`, `${cls.name} (NotCreatable) cannot be constructed ${how}`, { kind: 'notCreatableLive', className })
        : checkRecord('tags', `${cls.name}:NotCreatable`, `${cls.name} (NotCreatable) is not exported as a constructor`, {
            kind: 'notCreatableAbstract',
            className,
          }),
    );
  }
  if (!live) return checks;
  for (const member of allMembers(cls)) {
    const qualified = `${cls.name}.${member.name}`;
    if (member.kind === 'Property' && member.source.tags.includes('ReadOnly')) {
      checks.push(
        checkRecord('tags', `${qualified}:ReadOnly`, `assigning ${qualified} (ReadOnly) throws the engine's read-only error and keeps the value`, {
          kind: 'readOnly',
          className,
          name: member.name,
          qualified,
        }),
      );
    }
    const preferred = member.source.preferredDescriptor?.name;
    if (member.source.tags.includes('Deprecated') && preferred !== undefined) {
      const target = allMembers(cls).find((candidate) => candidate.name === preferred);
      if (target?.kind === 'Property' && member.kind === 'Property') {
        checks.push(
          checkRecord('tags', `${qualified}:Deprecated`, `${qualified} (Deprecated) reads the same as ${preferred}`, {
            kind: 'deprecatedProperty',
            className,
            name: member.name,
            preferred,
          }),
        );
      } else if (target?.kind === 'Function' && member.kind === 'Function' && preferred === 'IsA') {
        const probes = isAAnswers(cls, model).map(([name]) => [name]);
        checks.push(
          checkRecord('tags', `${qualified}:Deprecated`, `${qualified} (Deprecated) answers like ${preferred}`, {
            kind: 'deprecatedFunction',
            className,
            name: member.name,
            preferred,
            probes,
          }),
        );
      }
    }
  }
  return checks;
}

/** IsA answers: true for the class and its ancestors, false for the other classes of the dump. */
function isAAnswers(cls: ModelClass, model: ApiModel): Array<[string, boolean]> {
  const chain = [cls.name, ...cls.ancestors];
  const others = model.classes.map((c) => c.name).filter((name) => !chain.includes(name));
  return [...chain.map((name): [string, boolean] => [name, true]), ...others.map((name): [string, boolean] => [name, false])];
}

function objectChecks(model: ApiModel, cls: ModelClass, factory: ResolvedFactory): ConformanceCheckRecord[] {
  const has = (name: string, kind: ModelMember['kind']): boolean => allMembers(cls).some((member) => member.name === name && member.kind === kind);
  const className = cls.name;
  const checks: ConformanceCheckRecord[] = [];
  if (has('ClassName', 'Property'))
    checks.push(checkRecord('object', `${cls.name}.ClassName`, `${cls.name}.ClassName is "${cls.name}"`, { kind: 'className', className }));
  if (has('IsA', 'Function')) {
    const answers = isAAnswers(cls, model);
    const yes = answers.filter(([, answer]) => answer).map(([name]) => name);
    const no = answers.filter(([, answer]) => !answer).map(([name]) => name);
    const title = `${cls.name}.IsA is true for ${yes.join(', ')}${no.length > 0 ? ` and false for ${no.join(', ')}` : ''}`;
    // Object.fromEntries defines own properties, so any class name (even "__proto__") is a plain key.
    checks.push(checkRecord('object', `${cls.name}.IsA`, title, { kind: 'isA', className, answers: Object.fromEntries(answers) }));
  }
  if (has('GetPropertyChangedSignal', 'Function')) {
    const properties = allMembers(cls)
      .filter((member) => member.kind === 'Property')
      .map((member) => member.name);
    const title = `${cls.name}.GetPropertyChangedSignal gives a signal for ${properties.join(', ') || 'no property'} and refuses other names with the engine's error`;
    checks.push(
      checkRecord('object', `${cls.name}.GetPropertyChangedSignal`, title, {
        kind: 'propertySignals',
        className,
        names: properties,
        notAProperty: 'NotAPropertyOfTheDump',
      }),
    );
  }
  if (has('Changed', 'Event') && cls.name === factory.clientClass) {
    checks.push(
      checkRecord(
        'object',
        `${cls.name}.Changed`,
        `${cls.name}.Changed fires with "${factory.stateProperty}" (and its property signal fires) when ${factory.stateProperty} changes`,
        { kind: 'changed', className },
      ),
    );
  }
  return checks;
}

export function surfaceChecks(model: ApiModel, factory: ResolvedFactory): ConformanceCheckRecord[] {
  const live = new Set(liveClassNames(model, factory));
  const hasLiveDescendant = (name: string): boolean => model.classes.some((cls) => live.has(cls.name) && cls.ancestors.includes(name));
  return model.classes.flatMap((cls): ConformanceCheckRecord[] => {
    if (live.has(cls.name)) {
      const declared = allMembers(cls).map((member) => member.name);
      const undeclared = checkRecord(
        'surface',
        cls.name,
        `${cls.name} has no Roblox-style member beyond the ${declared.length} the dump declares for it and its ancestors`,
        { kind: 'undeclared', className: cls.name, names: declared },
      );
      return [...memberChecks(cls), undeclared, ...tagChecks(model, cls, true, factory), ...objectChecks(model, cls, factory)];
    }
    if (hasLiveDescendant(cls.name)) return tagChecks(model, cls, false, factory);
    const unreachable = checkRecord('surface', cls.name, `a live ${cls.name} can be obtained to check its members`, {
      kind: 'unreachable',
      className: cls.name,
    });
    return [unreachable, ...tagChecks(model, cls, false, factory)];
  });
}
