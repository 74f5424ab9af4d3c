/**
 * WebSocket clients end to end against a `ws` server on 127.0.0.1: Opened from the upgrade
 * response, one message per frame (R6), binary bytes kept (R5), text-only Send (R7), clean and
 * abnormal closes, refused handshakes.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { ByteString } from '../../../runtime/bytes/ByteString.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { UsageError } from '../../../runtime/errors/UsageError.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { startWebSocketFixtureServer, type WebSocketFixtureServer } from '../../servers/startWebSocketFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const WS = Enum.WebStreamClientType.WebSocket;
const allBytes = Buffer.from(Array.from({ length: 256 }, (_, index) => index));

interface ServerSide {
  frames: Array<{ data: string; isBinary: boolean }>;
  closeCode?: number;
  protocol?: string;
  requestHeaders?: string[];
}

describe('WebSocket client', () => {
  let server: WebSocketFixtureServer;
  let serverSide: ServerSide = { frames: [] };
  let serverSocketClosed: Promise<unknown> = Promise.resolve();

  const track = (socket: WebSocket): void => {
    serverSocketClosed = once(socket, 'close');
    socket.on('message', (data, isBinary) => serverSide.frames.push({ data: Buffer.from(data as Buffer).toString('latin1'), isBinary }));
    socket.on('close', (code) => (serverSide.closeCode = code));
  };

  beforeAll(async () => {
    server = await startWebSocketFixtureServer(
      {
        '/echo': (socket, request) => {
          track(socket);
          serverSide.requestHeaders = request.rawHeaders;
          serverSide.protocol = socket.protocol;
          socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
        },
        '/burst': (socket) => {
          track(socket);
          socket.send('one');
          socket.send(allBytes, { binary: true });
          socket.send('three ✓');
          socket.close(1000, 'done');
        },
        '/drop': (socket) => {
          track(socket);
          socket.send('bye');
          setTimeout(() => socket.terminate(), 20);
        },
        '/reset': (socket, request) => {
          track(socket);
          socket.send('bye');
          setTimeout(() => request.socket.resetAndDestroy(), 20);
        },
        '/close-1011': (socket) => {
          track(socket);
          socket.close(1011, 'server error');
        },
      },
      { reject: { '/forbidden': 403 }, handleProtocols: (protocols) => (protocols.has('chat.v2') ? 'chat.v2' : false) },
    );
  });
  afterAll(() => server.close());

  it('fires Opened with status 101 and the upgrade response headers, echoes a text Send, and closes with code 1000', async () => {
    serverSide = { frames: [] };
    const client = createHttpService().CreateWebStreamClient(WS, { Url: server.url('/echo') });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Opened');
    client.Send('hello');
    await recording.messagesReceived(1);
    client.Close();
    await recording.closed;
    await serverSocketClosed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Opened 101', 'Message hello', 'Changed ConnectionState', 'Closed']);
    expect(recording.openedHeaders).toMatch(/^Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: [A-Za-z0-9+/=]+$/);
    expect(serverSide.frames).toEqual([{ data: 'hello', isBinary: false }]);
    expect(serverSide.closeCode).toBe(1000);
    expect(serverSide.requestHeaders).toContain('RobloxStudio/WinInet');
  });

  it('delivers one message per frame and keeps every byte of a binary frame', async () => {
    const recording = recordClientEvents(createHttpService({ messageStrings: 'bytes' }).CreateWebStreamClient(WS, { Url: server.url('/burst') }));
    await recording.closed;
    expect(recording.messages).toEqual(['one', ByteString.fromBuffer(allBytes), ByteString.fromUtf8('three ✓')]);
    expect(recording.events.slice(-2)).toEqual(['Changed ConnectionState', 'Closed']);
  });

  it('gives text frames as UTF-8 text by default', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WS, { Url: server.url('/burst') }));
    await recording.closed;
    expect(recording.messages[2]).toBe('three ✓');
  });

  it('fires only Closed when the server closes with a close frame, whatever the code', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WS, { Url: server.url('/close-1011') }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Opened 101', 'Changed ConnectionState', 'Closed']);
  });

  it('fires Error(400, "Failed ws recv - err: 0 …") then Closed when the connection ends without a close frame', async () => {
    const client = createHttpService().CreateWebStreamClient(WS, { Url: server.url('/drop') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.events.slice(-3)).toEqual(['Changed ConnectionState', 'Error 400 Failed ws recv - err: 0 "No error", curlErrBuf: ""', 'Closed']);
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Error);
  });

  it('fires Error(400, "Failed ws recv - err: 56 …Connection was reset") then Closed when the peer resets the connection', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WS, { Url: server.url('/reset') }));
    await recording.closed;
    expect(recording.events.slice(-3)).toEqual([
      'Changed ConnectionState',
      'Error 400 Failed ws recv - err: 56 "Failure when receiving data from the peer", curlErrBuf: "Recv failure: Connection was reset"',
      'Closed',
    ]);
  });

  it('reports a lost connection as Error(0, "HttpError: ConnectionClosed") with failureReporting "generic"', async () => {
    const recording = recordClientEvents(createHttpService({ failureReporting: 'generic' }).CreateWebStreamClient(WS, { Url: server.url('/reset') }));
    await recording.closed;
    expect(recording.events.slice(-2)).toEqual(['Error 0 HttpError: ConnectionClosed', 'Closed']);
  });

  it('fires Error(400, "HttpError: ConnectFail") then Closed when nothing listens', async () => {
    const closed = await startWebSocketFixtureServer({});
    const url = closed.url('/nothing');
    await closed.close();
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WS, { Url: url }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Error 400 HttpError: ConnectFail', 'Closed']);
  });

  it('fails a message over maxWebSocketMessageBytes with curl\'s "too large" error', async () => {
    const recording = recordClientEvents(createHttpService({ maxWebSocketMessageBytes: 100 }).CreateWebStreamClient(WS, { Url: server.url('/burst') }));
    await recording.closed;
    expect(recording.messages).toEqual(['one']);
    expect(recording.events.slice(-2)).toEqual([
      'Error 400 Failed ws recv - err: 100 "A value or data field grew larger than allowed", curlErrBuf: "message larger than the receive limit of 100 bytes (maxWebSocketMessageBytes)"',
      'Closed',
    ]);
  });

  it('fires Error with the HTTP status then Closed when the handshake is refused', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WS, { Url: server.url('/forbidden') }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Error 403 WebSocket handshake rejected with status 403 Forbidden', 'Closed']);
  });

  it('negotiates a subprotocol given as a Sec-WebSocket-Protocol header', async () => {
    serverSide = { frames: [] };
    const client = createHttpService().CreateWebStreamClient(WS, { Url: server.url('/echo'), Headers: { 'Sec-WebSocket-Protocol': 'chat.v1, chat.v2' } });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Opened');
    expect(recording.openedHeaders).toContain('Sec-WebSocket-Protocol: chat.v2');
    expect(serverSide.protocol).toBe('chat.v2');
    client.Close();
    await recording.closed;
  });

  it('sends byte strings as their bytes and refuses Send data that is not UTF-8 or not a byte string in "bytes" mode', async () => {
    serverSide = { frames: [] };
    const client = createHttpService({ messageStrings: 'bytes' }).CreateWebStreamClient(WS, { Url: server.url('/echo') });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Opened');
    client.Send(ByteString.fromUtf8('héllo ✓'));
    await recording.messagesReceived(1);
    expect(serverSide.frames).toEqual([{ data: ByteString.fromUtf8('héllo ✓'), isBinary: false }]);
    expect(() => client.Send('h\u00e9llo')).toThrow(expect.objectContaining({ code: 'WSC_ERR_SEND_NOT_UTF8' }));
    expect(() => client.Send('✓')).toThrow(UsageError);
    expect(() => client.Send('✓')).toThrow(expect.objectContaining({ code: 'WSC_ERR_NOT_A_BYTE_STRING' }));
    client.Close();
    await recording.closed;
  });

  it('sends text as UTF-8 by default ("ping ü" reaches the server as UTF-8 and comes back intact)', async () => {
    serverSide = { frames: [] };
    const client = createHttpService().CreateWebStreamClient(WS, { Url: server.url('/echo') });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Opened');
    client.Send('ping ü');
    client.Send('héllo ✓');
    expect(await recording.messagesReceived(2)).toEqual(['ping ü', 'héllo ✓']);
    expect(serverSide.frames[0]).toEqual({ data: Buffer.from('ping ü', 'utf8').toString('latin1'), isBinary: false });
    client.Close();
    await recording.closed;
  });

  it('does nothing for Send before Open and after Close', async () => {
    serverSide = { frames: [] };
    const client = createHttpService().CreateWebStreamClient(WS, { Url: server.url('/echo') });
    const recording = recordClientEvents(client);
    client.Send('too early');
    await recording.eventSeen('Opened');
    client.Close();
    client.Send('too late');
    await recording.closed;
    await serverSocketClosed;
    expect(serverSide.frames).toEqual([]);
  });
});
