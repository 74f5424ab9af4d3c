/**
 * The default HttpService, like the `HttpService` a plugin gets from `game:GetService`: the
 * engine's limits and defaults (six live clients, 30-minute lifetime, SSE block messages,
 * deferred signals, byte strings). Use `createHttpService` for other settings.
 */
import { createHttpService } from './createHttpService.js';

export const HttpService = createHttpService();
