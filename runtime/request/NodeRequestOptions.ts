/**
 * The request table this runtime accepts: the generated `RequestOptions`, plus
 * `Enum.HttpCompression` items for `Compress` (as Luau scripts pass them).
 */
import type { HttpCompressionItem, RequestOptions } from '../contract.js';

export type NodeRequestOptions = Omit<RequestOptions, 'Compress'> & {
  Compress?: RequestOptions['Compress'] | HttpCompressionItem;
};
