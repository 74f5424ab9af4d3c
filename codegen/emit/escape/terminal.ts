/**
 * Escaping for text printed to a terminal (`history show`, the `update` summary): dump text must
 * not carry escape sequences (ESC, CSI: colours, cursor moves, window titles, OSC 8 links) or
 * line breaks that fake further output lines. Every control character, line break included, is
 * spelled `\uXXXX`; everything else prints as it is.
 */
import { spellInvisible } from './visible.js';

export function terminalText(text: string): string {
  return spellInvisible(text).replace(/[\n\r\u0085\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
