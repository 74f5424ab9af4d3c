/**
 * Thrown by `new NodeWebStreamClient()` and `new NodeHttpService()`: both classes are tagged
 * NotCreatable in the API dump, so — as `Instance.new` refuses them in Roblox — they are only made
 * by their factories (`HttpService.CreateWebStreamClient`, `createHttpService`). The classes stay
 * exported for `instanceof` checks and types.
 */
import { engineMessages } from './engineMessages.js';
import { WebStreamError } from './WebStreamError.js';

export class NotCreatableError extends WebStreamError {
  override readonly name = 'NotCreatableError';

  constructor(readonly className: string) {
    super('WSC_ERR_NOT_CREATABLE', engineMessages.notCreatable(className));
  }
}
