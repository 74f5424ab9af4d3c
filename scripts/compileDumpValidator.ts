/**
 * `npm run compile:dump-validator`: writes `codegen/dump/precompiledDumpValidator.js`, the dump
 * schema compiled ahead of time by ajv (see `codegen/dump/compileDumpValidator.ts`). Run it after
 * changing `codegen/dump/dumpSchema.ts`, the ajv options or the ajv version; a test fails until
 * the file is up to date.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpValidatorModuleSource, PRECOMPILED_VALIDATOR_FILE } from '../codegen/dump/compileDumpValidator.js';
import { writeFileAtomic } from '../codegen/fs/writeFileAtomic.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileAtomic(join(repoRoot, PRECOMPILED_VALIDATOR_FILE), dumpValidatorModuleSource());
process.stdout.write(`wrote ${PRECOMPILED_VALIDATOR_FILE}\n`);
