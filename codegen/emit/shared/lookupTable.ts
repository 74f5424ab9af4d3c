/**
 * Lookup tables indexed by strings from a dump (tag, security level, class or type name) must
 * not answer for names that only exist on `Object.prototype`: a class named `constructor` or a
 * tag `toString` would otherwise find a function. `lookupTable` copies the entries into a
 * frozen object without a prototype, so only the listed keys are there.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * A deep copy of parsed JSON in which every object has no prototype (for files whose keys are
 * dump names, such as docs.json). Arrays stay arrays.
 */
export function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutPrototypes) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = withoutPrototypes(item);
  return copy as T;
}
