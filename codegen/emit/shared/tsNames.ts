/**
 * The TypeScript names of dump classes and enums. `Object` becomes `RBXObject` (as in
 * @rbxts/types) because `Object` is the name of a JavaScript global; a name that is not an
 * identifier is made one. Enum items keep their names as keys and get identifier type names.
 */
import { toTypeIdentifier } from './identifiers.js';
import { lookupTable } from './lookupTable.js';

/** Classes declared under another name, and why. */
export const RENAMED_CLASSES: Readonly<Record<string, string>> = lookupTable({
  /** `Object` would shadow the JavaScript global of the same name. */
  Object: 'RBXObject',
});

export function classTypeName(className: string): string {
  return RENAMED_CLASSES[className] ?? toTypeIdentifier(className);
}

export function enumTypeName(enumName: string): string {
  return toTypeIdentifier(enumName);
}

export function enumItemTypeName(itemName: string): string {
  return toTypeIdentifier(itemName);
}
