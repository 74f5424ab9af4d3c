/**
 * The default HttpService, like the `HttpService` a plugin gets from `game:GetService`: the
 * engine's limits and defaults (six live clients, 30-minute lifetime, 20 s inactivity timeout,
 * read-sized SSE messages, deferred signals) and UTF-8 text for messages. Use
 * `createHttpService` for other settings.
 */
import { createHttpService } from './createHttpService.js';

export const HttpService = createHttpService();
