/**
 * Keeps the top-level names of one declaration file unique. Every declared name is registered
 * with what it declares; a second entity wanting the same name is an error naming both, instead
 * of TypeScript silently merging two unrelated interfaces.
 */
import { EmitError } from '../shared/EmitError.js';

export class NameRegistry {
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly dumpFile: string,
    /** Names the file uses from the TypeScript standard library; a dump entity must not shadow them. */
    reservedGlobals: readonly string[],
  ) {
    for (const name of reservedGlobals) this.owners.set(name, `the TypeScript global ${name}`);
  }

  /** Claims `name` for `owner` (e.g. `class WebStreamClient`); `jsonPath` locates the owner. */
  claim(name: string, owner: string, jsonPath: string): void {
    const previous = this.owners.get(name);
    if (previous !== undefined) {
      throw new EmitError(
        'EMIT_NAME_COLLISION',
        this.dumpFile,
        jsonPath,
        `${owner} would be declared as ${name}, which already names ${previous}`,
        'add a rename for one of them in codegen/emit/shared/tsNames.ts',
      );
    }
    this.owners.set(name, owner);
  }
}

/** Standard-library names the Node declarations refer to. */
export const USED_GLOBALS: readonly string[] = ['Promise', 'Parameters', 'Record', 'Omit'];
