/**
 * The SSE/RawStream transport: one HTTP request over undici, with the response body streamed
 * chunk by chunk as undici reads it.
 *
 * Each stream gets its own undici `Client` (one origin, one socket), destroyed when the stream
 * ends, fails or is closed, so no socket outlives the client even when `Close()` lands while the
 * TCP connect is still pending. The handler uses undici's dispatch-handler API and reads
 * `controller.rawHeaders` for the original header case and order (§1.3 item 4; undici's parsed
 * header object is lower-cased). undici's 300 s body/headers timeouts are replaced by the
 * service's settings (0 = off by default, see `DEFAULT_UNDICI_BODY_TIMEOUT_MS`).
 *
 * The inactivity timeout (`DEFAULT_INACTIVITY_TIMEOUT_MS`) lives here: after the response head,
 * every received byte restarts one timer; when it runs out the stream fails with
 * `InactivityTimeout`. The timer is cleared whenever the stream finishes.
 */
import { Client, type Dispatcher } from 'undici';
import type { StreamRequest } from '../request/StreamRequest.js';
import { classifyTransportError } from './classifyTransportError.js';
import type { ResponseHead, Transport, TransportFailure, TransportListener, TransportSettings } from './Transport.js';

export function openHttpStream(request: StreamRequest, settings: TransportSettings, listener: TransportListener): Transport {
  const client = new Client(request.url.origin, {
    bodyTimeout: settings.undiciBodyTimeoutMs,
    headersTimeout: settings.undiciHeadersTimeoutMs,
    maxHeaderSize: settings.maxResponseHeaderBytes,
    pipelining: 1,
  });
  let finished = false;
  let inactivityTimer: NodeJS.Timeout | undefined;

  const finish = (): void => {
    finished = true;
    if (inactivityTimer !== undefined) clearTimeout(inactivityTimer);
    inactivityTimer = undefined;
    client.destroy().catch(() => undefined);
  };

  const fail = (failure: TransportFailure): void => {
    if (finished) return;
    finish();
    listener.failure(failure);
  };

  const startInactivityTimer = (): void => {
    if (finished || !Number.isFinite(settings.inactivityTimeoutMs)) return;
    inactivityTimer = setTimeout(() => fail({ type: 'network', name: 'InactivityTimeout' }), settings.inactivityTimeoutMs);
  };

  const handler: Dispatcher.DispatchHandler = {
    onRequestStart(controller) {
      if (finished) controller.abort(new Error('stream closed before the request started'));
    },
    onResponseStart(controller, statusCode, headers, statusMessage) {
      if (finished || statusCode < 200) return;
      listener.head({ status: statusCode, statusText: statusMessage ?? '', rawHeaders: readRawHeaders(controller, headers) });
      startInactivityTimer();
    },
    onResponseData(_controller, chunk) {
      if (finished) return;
      inactivityTimer?.refresh();
      listener.data(chunk);
    },
    onResponseEnd() {
      if (finished) return;
      finish();
      listener.end();
    },
    onResponseError(_controller, error) {
      fail({ type: 'network', name: classifyTransportError(error), cause: error });
    },
  };

  client.dispatch(
    {
      path: `${request.url.pathname}${request.url.search}`,
      method: request.method,
      headers: request.headers.flat(),
      body: request.body ?? null,
    },
    handler,
  );

  return {
    send: () => undefined,
    close: () => {
      if (!finished) finish();
    },
  };
}

/** The raw header list, or (if an interceptor dropped it) the parsed headers in undici's order. */
function readRawHeaders(controller: Dispatcher.DispatchController, parsed: Record<string, string | string[] | undefined>): ResponseHead['rawHeaders'] {
  const raw = controller.rawHeaders;
  if (Array.isArray(raw)) return raw.map((part) => (typeof part === 'string' ? part : part.toString('latin1')));
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.push(name, single);
  }
  return pairs;
}
