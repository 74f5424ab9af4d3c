/**
 * One run of the suite against one target: gives each check its `CheckContext` (live instances
 * through the factory, the shared local server, cleanups run when the check ends) and closes the
 * server at the end. Used by both the vitest registration and the plain runner.
 */
import { startConformanceServer, type ConformanceServer } from '../../servers/startConformanceServer.js';
import type { CheckContext, ConformanceCheck, ConformanceTarget, SuiteFacts } from './ConformanceTarget.js';
import { fail } from './ConformanceFailure.js';
import { closeQuietly, createClient, resolveRequest } from './runScenario.js';

export interface CheckRun {
  /** Runs one check in a fresh context; cleanups run before the promise settles. */
  runCheck(check: ConformanceCheck): Promise<void>;
  /** Stops the local server, if a check started it. */
  close(): Promise<void>;
}

export function createCheckRun(target: ConformanceTarget, facts: SuiteFacts, repoRoot: string): CheckRun {
  let server: Promise<ConformanceServer> | undefined;
  let instanceCounter = 0;
  const getServer = (): Promise<ConformanceServer> => (server ??= startConformanceServer(facts.routes));

  return {
    async runCheck(check) {
      const cleanups: Array<() => void | Promise<void>> = [];
      const context: CheckContext = {
        target,
        facts,
        repoRoot,
        server: getServer,
        defer: (cleanup) => void cleanups.push(cleanup),
        instance: async (className) => {
          const { factory } = facts;
          if (className === factory.service) return target.service(className);
          if (className !== factory.clientClass) {
            return fail(
              `the suite has no way to get a live ${className}: it is neither the factory's service (${factory.service}) nor its client class (${factory.clientClass}); see "factory" in api-dump/scenarios.json`,
            );
          }
          const live = await getServer();
          const request = resolveRequest(factory.surfaceClient.request, live, `surface-${++instanceCounter}`);
          const client = createClient(context, target.service(factory.service), factory.surfaceClient.clientType, request);
          cleanups.push(() => closeQuietly(context, client));
          return client;
        },
      };
      try {
        await check.run(context);
      } finally {
        for (const cleanup of cleanups.reverse()) await cleanup();
      }
    },
    async close() {
      if (server !== undefined) await (await server).close();
    },
  };
}
