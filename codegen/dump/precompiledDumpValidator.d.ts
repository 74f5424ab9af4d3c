/**
 * The type of `precompiledDumpValidator.js`: `DUMP_SCHEMA` compiled ahead of time by ajv
 * (`npm run compile:dump-validator`, see `compileDumpValidator.ts`).
 */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
