/**
 * Entry point of the `rbx-webstream` command line from the sources (`npm run -s cli --
 * <command>`, through tsx). The package's bin is `cli/launcher.ts`, which runs the same `main`
 * from a bundle with a code cache. Everything else is in `codegen/cli/`.
 */
import { raiseJitBudget } from './cli/jitBudget.js';
import { main } from './cli/main.js';
import { growYoungGenerationAtOnce } from './cli/youngGeneration.js';

raiseJitBudget();
growYoungGenerationAtOnce();

process.exitCode = await main(process.argv.slice(2));
