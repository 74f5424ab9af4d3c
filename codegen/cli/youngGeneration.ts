/**
 * How fast V8's young generation grows in a CLI process. Reading a dump makes ~12 MB of objects
 * that all stay alive: the tree `JSON.parse` builds, then the model normalised from it. The young
 * generation starts small and V8 doubles it after a scavenge that finds most objects alive; each
 * scavenge copies every live object, so the tree was copied scavenge after scavenge, promoted to
 * the old generation, and its size there then set off a full mark-compact — in `inspect`, more
 * time than validating the dump. With a growth factor of 16 the first such scavenge grows the
 * young generation to its maximum (16 MB semi-spaces in Node 20) at once: a whole dump fits, and
 * `inspect` runs no later scavenge and no mark-compact at all.
 *
 * Measured with the built CLI on 0.734 (docs/decisions.md): `inspect` 1,446 → 1,325 M
 * instructions (valgrind), CPU 420 → 350 ms (medians of 15 interleaved runs, load about 6);
 * `generate --all` peaks lower (120 → 110 MB resident), as less is promoted to the old generation.
 *
 * Set at start-up by the CLI entries (`codegen/cli.ts`, `cli/launcher.ts`), like `jitBudget.ts`:
 * V8 reads the factor each time it grows the young generation. The library API leaves its host's V8 alone.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default factor is 2. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=16';

export function growYoungGenerationAtOnce(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
}
