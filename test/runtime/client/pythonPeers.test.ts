/**
 * The client against independent server implementations: aiohttp for SSE and chunked HTTP,
 * python3-websockets for WebSocket (both from Debian, run with /usr/bin/python3).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ByteString } from '../../../runtime/bytes/ByteString.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { describeWithPythonPeers, startPythonPeer, type PeerServer } from '../../servers/pythonPeers.js';
import { recordClientEvents } from './recordClientEvents.js';

const { SSE, RawStream, WebSocket } = Enum.WebStreamClientType;
const CHANGED = 'Changed ConnectionState';

describeWithPythonPeers('WebStreamClient against aiohttp (SSE, RawStream)', () => {
  let peer: PeerServer;
  const url = (path: string) => `http://127.0.0.1:${peer.port}${path}`;
  beforeAll(async () => {
    peer = await startPythonPeer('peer_http_server.py');
  });
  afterAll(() => peer?.close());

  it('receives each event block from an aiohttp event stream, with its headers ("block" mode)', async () => {
    const recording = recordClientEvents(createHttpService({ sseMessageMode: 'block' }).CreateWebStreamClient(SSE, { Url: url('/sse') }));
    await recording.closed;
    expect(recording.events).toEqual([
      CHANGED,
      'Opened 200',
      'Message event: greet\ndata: hello\n\n',
      'Message : comment\n\n',
      'Message id: 3\r\ndata: line one\r\ndata: line two\r\n\r\n',
      CHANGED,
      'Closed',
    ]);
    expect(recording.openedHeaders).toMatch(/^Content-Type: text\/event-stream\r\nX-Peer: aiohttp\r\n/);
  });

  it('rebuilds blocks written one byte at a time by aiohttp', async () => {
    const service = createHttpService({ sseMessageMode: 'block', messageStrings: 'bytes' });
    const recording = recordClientEvents(service.CreateWebStreamClient(SSE, { Url: url('/sse-bytewise') }));
    await recording.closed;
    expect(recording.messages).toEqual([ByteString.fromUtf8('event: a\r\ndata: é✓\r\n\r\n'), 'data: z\n\n']);
  });

  it('posts a body and headers that aiohttp reads back', async () => {
    const client = createHttpService().CreateWebStreamClient(SSE, {
      Url: url('/sse-echo'),
      Method: 'POST',
      Headers: { Authorization: 'Bearer peer' },
      Body: 'héllo',
    });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.messages).toEqual([`data: ${JSON.stringify({ method: 'POST', body: 'héllo', authorization: 'Bearer peer' })}\n\n`]);
  });

  it('fails an SSE client on an aiohttp 503 and on text/plain', async () => {
    const unavailable = recordClientEvents(createHttpService().CreateWebStreamClient(SSE, { Url: url('/status/503') }));
    const wrongType = recordClientEvents(createHttpService().CreateWebStreamClient(SSE, { Url: url('/wrong-type') }));
    await Promise.all([unavailable.closed, wrongType.closed]);
    expect(unavailable.events).toEqual([CHANGED, 'Error 503 Invalid Content-Type header for SSE client', 'Closed']);
    expect(wrongType.events).toEqual([CHANGED, 'Error 200 Invalid Content-Type header for SSE client', 'Closed']);
  });

  it('receives aiohttp chunks byte for byte on a RawStream client', async () => {
    const recording = recordClientEvents(createHttpService({ messageStrings: 'bytes' }).CreateWebStreamClient(RawStream, { Url: url('/chunks') }));
    await recording.closed;
    const received = Buffer.concat(recording.messages.map((message) => ByteString.toBuffer(message)));
    expect([...received]).toEqual([0x61, 0xe2, 0x9c, 0x93, 0x62, ...Array.from({ length: 256 }, (_, index) => index)]);
  });

  it('opens a RawStream client on an aiohttp 404 and delivers the error body', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: url('/status/404') }));
    await recording.closed;
    expect(recording.events).toEqual([CHANGED, 'Opened 404', 'Message status 404 from aiohttp', CHANGED, 'Closed']);
  });
});

describeWithPythonPeers('WebStreamClient against python3-websockets', () => {
  let peer: PeerServer;
  const url = (path: string) => `ws://127.0.0.1:${peer.port}${path}`;
  beforeAll(async () => {
    peer = await startPythonPeer('peer_ws_server.py');
  });
  afterAll(() => peer?.close());

  it('opens with 101, echoes text through Send, and closes on Close()', async () => {
    const client = createHttpService().CreateWebStreamClient(WebSocket, { Url: url('/echo') });
    const recording = recordClientEvents(client);
    await recording.eventSeen('Opened');
    client.Send('{"op":"ping"}');
    await recording.messagesReceived(1);
    client.Close();
    await recording.closed;
    expect(recording.events).toEqual([CHANGED, 'Opened 101', 'Message {"op":"ping"}', CHANGED, 'Closed']);
    expect(recording.openedHeaders).toMatch(
      /^Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: .+\r\nDate: .+\r\nServer: Python\/3\.\d+ websockets\/10\.\d+$/,
    );
  });

  it('gets one message per message, binary bytes kept, a fragmented message whole, then Closed', async () => {
    const recording = recordClientEvents(createHttpService({ messageStrings: 'bytes' }).CreateWebStreamClient(WebSocket, { Url: url('/burst') }));
    await recording.closed;
    expect(recording.messages).toEqual([
      'one',
      ByteString.fromBuffer(Buffer.from(Array.from({ length: 256 }, (_, index) => index))),
      ByteString.fromUtf8('fragmented ✓'),
    ]);
    expect(recording.events.slice(-2)).toEqual([CHANGED, 'Closed']);
  });

  it('sends the User-Agent and the script headers in the handshake', async () => {
    const client = createHttpService().CreateWebStreamClient(WebSocket, { Url: url('/headers'), Headers: { Authorization: 'Bearer ws' } });
    const recording = recordClientEvents(client);
    const [message] = await recording.messagesReceived(1);
    expect(JSON.parse(message as string)).toEqual({ user_agent: 'RobloxStudio/WinInet', authorization: 'Bearer ws' });
    client.Close();
    await recording.closed;
  });

  it('fires only Closed when the peer closes with 1001', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WebSocket, { Url: url('/going-away') }));
    await recording.closed;
    expect(recording.events).toEqual([CHANGED, 'Opened 101', CHANGED, 'Closed']);
  });

  it('fires Error(403) then Closed when the peer refuses the handshake', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(WebSocket, { Url: url('/reject') }));
    await recording.closed;
    expect(recording.events).toEqual([CHANGED, 'Error 403 WebSocket handshake rejected with status 403 Forbidden', 'Closed']);
  });
});
