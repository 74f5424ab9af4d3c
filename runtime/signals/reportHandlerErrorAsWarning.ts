/**
 * The default handler-error reporter: a process warning (visible on stderr, catchable with
 * `process.on('warning')`), so a throwing handler is never silent and never crashes the client.
 * Replace it with the `onHandlerError` option of `createHttpService`.
 */
import type { HandlerErrorReporter } from './createSignal.js';

export const reportHandlerErrorAsWarning: HandlerErrorReporter = (error, signalName) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.emitWarning(`A WebStreamClient ${signalName} handler threw: ${firstLine(detail)}`, {
    type: 'WebStreamClientHandlerWarning',
    code: 'WSC_HANDLER_ERROR',
    detail,
  });
};

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}
