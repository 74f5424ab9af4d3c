/**
 * The real runtime (`runtime/index.ts`) as a conformance target: services are created with
 * Immediate signals so handlers read the state at the moment of firing, `Enum` and the package
 * exports are the runtime's own. `RuntimeTypes` maps the dump's live classes to the runtime's
 * types for the generated type-level checks (test/conformance/typeLevel.ts instantiates
 * `TypeLevelChecks` of generated/conformance/typeLevel.ts with them).
 */
import * as runtime from '../../runtime/index.js';
import type { NodeHttpService, NodeWebStreamClient } from '../../runtime/index.js';
import type { ConformanceTarget } from './harness/ConformanceTarget.js';

export const runtimeTarget: ConformanceTarget = {
  name: 'runtime',
  service(className, options = {}) {
    if (className !== 'HttpService') throw new Error(`the runtime has no service ${className}`);
    return runtime.createHttpService({ ...options, signalBehavior: 'Immediate' });
  },
  Enum: runtime.Enum,
  exports: runtime,
};

/** The runtime's type for each live class of the dump, and its `Enum`. */
export interface RuntimeTypes {
  readonly HttpService: NodeHttpService;
  readonly WebStreamClient: NodeWebStreamClient;
  readonly Enum: typeof runtime.Enum;
}
