/**
 * waitForEvent: resolves with the awaited event's arguments, and rejects with a typed
 * EventWaitError instead of hanging when the client fails, closes, stays silent or is aborted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvent } from '../../../runtime/client/waitForEvent.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { EventWaitError } from '../../../runtime/errors/EventWaitError.js';
import { UsageError } from '../../../runtime/errors/UsageError.js';
import { WebStreamError } from '../../../runtime/errors/WebStreamError.js';
import * as runtime from '../../../runtime/index.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';

const { SSE } = Enum.WebStreamClientType;

describe('waitForEvent', () => {
  let server: HttpFixtureServer;
  let refusedUrl: string;

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/events': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.end('data: héllo\n\n');
      },
      '/empty': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/event-stream' }).end(),
      '/hang': () => undefined,
    });
    const closed = await startHttpFixtureServer({});
    refusedUrl = closed.url('/events');
    await closed.close();
  });
  afterAll(() => server.close());

  it('is exported from the package entry', () => {
    expect(runtime.waitForEvent).toBe(waitForEvent);
    expect(runtime.EventWaitError).toBe(EventWaitError);
  });

  it('resolves with the arguments of the event', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/events') });
    // Start every wait before awaiting: only events fired after the call count.
    const opened = waitForEvent(client, 'Opened', { timeoutMs: 2000 });
    const received = waitForEvent(client, 'MessageReceived');
    const closed = waitForEvent(client, 'Closed');
    const [status, headers] = await opened;
    expect(status).toBe(200);
    expect(headers).toMatch(/^Content-Type: text\/event-stream/);
    expect(await received).toEqual(['data: héllo\n\n']);
    expect(await closed).toEqual([]);
  });

  it('rejects with WSC_ERR_WAIT_CLIENT_FAILED and the Error arguments on a refused port, where Opened.Wait() would never settle', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: refusedUrl });
    const error = await waitForEvent(client, 'Opened', { timeoutMs: 2000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EventWaitError);
    expect(error).toBeInstanceOf(WebStreamError);
    expect(error).toMatchObject({ code: 'WSC_ERR_WAIT_CLIENT_FAILED', reason: 'failed', event: 'Opened', status: -1, errorMessage: 'HttpError: ConnectFail' });
    expect((error as Error).message).toBe('the client failed before Opened fired: Error(-1, "HttpError: ConnectFail")');
  });

  it('rejects with WSC_ERR_WAIT_TIMEOUT when nothing comes within timeoutMs', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/hang') });
    await expect(waitForEvent(client, 'Opened', { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'WSC_ERR_WAIT_TIMEOUT',
      message: 'Opened did not fire within 50 ms',
    });
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Connecting);
    client.Close();
  });

  it('rejects with WSC_ERR_WAIT_CLIENT_CLOSED when the client closes first', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/empty') });
    await expect(waitForEvent(client, 'MessageReceived')).rejects.toMatchObject({ code: 'WSC_ERR_WAIT_CLIENT_CLOSED', reason: 'closed' });
  });

  it('resolves a wait for Error with its arguments, and a wait for Closed after a failure', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: refusedUrl });
    const [failed, closed] = await Promise.all([waitForEvent(client, 'Error'), waitForEvent(client, 'Closed')]);
    expect(failed).toEqual([-1, 'HttpError: ConnectFail']);
    expect(closed).toEqual([]);
  });

  it('settles at once for a client that has already ended', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/hang') });
    client.Close();
    await expect(waitForEvent(client, 'Opened')).rejects.toMatchObject({ code: 'WSC_ERR_WAIT_CLIENT_CLOSED' });
    await expect(waitForEvent(client, 'Closed')).resolves.toEqual([]);
  });

  it('rejects with WSC_ERR_WAIT_ABORTED when the signal aborts', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/hang') });
    const controller = new AbortController();
    const waiting = waitForEvent(client, 'Opened', { timeoutMs: Number.POSITIVE_INFINITY, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'WSC_ERR_WAIT_ABORTED' });
    client.Close();
  });

  it('refuses an unknown event name and a bad timeout with UsageError', () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/hang') });
    expect(() => waitForEvent(client, 'Changed' as never)).toThrow(UsageError);
    expect(() => waitForEvent(client, 'Changed' as never)).toThrow(expect.objectContaining({ code: 'WSC_ERR_UNKNOWN_EVENT' }));
    expect(() => waitForEvent(client, 'Opened', { timeoutMs: 0 })).toThrow(expect.objectContaining({ code: 'WSC_ERR_INVALID_WAIT_OPTION' }));
    client.Close();
  });

  it('leaves no timer behind once settled', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: refusedUrl });
    const before = timers();
    await waitForEvent(client, 'Opened', { timeoutMs: 60_000 }).catch(() => undefined);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
