/**
 * How eagerly V8 optimises code in a CLI process. A command is one pass over a dump (~30,000
 * objects to validate, normalise and check) followed by emitting or printing, over in well under
 * a few seconds. With V8's default budget, functions of that pass (the precompiled validator's
 * 13 KB member function, the normaliser) are hot enough to be compiled by TurboFan, and the
 * compiles cost more CPU than the optimised code then saves: the pass is over, or nearly, when
 * they finish. Raising the budget that a function must use up before V8 considers optimising
 * it leaves one-pass code in the baseline tiers and still optimises what is really hot.
 *
 * Measured with the built CLI on 0.734, CPU time, medians of 5–9 interleaved runs on the shared
 * 2-core machine (docs/decisions.md): `inspect` 680 → 510 ms, `diff` 0.733 → 0.734
 * 1,290 → 1,000 ms, `generate --all` 3,600 → 2,540 ms, `--declarations-only` 2,090 → 1,470 ms.
 *
 * The CLI entries (`codegen/cli.ts` and the bin, `cli/launcher.ts`) call this; the library API
 * leaves the embedding process's V8 alone. `--interrupt-budget` is read each time V8 resets a function's budget, so setting
 * it at start-up takes effect for all code run after it.
 */
import { setFlagsFromString } from 'node:v8';

/** Eight times V8's default (67,584 in Node 20). */
export const CLI_INTERRUPT_BUDGET = 8 * 67_584;

export function raiseJitBudget(): void {
  setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
}
