import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILE_COMMAND, dumpValidatorModuleSource, PRECOMPILED_VALIDATOR_FILE } from '../../../codegen/dump/compileDumpValidator.js';

describe('precompiledDumpValidator', () => {
  it('is what ajv compiles from DUMP_SCHEMA with the current options and ajv version', () => {
    const committed = readFileSync(new URL(`../../../${PRECOMPILED_VALIDATOR_FILE}`, import.meta.url), 'utf8');
    // A plain boolean keeps the failure readable (the file is one 79 kB line); the message says the fix.
    expect(committed === dumpValidatorModuleSource(), `${PRECOMPILED_VALIDATOR_FILE} is stale: run ${COMPILE_COMMAND}`).toBe(true);
  });
});
