/**
 * How generated files declare checks: `const surface = checksOf('surface')`, then
 * `surface.check('WebStreamClient.Send', title, run)` gives the check `surface/WebStreamClient.Send`,
 * and `surface.skipped(key, title, reason)` one that is listed but not run for this dump.
 */
import type { CheckArea, ConformanceCheck } from './ConformanceTarget.js';

export interface AreaChecks {
  check(key: string, title: string, run: ConformanceCheck['run']): ConformanceCheck;
  skipped(key: string, title: string, reason: string): ConformanceCheck;
}

export function checksOf(area: CheckArea): AreaChecks {
  return {
    check: (key, title, run) => ({ id: `${area}/${key}`, area, title, run }),
    skipped: (key, title, reason) => ({ id: `${area}/${key}`, area, title, skip: reason, run: () => undefined }),
  };
}
