/**
 * The contract between the runtime and the code generated from the API dump
 * (`generated/node/index.d.ts` and `generated/node/stubs/`, `npm run generate`). This is the only
 * runtime file that imports from generated/; everything else imports from here, so following a
 * change in the generator is a change to this one file.
 *
 * The runtime conforms at compile time: the client extends the generated `WebStreamClientStub`
 * (abstract members typed from the dump), the service extends `HttpServiceStub`, and the `Enum`
 * value `satisfies Enums`.
 */
import type { Enum as GeneratedEnum, EnumItem } from '../generated/node/index.js';

export {
  HttpServiceStub,
  RBXObjectPropertyNames,
  WebStreamClientPropertyNames,
  WebStreamClientStub,
} from '../generated/node/stubs/index.js';

export type {
  EnumItem,
  Enums,
  HttpService,
  RBXEnum,
  RBXObject,
  RBXScriptConnection,
  RBXScriptSignal,
  RequestOptions,
  WebStreamClient,
} from '../generated/node/index.js';

/** Any item of `Enum.WebStreamClientType`. */
export type WebStreamClientTypeItem = GeneratedEnum.WebStreamClientType;

/** Any item of `Enum.WebStreamClientState`. */
export type WebStreamClientStateItem = GeneratedEnum.WebStreamClientState;

/**
 * Items of `Enum.HttpCompression` (None=0, Gzip=1 in the API dump), which RequestAsync's
 * `Compress` field takes in Luau. The dump slice the generator reads does not include this enum,
 * so its item type is declared here on top of the generated `EnumItem`.
 */
export interface HttpCompressionItem extends EnumItem {
  readonly Name: 'None' | 'Gzip';
  readonly Value: 0 | 1;
}
