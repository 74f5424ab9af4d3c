/**
 * The client state machine: states and Changed signals, Close() in every state, no event after
 * Closed, read-only properties, Object members, and handler errors. Uses Immediate signals where
 * a test reads the state inside a handler.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';
import { PropertyError } from '../../../runtime/errors/PropertyError.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { reportHandlerErrorAsWarning } from '../../../runtime/signals/reportHandlerErrorAsWarning.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const { SSE, RawStream } = Enum.WebStreamClientType;
const State = Enum.WebStreamClientState;

describe('WebStreamClient lifecycle', () => {
  let server: HttpFixtureServer;
  const tickers = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/two': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.end('data: 1\n\ndata: 2\n\n');
      },
      '/hang': () => undefined, // never answers
      '/ticker': (_request, response: http.ServerResponse) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        let count = 0;
        const ticker = setInterval(() => response.write(`data: ${count++}\n\n`), 2);
        tickers.add(ticker);
        response.on('close', () => {
          clearInterval(ticker);
          tickers.delete(ticker);
        });
      },
      '/404': (_request, response) => response.writeHead(404).end(),
    });
  });
  afterAll(() => server.close());

  it('starts in Connecting', () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/two') });
    expect(client.ConnectionState).toBe(State.Connecting);
    client.Close();
  });

  it('goes Connecting → Open → Closed, firing Changed and the ConnectionState signal before each event', async () => {
    const client = createHttpService({ signalBehavior: 'Immediate', sseMessageMode: 'block' }).CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const seen: string[] = [];
    client.Changed.Connect((property) => seen.push(`Changed ${property} ${client.ConnectionState.Name}`));
    client.GetPropertyChangedSignal('ConnectionState').Connect(() => seen.push(`StateSignal ${client.ConnectionState.Name}`));
    client.Opened.Connect((status) => seen.push(`Opened ${status} ${client.ConnectionState.Name}`));
    client.MessageReceived.Connect((message) => seen.push(`Message ${JSON.stringify(message)}`));
    await new Promise<void>((resolve) => client.Closed.Connect(() => (seen.push(`Closed ${client.ConnectionState.Name}`), resolve())));
    expect(seen).toEqual([
      'Changed ConnectionState Open',
      'StateSignal Open',
      'Opened 200 Open',
      'Message "data: 1\\n\\n"',
      'Message "data: 2\\n\\n"',
      'Changed ConnectionState Closed',
      'StateSignal Closed',
      'Closed Closed',
    ]);
  });

  it('fires Error then Closed with ConnectionState Error during both handlers', async () => {
    const client = createHttpService({ signalBehavior: 'Immediate' }).CreateWebStreamClient(SSE, { Url: server.url('/404') });
    const seen: string[] = [];
    client.Error.Connect((status) => seen.push(`Error ${status} ${client.ConnectionState.Name}`));
    await new Promise<void>((resolve) => client.Closed.Connect(() => (seen.push(`Closed ${client.ConnectionState.Name}`), resolve())));
    expect(seen).toEqual(['Error 404 Error', 'Closed Error']);
  });

  it('fires Closed once after Close() during Connecting, before the request was sent', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const recording = recordClientEvents(client);
    client.Close();
    client.Close();
    await recording.closed;
    // Checking for absence: give a late Opened a chance to show up (it must not).
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(recording.events).toEqual(['Changed ConnectionState', 'Closed']);
    expect(client.ConnectionState).toBe(State.Closed);
  });

  it('fires Closed once after Close() during Connecting while the server has not answered, and drops the connection', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/hang') });
    const recording = recordClientEvents(client);
    await server.nextRequest('/hang');
    client.Close();
    await recording.closed;
    await server.waitForNoOpenSockets();
    expect(recording.events).toEqual(['Changed ConnectionState', 'Closed']);
  });

  it('fires nothing after Closed even while the server keeps writing', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/ticker') });
    const recording = recordClientEvents(client);
    await recording.messagesReceived(3);
    client.Close();
    await recording.closed;
    const countAtClose = recording.events.length;
    await server.waitForNoOpenSockets();
    await new Promise((resolve) => setImmediate(resolve));
    expect(recording.events.length).toBe(countAtClose);
    expect(recording.events.at(-1)).toBe('Closed');
    expect(recording.events.filter((event) => event === 'Closed')).toHaveLength(1);
  });

  it('fires Closed and nothing more when an Immediate MessageReceived handler calls Close()', async () => {
    const client = createHttpService({ signalBehavior: 'Immediate', sseMessageMode: 'block' }).CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const seen: string[] = [];
    client.MessageReceived.Connect((message) => {
      seen.push(`Message ${JSON.stringify(message)}`);
      client.Close();
    });
    await new Promise<void>((resolve) => client.Closed.Connect(() => (seen.push('Closed'), resolve())));
    await server.waitForNoOpenSockets();
    expect(seen).toEqual(['Message "data: 1\\n\\n"', 'Closed']);
  });

  it('does nothing on Close() after the client ended, in Closed or in Error', async () => {
    const service = createHttpService();
    const ended = service.CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const failed = service.CreateWebStreamClient(SSE, { Url: server.url('/404') });
    const endedRecording = recordClientEvents(ended);
    const failedRecording = recordClientEvents(failed);
    await Promise.all([endedRecording.closed, failedRecording.closed]);
    const before = [endedRecording.events.length, failedRecording.events.length];
    ended.Close();
    failed.Close();
    await new Promise((resolve) => setImmediate(resolve)); // deferred events would have run by now
    expect([endedRecording.events.length, failedRecording.events.length]).toEqual(before);
    expect(ended.ConnectionState).toBe(State.Closed);
    expect(failed.ConnectionState).toBe(State.Error);
  });

  it('lets handlers connected right after creation see Opened, also with Immediate signals', async () => {
    const client = createHttpService({ signalBehavior: 'Immediate' }).CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toContain('Opened 200');
  });

  it('throws PropertyError with the engine text when ConnectionState or ClassName is assigned, and keeps the value', () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/two') });
    const writable = client as unknown as { ConnectionState: unknown; ClassName: unknown };
    expect(() => (writable.ConnectionState = State.Open)).toThrow(PropertyError);
    expect(() => (writable.ConnectionState = State.Open)).toThrow('Unable to assign property ConnectionState. Property is read only');
    expect(() => (writable.ClassName = 'Other')).toThrow(expect.objectContaining({ code: 'WSC_ERR_READ_ONLY_PROPERTY' }));
    expect(client.ConnectionState).toBe(State.Connecting);
    client.Close();
  });

  it('has the Object members: ClassName, IsA and their deprecated aliases', () => {
    const client = createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/two') });
    expect(client.ClassName).toBe('WebStreamClient');
    expect(client.className).toBe('WebStreamClient');
    expect(client.IsA('WebStreamClient')).toBe(true);
    expect(client.IsA('Object')).toBe(true);
    expect(client.IsA('Instance')).toBe(false);
    expect(client.isA('Object')).toBe(true);
    client.Close();
  });

  it('returns one changed-signal per property and refuses unknown property names', () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/two') });
    expect(client.GetPropertyChangedSignal('ConnectionState')).toBe(client.GetPropertyChangedSignal('ConnectionState'));
    expect(() => client.GetPropertyChangedSignal('Url')).toThrow('Url is not a valid property name.');
    expect(() => client.GetPropertyChangedSignal('Url')).toThrow(expect.objectContaining({ code: 'WSC_ERR_INVALID_PROPERTY_NAME' }));
    client.Close();
  });

  it('ignores Send on SSE and RawStream clients', async () => {
    for (const type of [SSE, RawStream]) {
      const client = createHttpService().CreateWebStreamClient(type, { Url: server.url('/two') });
      const recording = recordClientEvents(client);
      await recording.eventSeen('Opened');
      expect(() => client.Send('ignored')).not.toThrow();
      await recording.closed;
    }
  });

  it('keeps delivering to other handlers and messages when a handler throws, and reports the error', async () => {
    const reported: Array<[string, string]> = [];
    const service = createHttpService({ sseMessageMode: 'block', onHandlerError: (error, signal) => reported.push([signal, (error as Error).message]) });
    const client = service.CreateWebStreamClient(SSE, { Url: server.url('/two') });
    client.MessageReceived.Connect(() => {
      throw new Error('handler bug');
    });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.messages).toEqual(['data: 1\n\n', 'data: 2\n\n']);
    expect(reported).toEqual([
      ['MessageReceived', 'handler bug'],
      ['MessageReceived', 'handler bug'],
    ]);
  });

  it('reports handler errors as a process warning by default', async () => {
    const warning = new Promise<Error>((resolve) => process.once('warning', resolve));
    reportHandlerErrorAsWarning(new Error('visible'), 'Opened');
    const emitted = (await warning) as Error & { code?: string };
    expect(emitted.name).toBe('WebStreamClientHandlerWarning');
    expect(emitted.message).toBe('A WebStreamClient Opened handler threw: Error: visible');
    expect(emitted.code).toBe('WSC_HANDLER_ERROR');
  });
});
