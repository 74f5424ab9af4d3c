/**
 * How the CLI reports a failure: a generator error (`CodegenError`, codegen/errors/) on one line,
 * `error CODE: message`, plus `  fix: ...` when the message does not already say it. Never a
 * stack trace. Anything else is a bug of ours: one line with its message and a line asking to
 * report it (`RBX_WEBSTREAM_DEBUG=1` adds the stack).
 */
import { truncateLine } from '../dump/messageText.js';
import { CodegenError } from '../errors/CodegenError.js';
import { redactUrlsIn } from '../update/redactUrl.js';

/** The lines to print on stderr for `error`, each cut to a readable length, URL passwords redacted. */
export function formatError(error: unknown, debug = process.env.RBX_WEBSTREAM_DEBUG === '1'): string[] {
  if (error instanceof CodegenError) {
    const lines = [`error ${error.code}: ${error.message}`];
    if (error.fix !== '' && !error.message.includes(error.fix)) lines.push(`  fix: ${error.fix}`);
    return lines.map((line) => truncateLine(redactUrlsIn(line)));
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [
    `error: ${message.split('\n')[0]}`,
    '  this is a bug in rbx-webstream; please report it with the command you ran (RBX_WEBSTREAM_DEBUG=1 shows the stack)',
  ];
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(error.stack);
  return lines;
}
