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

const NO_NAMES: ReadonlyMap<string, string> = new Map();

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
  // A third of the members of a dump take no parameters.
  if (parameters.length === 0) return { structures: [], names: NO_NAMES };
  const tsNames = toParameterNames(parameters.map((p) => p.name));
  // Parameters after the last required one may be left out; earlier optional ones may not.
  let lastRequired = -1;
  for (let i = 0; i < parameters.length; i++) if (!canBeOmitted(parameters[i]!)) lastRequired = i;
  const structures: OptionalKind<ParameterDeclarationStructure>[] = [];
  const names = new Map<string, string>();
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i]!;
    const name = tsNames[i] ?? `arg${i}`;
    names.set(parameter.name, name);
    const path = `${jsonPath}.Parameters[${i}].Type`;
    let type = typeText(parameter.type, position, context, path);
    if (isVarargs(parameter) && i === parameters.length - 1) structures.push({ name, type, isRestParameter: true });
    else if (position === 'signalParameter' || !canBeOmitted(parameter)) structures.push({ name, type });
    else if (i > lastRequired) structures.push({ name, type, hasQuestionToken: true });
    else {
      if (!/\| undefined$/.test(type) && type !== 'unknown') type = type.includes('=>') ? `(${type}) | undefined` : `${type} | undefined`;
      structures.push({ name, type });
    }
  }
  return { structures, names };
}

/** `(a: number, b: string) => void`: the handler type of an event or callback. */
export function functionTypeText(parameters: SignatureParameters, returnType: string): string {
  let list = '';
  for (const p of parameters.structures)
    list += `${list === '' ? '' : ', '}${p.isRestParameter ? '...' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)}`;
  return `(${list}) => ${returnType}`;
}
