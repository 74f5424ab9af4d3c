/**
 * The view of `conformance/surface.ts`: for every class of the dump, the checks of its surface
 * (each member, own and inherited, on a live instance), of its tags (ReadOnly, NotCreatable,
 * Deprecated) and of the Object members it inherits (ClassName, IsA, GetPropertyChangedSignal,
 * Changed). Values reach the template as TypeScript literals (`tsLiteral`); the template decides
 * the code shape of each kind of check.
 */
import { tsLineCommentText } from '../escape/typescript.js';
import type { ApiModel, ModelClass, ModelMember } from '../../model/types.js';
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import { allMembers, liveClassNames, originInWords, parameterFacts, parametersInWords, typeFact, typeInWords } from './apiFacts.js';
import { tsLiteral } from './tsLiteral.js';

/** One check line; `kind` picks the code shape in surface.ts.hbs, the other fields are literals. */
export interface SurfaceCheckView {
  readonly kind: string;
  readonly key: string;
  readonly title: string;
  readonly className: string;
  readonly name?: string;
  readonly qualified?: string;
  readonly type?: string;
  readonly parameters?: string;
  readonly names?: string;
  readonly preferred?: string;
  readonly probes?: string;
  readonly answers?: string;
  readonly notAProperty?: string;
  readonly reason?: string;
}

export interface ClassSectionView {
  /** A comment line naming the class and how the suite reaches it. */
  readonly comment: string;
  readonly checks: readonly SurfaceCheckView[];
}

export interface SurfaceView {
  readonly sections: readonly ClassSectionView[];
}

const lit = tsLiteral;

function ownerNote(member: ModelMember, cls: ModelClass): string {
  return member.owner === cls.name ? '' : ` (from ${member.owner})`;
}

function memberChecks(cls: ModelClass): SurfaceCheckView[] {
  return allMembers(cls).map((member): SurfaceCheckView => {
    const qualified = `${cls.name}.${member.name}`;
    const base = { key: lit(qualified), className: lit(cls.name), name: lit(member.name), qualified: lit(qualified) };
    const from = ownerNote(member, cls);
    switch (member.kind) {
      case 'Property':
        return { ...base, kind: 'property', title: lit(`${qualified}${from} is a readable property of type ${typeInWords(member.type)}`), type: lit(typeFact(member.type)) };
      case 'Function':
        return { ...base, kind: 'function', title: lit(`${qualified}${from} is a function taking ${parametersInWords(member.parameters)}`), parameters: lit(parameterFacts(member.parameters)) };
      case 'Event':
        return { ...base, kind: 'event', title: lit(`${qualified}${from} is a signal whose handlers get ${parametersInWords(member.parameters)}`), parameters: lit(parameterFacts(member.parameters)) };
      case 'Callback':
        return { ...base, kind: 'skipped', title: lit(`${qualified}${from} is a callback slot`), reason: lit('callbacks have no Node form in this runtime yet') };
    }
  });
}

