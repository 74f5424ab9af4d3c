/**
 * Thrown when a script assigns a read-only property (`ConnectionState`, `ClassName`) or asks for
 * the changed-signal of a property the class does not have.
 */
import { WebStreamError, type WebStreamErrorCode } from './WebStreamError.js';

export class PropertyError extends WebStreamError {
  override readonly name = 'PropertyError';
  readonly property: string;

  constructor(code: WebStreamErrorCode, message: string, property: string) {
    super(code, message);
    this.property = property;
  }
}
