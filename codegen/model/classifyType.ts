/**
 * Turns a dump type reference into a `ModelType`: splits off the nullable `?` and, for class
 * and enum references, records whether the dump defines the target.
 */
import type { TypeRef } from '../dump/types.js';
import type { ModelType } from './types.js';

export interface DefinedNames {
  readonly classes: ReadonlySet<string>;
  readonly enums: ReadonlySet<string>;
}

export function classifyType(type: TypeRef, defined: DefinedNames): ModelType {
  const nullable = type.name.endsWith('?');
  const name = nullable ? type.name.slice(0, -1) : type.name;
  switch (type.category) {
    case 'Class':
      return { category: 'Class', name, nullable, defined: defined.classes.has(name) };
    case 'Enum':
      return { category: 'Enum', name, nullable, defined: defined.enums.has(name) };
    default:
      return { category: type.category, name, nullable };
  }
}
