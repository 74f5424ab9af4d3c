/**
 * Turns the first argument of `CreateWebStreamClient` into a stream kind. Like the engine's
 * reflection layer, it accepts an `Enum.WebStreamClientType` item, its name ("SSE") or its
 * value (0); anything else is refused with the engine's cast error.
 */
import { Enum } from '../enums/Enum.js';
import { engineMessages } from '../errors/engineMessages.js';
import { RequestOptionsError } from '../errors/RequestOptionsError.js';
import { isItemOf } from '../enums/createEnum.js';
import type { StreamKind } from './StreamRequest.js';

export function resolveClientType(value: unknown): StreamKind {
  const clientTypes = Enum.WebStreamClientType;
  const item = isItemOf(clientTypes, value)
    ? (value as { Name: string })
    : typeof value === 'string'
      ? clientTypes.FromName(value)
      : typeof value === 'number'
        ? clientTypes.FromValue(value)
        : undefined;
  if (item === undefined) {
    throw new RequestOptionsError('WSC_ERR_INVALID_CLIENT_TYPE', engineMessages.notAnEnumItem('WebStreamClientType'), 'streamClientType');
  }
  return item.Name as StreamKind;
}
