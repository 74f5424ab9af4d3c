#!/usr/bin/env node
/**
 * Entry point of the `rbx-webstream` command line (`npm run -s cli -- <command>`, or the
 * package bin after `npm run build`). Everything else is in `codegen/cli/`.
 */
import { raiseJitBudget } from './cli/jitBudget.js';
import { runCli } from './cli/program.js';
import { exitQuietlyOnClosedPipe } from './cli/quietPipes.js';
import { growYoungGenerationAtOnce } from './cli/youngGeneration.js';

raiseJitBudget();
growYoungGenerationAtOnce();
exitQuietlyOnClosedPipe();

process.exitCode = await runCli(process.argv.slice(2));
