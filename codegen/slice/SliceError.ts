/**
 * The typed error of `sliceDump`: the class to slice for is not in the dump. Carries a
 * suggestion (a name differing only in case, or names that contain the given one).
 */

import { CodegenError } from '../errors/CodegenError.js';

export class SliceError extends CodegenError {
  readonly code = 'SLICE_UNKNOWN_CLASS';

  constructor(
    readonly className: string,
    /** What to do instead, e.g. `did you mean "WebStreamClient"?`. */
    fix: string,
    message = `class "${className}" is not in the dump`,
  ) {
    super(message, { fix });
  }
}

/** A hint for a class name that is not in `names`. */
export function suggestClass(className: string, names: readonly string[]): string {
  const lower = className.toLowerCase();
  const exact = names.find((name) => name.toLowerCase() === lower);
  if (exact !== undefined) return `did you mean "${exact}"? (class names are case-sensitive)`;
  const similar = names.filter((name) => name.toLowerCase().includes(lower)).slice(0, 5);
  if (similar.length > 0) return `the name of a class in the dump, such as ${similar.map((name) => `"${name}"`).join(', ')}`;
  return 'the exact name of a class in the dump (see `rbx-webstream inspect <dump>`)';
}