function tagChecks(model: ApiModel, cls: ModelClass, live: boolean, factory: ResolvedFactory): SurfaceCheckView[] {
  const checks: SurfaceCheckView[] = [];
  const className = lit(cls.name);
  if (cls.source.tags.includes('NotCreatable')) {
    const how = cls.name === factory.clientClass ? `outside ${factory.service}.${factory.function}` : 'directly';
    checks.push(
      live
        ? { kind: 'notCreatableLive', key: lit(`${cls.name}:NotCreatable`), className, title: lit(`${cls.name} (NotCreatable) cannot be constructed ${how}`) }
        : { kind: 'notCreatableAbstract', key: lit(`${cls.name}:NotCreatable`), className, title: lit(`${cls.name} (NotCreatable) is not exported as a constructor`) },
    );
  }
  if (!live) return checks;
  for (const member of allMembers(cls)) {
    const qualified = `${cls.name}.${member.name}`;
    const base = { className, name: lit(member.name), qualified: lit(qualified) };
    if (member.kind === 'Property' && member.source.tags.includes('ReadOnly')) {
      checks.push({ ...base, kind: 'readOnly', key: lit(`${qualified}:ReadOnly`), title: lit(`assigning ${qualified} (ReadOnly) throws the engine's read-only error and keeps the value`) });
    }
    const preferred = member.source.preferredDescriptor?.name;
    if (member.source.tags.includes('Deprecated') && preferred !== undefined) {
      const target = allMembers(cls).find((candidate) => candidate.name === preferred);
      if (target?.kind === 'Property' && member.kind === 'Property') {
        checks.push({ ...base, kind: 'deprecatedProperty', key: lit(`${qualified}:Deprecated`), preferred: lit(preferred), title: lit(`${qualified} (Deprecated) reads the same as ${preferred}`) });
      } else if (target?.kind === 'Function' && member.kind === 'Function' && preferred === 'IsA') {
        const probes = isAAnswers(cls, model).map(([name]) => [name]);
        checks.push({ ...base, kind: 'deprecatedFunction', key: lit(`${qualified}:Deprecated`), preferred: lit(preferred), probes: lit(probes), title: lit(`${qualified} (Deprecated) answers like ${preferred}`) });
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

function objectChecks(model: ApiModel, cls: ModelClass, factory: ResolvedFactory): SurfaceCheckView[] {
  const has = (name: string, kind: ModelMember['kind']): boolean => allMembers(cls).some((member) => member.name === name && member.kind === kind);
  const className = lit(cls.name);
  const checks: SurfaceCheckView[] = [];
  if (has('ClassName', 'Property')) checks.push({ kind: 'className', key: lit(`${cls.name}.ClassName`), className, title: lit(`${cls.name}.ClassName is "${cls.name}"`) });
  if (has('IsA', 'Function')) {
    const answers = isAAnswers(cls, model);
    const yes = answers.filter(([, answer]) => answer).map(([name]) => name);
    const no = answers.filter(([, answer]) => !answer).map(([name]) => name);
    const title = `${cls.name}.IsA is true for ${yes.join(', ')}${no.length > 0 ? ` and false for ${no.join(', ')}` : ''}`;
    checks.push({ kind: 'isA', key: lit(`${cls.name}.IsA`), className, answers: lit(Object.fromEntries(answers)), title: lit(title) });
  }
  if (has('GetPropertyChangedSignal', 'Function')) {
    const properties = allMembers(cls).filter((member) => member.kind === 'Property').map((member) => member.name);
    checks.push({
      kind: 'propertySignals',
      key: lit(`${cls.name}.GetPropertyChangedSignal`),
      className,
      names: lit(properties),
      notAProperty: lit('NotAPropertyOfTheDump'),
      title: lit(`${cls.name}.GetPropertyChangedSignal gives a signal for ${properties.join(', ') || 'no property'} and refuses other names with the engine's error`),
    });
  }
  if (has('Changed', 'Event') && cls.name === factory.clientClass) {
    checks.push({ kind: 'changed', key: lit(`${cls.name}.Changed`), className, title: lit(`${cls.name}.Changed fires with "${factory.stateProperty}" (and its property signal fires) when ${factory.stateProperty} changes`) });
  }
  return checks;
}

export function buildSurfaceView(model: ApiModel, factory: ResolvedFactory): SurfaceView {
  const live = new Set(liveClassNames(model, factory));
  const hasLiveDescendant = (name: string): boolean => model.classes.some((cls) => live.has(cls.name) && cls.ancestors.includes(name));
  const sections = model.classes.map((cls): ClassSectionView => {
    if (live.has(cls.name)) {
      const declared = allMembers(cls).map((member) => member.name);
      const undeclared: SurfaceCheckView = {
        kind: 'undeclared',
        key: lit(cls.name),
        className: lit(cls.name),
        names: lit(declared),
        title: lit(`${cls.name} has no Roblox-style member beyond the ${declared.length} the dump declares for it and its ancestors`),
      };
      return { comment: tsLineCommentText(`${cls.name}: ${originInWords(cls.name, factory)}`), checks: [...memberChecks(cls), undeclared, ...tagChecks(model, cls, true, factory), ...objectChecks(model, cls, factory)] };
    }
    if (hasLiveDescendant(cls.name)) {
      const through = model.classes.filter((c) => live.has(c.name) && c.ancestors.includes(cls.name)).map((c) => c.name);
      return { comment: `${cls.name}: no live instance of its own; its members are checked on ${through.join(', ')}`, checks: tagChecks(model, cls, false, factory) };
    }
    const unreachable: SurfaceCheckView = { kind: 'unreachable', key: lit(cls.name), className: lit(cls.name), title: lit(`a live ${cls.name} can be obtained to check its members`) };
    return { comment: `${cls.name}: neither the factory's service nor its client class, nor an ancestor of them`, checks: [unreachable, ...tagChecks(model, cls, false, factory)] };
  });
  return { sections };
}
