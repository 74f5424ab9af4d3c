/**
 * The request table this runtime accepts: exactly the generated `RequestOptions` (which takes
 * `Enum.HttpCompression` items or their names for `Compress`, as the runtime does).
 */
import type { RequestOptions } from '../contract.js';

export type NodeRequestOptions = RequestOptions;
