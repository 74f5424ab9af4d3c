/**
 * HttpService-level behaviour: the live-client limit (R9), the lifetime cap (R11), the Timeout
 * request option, undici's idle timeouts being off, option validation and the default service.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';
import { ClientLimitError } from '../../../runtime/errors/ClientLimitError.js';
import { RequestOptionsError } from '../../../runtime/errors/RequestOptionsError.js';
import { UsageError } from '../../../runtime/errors/UsageError.js';
import { HttpService } from '../../../runtime/service/HttpService.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { createGate } from '../../servers/createGate.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { recordClientEvents } from '../client/recordClientEvents.js';

const { SSE } = Enum.WebStreamClientType;
const TOO_MANY = 'Too many WebStreamClients active, please close existing ones before creating new ones';

describe('createHttpService', () => {
  let server: HttpFixtureServer;
  const quietGate = createGate();

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/open': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.write(': open\n\n');
      },
      '/quiet': async (_request, response: http.ServerResponse) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.write('data: first\n\n');
        await quietGate.wait();
        response.end('data: after the quiet period\n\n');
      },
      '/no-headers': () => undefined,
      '/404': (_request, response) => response.writeHead(404).end(),
    });
  });
  afterAll(() => server.close());

  it('throws ClientLimitError with the engine text for the 7th live client', async () => {
    const service = createHttpService();
    const clients = Array.from({ length: 6 }, () => service.CreateWebStreamClient(SSE, { Url: server.url('/open') }));
    expect(service.liveClientCount).toBe(6);
    let thrown: unknown;
    try {
      service.CreateWebStreamClient(SSE, { Url: server.url('/open') });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClientLimitError);
    expect((thrown as ClientLimitError).message).toBe(TOO_MANY);
    expect((thrown as ClientLimitError).code).toBe('WSC_ERR_TOO_MANY_CLIENTS');
    expect((thrown as ClientLimitError).limit).toBe(6);
    for (const client of clients) client.Close();
    await server.waitForNoOpenSockets();
  });

  it('frees a slot when a client is closed by the script', () => {
    const service = createHttpService({ maxLiveClients: 1 });
    const first = service.CreateWebStreamClient(SSE, { Url: server.url('/open') });
    expect(() => service.CreateWebStreamClient(SSE, { Url: server.url('/open') })).toThrow(TOO_MANY);
    first.Close();
    expect(service.liveClientCount).toBe(0);
    service.CreateWebStreamClient(SSE, { Url: server.url('/open') }).Close();
  });

  it('frees a slot when a client fails, before its Closed handlers run', async () => {
    const service = createHttpService({ maxLiveClients: 1 });
    const failing = service.CreateWebStreamClient(SSE, { Url: server.url('/404') });
    const replacement = await new Promise((resolve) => failing.Closed.Connect(() => resolve(service.CreateWebStreamClient(SSE, { Url: server.url('/open') }))));
    expect(service.liveClientCount).toBe(1);
    (replacement as { Close(): void }).Close();
  });

  it('checks the request table before the limit', () => {
    const service = createHttpService({ maxLiveClients: 1 });
    service.CreateWebStreamClient(SSE, { Url: server.url('/open') });
    expect(() => service.CreateWebStreamClient(SSE, { Url: '' })).toThrow(RequestOptionsError);
    service.closeAll();
    expect(service.liveClientCount).toBe(0);
  });

  it('ends a connection at the lifetime cap with Error(200, "HttpError: TimedOut") then Closed', async () => {
    const client = createHttpService({ lifetimeMs: 150 }).CreateWebStreamClient(SSE, { Url: server.url('/open') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toEqual([
      'Changed ConnectionState',
      'Opened 200',
      'Message : open\n\n',
      'Changed ConnectionState',
      'Error 200 HttpError: TimedOut',
      'Closed',
    ]);
    await server.waitForNoOpenSockets();
  });

  it('fails with HttpError: TimedOut when the response head does not arrive within Timeout', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/no-headers'), Timeout: 0.15 });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Error -1 HttpError: TimedOut', 'Closed']);
    await server.waitForNoOpenSockets();
  });

  it('turns undici body and headers timeouts off by default', () => {
    expect(HttpService.options.undiciBodyTimeoutMs).toBe(0);
    expect(HttpService.options.undiciHeadersTimeoutMs).toBe(0);
  });

  it('keeps a quiet stream open with the default settings, where a configured undici body timeout would end it', async () => {
    // With a 100 ms undici idle timeout the 400 ms quiet period kills the stream…
    const strict = createHttpService({ undiciBodyTimeoutMs: 100 }).CreateWebStreamClient(SSE, { Url: server.url('/quiet') });
    const strictRecording = recordClientEvents(strict);
    await strictRecording.closed;
    expect(strictRecording.events.slice(-2)).toEqual(['Error 200 HttpError: TimedOut', 'Closed']);
    quietGate.release(); // let that server handler finish

    // …while the defaults (timeouts off) survive the same quiet period.
    const relaxed = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/quiet') });
    const relaxedRecording = recordClientEvents(relaxed);
    await relaxedRecording.messagesReceived(1);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the quiet period itself
    quietGate.release();
    await relaxedRecording.closed;
    expect(relaxedRecording.messages).toEqual(['data: first\n\n', 'data: after the quiet period\n\n']);
    expect(relaxedRecording.events.at(-2)).toBe('Changed ConnectionState');
  });

  it('refuses bad options with UsageError naming the option', () => {
    const cases: Array<[object, RegExp]> = [
      [{ maxLiveClients: 0 }, /option maxLiveClients must be an integer >= 1, got 0/],
      [{ lifetimeMs: -1 }, /option lifetimeMs must be an integer >= 1 or Infinity/],
      [{ sseMessageMode: 'line' }, /option sseMessageMode must be one of "block", "read", got "line"/],
      [{ signalBehavior: 'deferred' }, /option signalBehavior must be one of "Deferred", "Immediate"/],
      [{ messageStrings: 'latin1' }, /option messageStrings must be one of "bytes", "utf8"/],
      [{ undiciBodyTimeoutMs: 1.5 }, /option undiciBodyTimeoutMs must be an integer >= 0/],
      [{ onHandlerError: 'log' }, /option onHandlerError must be a function/],
      [{ inactivityTimeoutMs: 0 }, /option inactivityTimeoutMs must be an integer >= 1 or Infinity, got 0/],
      [{ sseContentTypeFirst: 'yes' }, /option sseContentTypeFirst must be true or false, got "yes"/],
      [{ failureReporting: 'roblox' }, /option failureReporting must be one of "engine", "generic"/],
      [{ closeReportsAborted: 1 }, /option closeReportsAborted must be true or false/],
      [{ urlCredentials: 'keep' }, /option urlCredentials must be one of "basic-auth", "drop", "refuse"/],
      [{ webSocketCloseTimeoutMs: 0 }, /option webSocketCloseTimeoutMs must be an integer >= 1/],
      [{ maxWebSocketMessageBytes: -5 }, /option maxWebSocketMessageBytes must be an integer >= 1/],
      [{ maxResponseHeaderBytes: 10 }, /option maxResponseHeaderBytes must be an integer >= 1024/],
    ];
    for (const [options, message] of cases) {
      expect(() => createHttpService(options as never)).toThrow(UsageError);
      expect(() => createHttpService(options as never)).toThrow(message);
    }
  });

  it('gives the default HttpService the engine defaults', () => {
    expect(HttpService.ClassName).toBe('HttpService');
    expect(HttpService.options).toMatchObject({
      maxLiveClients: 6,
      lifetimeMs: 1_800_000,
      inactivityTimeoutMs: 20_000,
      sseMessageMode: 'read',
      sseContentTypeFirst: true,
      failureReporting: 'engine',
      closeReportsAborted: false,
      urlCredentials: 'basic-auth',
      webSocketCloseTimeoutMs: 1000,
      maxWebSocketMessageBytes: 100 * 1024 * 1024,
      maxResponseHeaderBytes: 300 * 1024,
      maxReadBytes: 16_384,
      signalBehavior: 'Deferred',
      messageStrings: 'utf8',
    });
  });

  it('accepts lifetimeMs Infinity as "no cap"', () => {
    expect(createHttpService({ lifetimeMs: Number.POSITIVE_INFINITY }).options.lifetimeMs).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('HttpService Object members', () => {
  it('has ClassName HttpService, IsA for its class chain, and refuses assignment and unknown properties', () => {
    const service = createHttpService();
    expect(service.ClassName).toBe('HttpService');
    expect(service.className).toBe('HttpService');
    expect(['HttpService', 'Instance', 'Object', 'WebStreamClient'].map((name) => service.IsA(name))).toEqual([true, true, true, false]);
    expect(service.isA('Instance')).toBe(true);
    expect(() => ((service as unknown as { ClassName: string }).ClassName = 'x')).toThrow(expect.objectContaining({ code: 'WSC_ERR_READ_ONLY_PROPERTY' }));
    expect(service.GetPropertyChangedSignal('ClassName')).toBe(service.GetPropertyChangedSignal('ClassName'));
    expect(() => service.GetPropertyChangedSignal('HttpEnabled')).toThrow('HttpEnabled is not a valid property name.');
  });
});
