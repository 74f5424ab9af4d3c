/**
 * `createHttpService(options)`: a fresh HttpService with its own client limit and settings
 * (options and defaults in HttpServiceOptions.ts). The package's ready-made `HttpService` is one
 * of these with the engine's defaults.
 */
import type { HttpServiceOptions } from './HttpServiceOptions.js';
import { FACTORY_TOKEN } from '../client/factoryToken.js';
import { NodeHttpService } from './NodeHttpService.js';

export function createHttpService(options?: HttpServiceOptions): NodeHttpService {
  return new NodeHttpService(FACTORY_TOKEN, options);
}
