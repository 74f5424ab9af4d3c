/**
 * Dump parameters → TypeScript parameters. Handles what real dumps contain:
 * - names that are reserved words or repeat (`function` → `function_`, `type, type` → `type, type_2`);
 * - optional parameters (with a Default, or a nullable type) before a required one: TypeScript
 *   forbids `a?: T, b: U` (TS1016), so those stay required and accept `undefined`;
 * - a trailing `Tuple` parameter (Luau varargs) becomes a rest parameter.
 */
import type { ParameterDeclarationStructure, OptionalKind } from 'ts-morph';
import type { Parameter } from '../../dump/types.js';
import { toParameterNames } from './identifiers.js';
import { typeText, type TypeContext, type TypePosition } from './typeText.js';

export interface SignatureParameters {
  readonly structures: OptionalKind<ParameterDeclarationStructure>[];
  /** Dump parameter name → TypeScript name (for `@param`). */
  readonly names: ReadonlyMap<string, string>;
}

function canBeOmitted(parameter: Parameter): boolean {
  return parameter.default !== undefined || parameter.type.name.endsWith('?');
}

function isVarargs(parameter: Parameter): boolean {
  return parameter.type.category === 'Group' && parameter.type.name === 'Tuple';
}

export function signatureParameters(
  parameters: readonly Parameter[],
  position: Extract<TypePosition, 'parameter' | 'signalParameter'>,
  context: TypeContext,
  jsonPath: string,
): SignatureParameters {
  const tsNames = toParameterNames(parameters.map((p) => p.name));
  // Parameters after the last required one may be left out; earlier optional ones may not.
  let lastRequired = -1;
  parameters.forEach((p, i) => {
    if (!canBeOmitted(p)) lastRequired = i;
  });
  const structures = parameters.map((parameter, i): OptionalKind<ParameterDeclarationStructure> => {
    const name = tsNames[i] ?? `arg${i}`;
    const path = `${jsonPath}.Parameters[${i}].Type`;
    if (isVarargs(parameter) && i === parameters.length - 1) {
      return { name, type: typeText(parameter.type, position, context, path), isRestParameter: true };
    }
    let type = typeText(parameter.type, position, context, path);
    if (position === 'signalParameter' || !canBeOmitted(parameter)) return { name, type };
    if (i > lastRequired) return { name, type, hasQuestionToken: true };
    if (!/\| undefined$/.test(type) && type !== 'unknown') type = type.includes('=>') ? `(${type}) | undefined` : `${type} | undefined`;
    return { name, type };
  });
  return { structures, names: new Map(parameters.map((p, i) => [p.name, tsNames[i] ?? `arg${i}`])) };
}

/** `(a: number, b: string) => void`: the handler type of an event or callback. */
export function functionTypeText(parameters: SignatureParameters, returnType: string): string {
  const list = parameters.structures.map((p) => `${p.isRestParameter ? '...' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)}`);
  return `(${list.join(', ')}) => ${returnType}`;
}
