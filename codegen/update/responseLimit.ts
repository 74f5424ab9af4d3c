/**
 * The default cap on one downloaded response, in a module of its own so that the CLI can show
 * it in `update --help` without loading the HTTP client (`httpGet.ts` imports undici, ~0.1 s of
 * start-up that every other command would pay).
 */

/** Default cap on a response: 64 MiB, about 15 times the largest real dump (0.564's 4.2 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
