/**
 * Reads a `Full-API-Dump.json` into the normalised model: JSON text → schema check (ajv) →
 * normalise → cross-entity checks. Accepts every shape Roblox has published (0.564 to 0.734).
 * Problems with the input throw a `DumpError`; unknown-but-valid additions come back as
 * warnings and are kept in the model. Pure: the caller reads the file.
 */
import { checkDumpIntegrity } from './checkDumpIntegrity.js';
import { DumpWarnings } from './dumpWarnings.js';
import { jsonSyntaxError } from './jsonSyntaxError.js';
import { normalizeDump } from './normalizeDump.js';
import type { RawDump } from './rawTypes.js';
import type { Dump, DumpWarning } from './types.js';
import { validateDumpSchema } from './validateDumpSchema.js';

export interface ParsedDump {
  readonly dump: Dump;
  readonly warnings: DumpWarning[];
}

export interface ParseDumpOptions {
  /**
   * Check that superclasses exist, superclass chains end at a root and member types resolve
   * (default true). Pass false for fragments of a dump, e.g. one class carried by a diff.
   */
  readonly checkReferences?: boolean;
}

/** Parses dump text; `file` is only used in messages. Throws `DumpError`. */
export function parseDump(text: string, file: string, options: ParseDumpOptions = {}): ParsedDump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw jsonSyntaxError(text, file, error as Error);
  }
  return parseDumpValue(json, file, options);
}

/** Parses already-parsed JSON. Throws `DumpError`. */
export function parseDumpValue(json: unknown, file: string, options: ParseDumpOptions = {}): ParsedDump {
  validateDumpSchema(json, file);
  const warnings = new DumpWarnings();
  const { dump, types } = normalizeDump(json as RawDump, file, warnings);
  checkDumpIntegrity(dump, file, warnings, { checkReferences: options.checkReferences ?? true, types });
  return { dump, warnings: warnings.list() };
}
