/**
 * The typed error of the model: a dump whose inheritance cannot be worked out. Every emitter
 * reads the one model, so this is the one rule for a missing superclass: a class whose
 * superclass the dump does not contain, or whose chain loops, cannot be modelled and is refused
 * with the class's JSON path (never a chain that silently stops). The parser refuses such dumps
 * already (`DUMP_UNKNOWN_SUPERCLASS`, `DUMP_CYCLIC_SUPERCLASS`) unless asked not to check
 * references; this catches dumps that were built or patched in memory.
 */
import { CodegenError } from '../errors/CodegenError.js';

export class ModelError extends CodegenError {
  declare readonly file: string;
  declare readonly jsonPath: string;

  constructor(
    /** The code the emitters used for this before the model made the rule; kept stable. */
    readonly code: 'EMIT_MISSING_SUPERCLASS',
    file: string,
    jsonPath: string,
    detail: string,
    fix: string,
  ) {
    super(`${file}: ${jsonPath}: ${detail}\n  Fix: ${fix}`, { file, jsonPath, fix });
  }
}
