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
import type { Enum as GeneratedEnum } from '../generated/node/index.js';

export { HttpServiceStub, RBXObjectPropertyNames, WebStreamClientPropertyNames, WebStreamClientStub } from '../generated/node/stubs/index.js';

export type {
  CastsToEnum,
  EnumItem,
  Enums,
  HttpCompressionItem,
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
