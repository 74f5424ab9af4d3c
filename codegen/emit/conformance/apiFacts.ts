/**
 * What the conformance emitter reads from the model, in the form the suite needs: the live
 * classes (the factory's service and client class), every member a class has (its own and the
 * inherited ones, nearest ancestor first), dump types as facts, and short texts for titles.
 */
import type { ApiModel, ModelClass, ModelMember, ModelParameter, ModelType } from '../../model/types.js';
import type { ResolvedFactory } from '../../scenarios/planScenarios.js';
import type { ParameterFactData, TypeFactData } from './checkRecords.js';

export function typeFact(type: ModelType): TypeFactData {
  return type.nullable ? { category: type.category, name: type.name, nullable: true } : { category: type.category, name: type.name };
}

export function parameterFacts(parameters: readonly ModelParameter[]): ParameterFactData[] {
  return parameters.map((p) => (p.default === undefined ? { name: p.name, type: typeFact(p.type) } : { name: p.name, type: typeFact(p.type), optional: true }));
}

/** `Enum.WebStreamClientState`, `string`, `WebStreamClient?`. */
export function typeInWords(type: ModelType): string {
  return `${type.category === 'Enum' ? 'Enum.' : ''}${type.name}${type.nullable ? '?' : ''}`;
}

/** `(responseStatusCode: int, headers: string)`. */
export function parametersInWords(parameters: readonly ModelParameter[]): string {
  return `(${parameters.map((p) => `${p.name}: ${typeInWords(p.type)}${p.default === undefined ? '' : ` = ${p.default}`}`).join(', ')})`;
}

/** Every member of a class: its own first, then each ancestor's, nearest first. */
export function allMembers(cls: ModelClass): ModelMember[] {
  return [...cls.members, ...cls.inherited.flatMap((group) => group.members)];
}

/** The classes the suite can get live instances of, in dump order. */
export function liveClassNames(model: ApiModel, factory: ResolvedFactory): string[] {
  const live = new Set([factory.service, factory.clientClass]);
  return model.classes.filter((cls) => live.has(cls.name)).map((cls) => cls.name);
}
