/**
 * How the CLI reports a failure: a typed error (anything with a string `code`) on one line,
 * `error CODE: message`, plus a second line with what was expected or how to fix it when the
 * error carries that separately. Never a stack trace. Anything else is a bug of ours: one line
 * with its message and a line asking to report it (`RBX_WEBSTREAM_DEBUG=1` adds the stack).
 */

import { truncateLine } from '../dump/messageText.js';

interface CodedError {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly fix?: unknown;
  readonly hint?: unknown;
}

/** Node's own errors (ENOENT, ...) also have a `code`, but they are not ours to explain. */
function isCoded(error: unknown): error is CodedError {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(code);
}

function advice(error: CodedError): string | undefined {
  for (const [label, value] of [['expected', error.expected], ['fix', error.fix], ['fix', error.hint]] as const) {
    if (typeof value === 'string' && value !== '' && !error.message.includes(value)) return `  ${label}: ${value}`;
  }
  return undefined;
}

/** The lines to print on stderr for `error`, each cut to a readable length. */
export function formatError(error: unknown, debug = process.env.RBX_WEBSTREAM_DEBUG === '1'): string[] {
  if (isCoded(error)) {
    const lines = [`error ${error.code}: ${error.message}`];
    const second = advice(error);
    if (second !== undefined) lines.push(second);
    return lines.map((line) => truncateLine(line));
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`error: ${message.split('\n')[0]}`, '  this is a bug in rbx-webstream; please report it with the command you ran (RBX_WEBSTREAM_DEBUG=1 shows the stack)'];
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(error.stack);
  return lines;
}
