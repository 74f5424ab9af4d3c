/**
 * SSE clients end to end against node:http servers on 127.0.0.1: Opened with the raw headers,
 * one message per read (default) or per event block, byte-at-a-time writes, and every failure
 * path with the engine's statuses and texts.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enum } from '../../../runtime/enums/Enum.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { createGate } from '../../servers/createGate.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const SSE = Enum.WebStreamClientType.SSE;
/** A service in "block" mode with byte strings, for the tests of exact block framing. */
const blockService = () => createHttpService({ sseMessageMode: 'block', messageStrings: 'bytes' });
const eventStream = (response: http.ServerResponse, extra: Record<string, string> = {}) =>
  response.writeHead(200, { 'Content-Type': 'text/event-stream', ...extra });

describe('SSE client', () => {
  let server: HttpFixtureServer;
  const readGate = createGate();
  let lastRequest: { method?: string; headers: string[]; body: string } | undefined;

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/events': (_request, response) => {
        response.writeHead(200, [
          ['Content-Type', 'text/event-stream'],
          ['X-Mixed-Case', 'Yes'],
          ['set-cookie', 'a=1'],
          ['Set-Cookie', 'b=2'],
        ] as unknown as http.OutgoingHttpHeaders);
        response.write('event: greet\ndata: hello\n\n');
        response.write(': keep-alive\n\nid: 7\ndata: {"n":1}\r\n\r\n');
        response.end('data: no blank line at the end\n');
      },
      '/bom': (_request, response) => {
        eventStream(response);
        response.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('data: x\n\n')]));
      },
      '/bytewise': (_request, response) => {
        eventStream(response);
        const body = Buffer.from('event: a\r\ndata: é✓\r\n\r\n:c\r\rdata: z\n\n');
        let index = 0;
        const writeNext = (): void => {
          if (index === body.length) {
            response.end();
            return;
          }
          response.write(body.subarray(index, index + 1));
          index++;
          setTimeout(writeNext, 1);
        };
        writeNext();
      },
      '/reads': async (_request, response) => {
        eventStream(response);
        for (const part of ['data: fir', 'st\n\nda', 'ta: second\n\n']) {
          response.write(part);
          await readGate.wait();
        }
        response.end();
      },
      '/echo': (request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          lastRequest = { method: request.method, headers: request.rawHeaders, body: Buffer.concat(chunks).toString('latin1') };
          eventStream(response);
          response.end('data: got it\n\n');
        });
      },
      '/status-404': (_request, response) => response.writeHead(404, { 'Content-Type': 'text/event-stream' }).end('data: x\n\n'),
      '/status-500': (_request, response) => response.writeHead(500, 'Broken', { 'Content-Type': 'text/plain' }).end('oops'),
      '/status-400-json': (_request, response) => response.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"bad prompt"}'),
      '/status-204': (_request, response) => response.writeHead(204).end(),
      '/plain': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('data: x\n\n'),
      '/no-type': (_request, response) => {
        response.removeHeader('Content-Type');
        response.writeHead(200).end('data: x\n\n');
      },
      '/with-charset': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'Text/Event-Stream; charset=utf-8' });
        response.end('data: ok\n\n');
      },
      '/cut': (_request, response) => {
        eventStream(response);
        response.write('data: before the cut\n\n');
        setTimeout(() => response.socket?.destroy(), 20);
      },
      '/huge': (_request, response) => {
        eventStream(response);
        response.write(`data: ${'x'.repeat(2000)}`);
      },
    });
  });
  afterAll(() => server.close());

  it('fires Opened with the status and the raw headers in original case and order, then one message per event block, then Closed', async () => {
    const client = blockService().CreateWebStreamClient(SSE, { Url: server.url('/events') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toEqual([
      'Changed ConnectionState',
      'Opened 200',
      'Message event: greet\ndata: hello\n\n',
      'Message : keep-alive\n\n',
      'Message id: 7\ndata: {"n":1}\r\n\r\n',
      'Changed ConnectionState',
      'Closed',
    ]);
    expect(recording.openedHeaders).toMatch(
      /^Content-Type: text\/event-stream\r\nX-Mixed-Case: Yes\r\nset-cookie: a=1\r\nSet-Cookie: b=2\r\nDate: [^\r\n]+\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked$/,
    );
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Closed);
  });

  it('leaves the leading BOM out of the first message', async () => {
    const recording = recordClientEvents(blockService().CreateWebStreamClient(SSE, { Url: server.url('/bom') }));
    await recording.closed;
    expect(recording.messages).toEqual(['data: x\n\n']);
  });

  it('rebuilds whole event blocks when the server writes one byte at a time (CRLF and UTF-8 split)', async () => {
    const recording = recordClientEvents(blockService().CreateWebStreamClient(SSE, { Url: server.url('/bytewise') }));
    await recording.closed;
    expect(recording.messages).toEqual(['event: a\r\ndata: \u00c3\u00a9\u00e2\u009c\u0093\r\n\r\n', ':c\r\r', 'data: z\n\n']);
  });

  it('gives UTF-8 text by default, completing a character split across reads instead of inserting U+FFFD', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/bytewise') }));
    await recording.closed;
    expect(recording.messages.join('')).toBe('event: a\r\ndata: é✓\r\n\r\n:c\r\rdata: z\n\n');
    expect(recording.messages.every((message) => message.length > 0 && !message.includes('\ufffd'))).toBe(true);
  });

  it('delivers each read as one message by default ("read" mode)', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url('/reads') });
    const recording = recordClientEvents(client);
    for (let count = 1; count <= 3; count++) {
      await recording.messagesReceived(count);
      readGate.release();
    }
    await recording.closed;
    expect(recording.messages).toEqual(['data: fir', 'st\n\nda', 'ta: second\n\n']);
  });

  it('sends the method, headers and body of the request table', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, {
      Url: server.url('/echo'),
      Method: 'POST',
      Headers: { Authorization: 'Bearer t0k', 'X-Trace': 'abc' },
      Body: '{"prompt":"hi"}',
    });
    await recordClientEvents(client).closed;
    expect(lastRequest?.method).toBe('POST');
    expect(lastRequest?.body).toBe('{"prompt":"hi"}');
    const headerNames = lastRequest?.headers.filter((_, index) => index % 2 === 0) ?? [];
    expect(headerNames).toEqual(expect.arrayContaining(['User-Agent', 'Accept', 'Cache-Control', 'Authorization', 'X-Trace']));
    expect(lastRequest?.headers[lastRequest.headers.indexOf('Authorization') + 1]).toBe('Bearer t0k');
    expect(lastRequest?.headers[lastRequest.headers.indexOf('Accept') + 1]).toBe('text/event-stream');
  });

  it('sends credentials from the Url as Basic auth (as WebSocket does), not dropping them', async () => {
    const url = new URL(server.url('/echo'));
    url.username = 'plugin';
    url.password = 's3cret';
    await recordClientEvents(createHttpService().CreateWebStreamClient(SSE, { Url: url.href })).closed;
    const headers = lastRequest?.headers ?? [];
    expect(headers[headers.indexOf('Authorization') + 1]).toBe(`Basic ${Buffer.from('plugin:s3cret').toString('base64')}`);
  });

  it('accepts a Content-Type with parameters and any case', async () => {
    const recording = recordClientEvents(blockService().CreateWebStreamClient(SSE, { Url: server.url('/with-charset') }));
    await recording.closed;
    expect(recording.messages).toEqual(['data: ok\n\n']);
  });

  const invalidType = 'Invalid Content-Type header for SSE client';
  const failures: Array<[string, string, string]> = [
    ['a 404 status that says text/event-stream', '/status-404', 'Error 404 SSE response status 404 Not Found is not 2xx'],
    ['a 500 text/plain reply (Content-Type checked first)', '/status-500', `Error 500 ${invalidType}`],
    ['a 400 reply with a JSON body', '/status-400-json', `Error 400 ${invalidType}`],
    ['a 204 status without a body type', '/status-204', `Error 204 ${invalidType}`],
    ['Content-Type text/plain', '/plain', `Error 200 ${invalidType}`],
    ['no Content-Type', '/no-type', `Error 200 ${invalidType}`],
  ];
  for (const [what, path, errorLine] of failures) {
    it(`fails with Error then Closed, without Opened, for ${what}`, async () => {
      const client = createHttpService().CreateWebStreamClient(SSE, { Url: server.url(path) });
      const recording = recordClientEvents(client);
      await recording.closed;
      expect(recording.events).toEqual(['Changed ConnectionState', errorLine, 'Closed']);
      expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Error);
    });
  }

  it('checks the status first with sseContentTypeFirst: false', async () => {
    const client = createHttpService({ sseContentTypeFirst: false }).CreateWebStreamClient(SSE, { Url: server.url('/status-400-json') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Error 400 SSE response status 400 Bad Request is not 2xx', 'Closed']);
  });

  it('fails with Error(-1, "HttpError: ConnectFail") when the connection is refused (status 0 with failureReporting "generic")', async () => {
    const closedServer = await startHttpFixtureServer({});
    const url = closedServer.url('/events');
    await closedServer.close();
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(SSE, { Url: url }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Error -1 HttpError: ConnectFail', 'Closed']);
    const generic = recordClientEvents(createHttpService({ failureReporting: 'generic' }).CreateWebStreamClient(SSE, { Url: url }));
    await generic.closed;
    expect(generic.events).toEqual(['Changed ConnectionState', 'Error 0 HttpError: ConnectFail', 'Closed']);
  });

  it('fails with Error(200, "HttpError: ConnectionClosed") when the server drops the connection mid-stream', async () => {
    const recording = recordClientEvents(blockService().CreateWebStreamClient(SSE, { Url: server.url('/cut') }));
    await recording.closed;
    expect(recording.events).toEqual([
      'Changed ConnectionState',
      'Opened 200',
      'Message data: before the cut\n\n',
      'Changed ConnectionState',
      'Error 200 HttpError: ConnectionClosed',
      'Closed',
    ]);
  });

  it('fails when one event block outgrows maxSseBlockBytes', async () => {
    const client = createHttpService({ sseMessageMode: 'block', maxSseBlockBytes: 1024 }).CreateWebStreamClient(SSE, { Url: server.url('/huge') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events.slice(2)).toEqual([
      'Changed ConnectionState',
      'Error 200 SSE event block exceeded 1024 bytes without a terminating blank line; send a blank line after each event or raise maxSseBlockBytes in createHttpService()',
      'Closed',
    ]);
    await server.waitForNoOpenSockets();
  });
});
