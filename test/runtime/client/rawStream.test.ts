/**
 * RawStream clients end to end against node:http: Opened for any status (R4), one message per
 * read (R3) as UTF-8 text by default or with every byte kept in "bytes" mode, reads split at
 * maxReadBytes, clean and failed ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteString } from '../../../runtime/bytes/ByteString.js';
import { Enum } from '../../../runtime/enums/Enum.js';
import { createHttpService } from '../../../runtime/service/createHttpService.js';
import { createGate } from '../../servers/createGate.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../../servers/startHttpFixtureServer.js';
import { recordClientEvents } from './recordClientEvents.js';

const RawStream = Enum.WebStreamClientType.RawStream;
const allBytes = Buffer.from(Array.from({ length: 256 }, (_, index) => index));

describe('RawStream client', () => {
  let server: HttpFixtureServer;
  const chunkGate = createGate();

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/chunks': async (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        // A UTF-8 character split across two reads, then every byte value.
        for (const part of [Buffer.from([0x61, 0xe2, 0x9c]), Buffer.from([0x93, 0x62]), allBytes]) {
          response.write(part);
          await chunkGate.wait();
        }
        response.end();
      },
      '/unauthorized': (_request, response) => {
        response.writeHead(401, 'Unauthorized', { 'Content-Type': 'application/json' });
        response.end('{"error":"bad key"}');
      },
      '/server-error': (_request, response) => response.writeHead(503, { 'Content-Type': 'text/plain' }).end('try later'),
      '/big': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '40000' });
        response.end(Buffer.alloc(40000, 0x41));
      },
      '/head': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '5' }).end(),
      '/huge-head': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/plain', 'X-Big': 'b'.repeat(20_000) });
        response.end('fine');
      },
      '/hold': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        response.write('first');
      },
      '/cut': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        response.write('partial');
        setTimeout(() => response.socket?.destroy(), 20);
      },
    });
  });
  afterAll(() => server.close());

  it('delivers one message per read with every byte kept as a byte string in "bytes" mode', async () => {
    const client = createHttpService({ messageStrings: 'bytes' }).CreateWebStreamClient(RawStream, { Url: server.url('/chunks') });
    const recording = recordClientEvents(client);
    for (let count = 1; count <= 3; count++) {
      await recording.messagesReceived(count);
      chunkGate.release();
    }
    await recording.closed;
    expect(recording.messages.map((message) => [...ByteString.toBuffer(message)])).toEqual([[0x61, 0xe2, 0x9c], [0x93, 0x62], [...allBytes]]);
    expect(recording.events[0]).toBe('Changed ConnectionState');
    expect(recording.events[1]).toBe('Opened 200');
    expect(recording.events.at(-1)).toBe('Closed');
  });

  it('decodes reads as UTF-8 by default, completing a character split across two reads in the next message', async () => {
    const client = createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/chunks') });
    const recording = recordClientEvents(client);
    for (let count = 1; count <= 3; count++) {
      await recording.messagesReceived(count);
      chunkGate.release();
    }
    await recording.closed;
    expect(recording.messages.slice(0, 2)).toEqual(['a', '✓b']);
  });

  it('fires Opened with a 401 status and then delivers the error body (R4)', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/unauthorized') }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Opened 401', 'Message {"error":"bad key"}', 'Changed ConnectionState', 'Closed']);
  });

  it('fires Opened with a 503 status as well', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/server-error') }));
    await recording.closed;
    expect(recording.events).toContain('Opened 503');
    expect(recording.messages).toEqual(['try later']);
  });

  it('splits a large read into messages of at most maxReadBytes', async () => {
    const client = createHttpService({ maxReadBytes: 1000 }).CreateWebStreamClient(RawStream, { Url: server.url('/big') });
    const recording = recordClientEvents(client);
    await recording.closed;
    expect(recording.messages.join('')).toBe('A'.repeat(40000));
    expect(Math.max(...recording.messages.map((message) => message.length))).toBeLessThanOrEqual(1000);
  });

  it('opens and closes without messages for a HEAD request', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/head'), Method: 'HEAD' }));
    await recording.closed;
    expect(recording.events).toEqual(['Changed ConnectionState', 'Opened 200', 'Changed ConnectionState', 'Closed']);
  });

  it('fails with Error then Closed when the server drops the connection mid-body', async () => {
    const recording = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/cut') }));
    await recording.closed;
    expect(recording.events.slice(-3)).toEqual(['Changed ConnectionState', 'Error 200 HttpError: ConnectionClosed', 'Closed']);
    expect(recording.messages).toEqual(['partial']);
  });

  it('maps a response head over maxResponseHeaderBytes to Error(-1, "HttpError: NetFail"), and accepts it under the 300 KiB default', async () => {
    const strict = recordClientEvents(
      createHttpService({ maxResponseHeaderBytes: 16_384 }).CreateWebStreamClient(RawStream, { Url: server.url('/huge-head') }),
    );
    await strict.closed;
    expect(strict.events).toEqual(['Changed ConnectionState', 'Error -1 HttpError: NetFail', 'Closed']);
    const relaxed = recordClientEvents(createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/huge-head') }));
    await relaxed.closed;
    expect(relaxed.messages).toEqual(['fine']);
  });

  it('reports Close() as Error(<status>, "HttpError: Aborted") then Closed only with closeReportsAborted', async () => {
    const client = createHttpService({ closeReportsAborted: true }).CreateWebStreamClient(RawStream, { Url: server.url('/hold') });
    const recording = recordClientEvents(client);
    await recording.messagesReceived(1);
    client.Close();
    await recording.closed;
    expect(recording.events.slice(-3)).toEqual(['Changed ConnectionState', 'Error 200 HttpError: Aborted', 'Closed']);
    expect(client.ConnectionState).toBe(Enum.WebStreamClientState.Error);

    const plain = createHttpService().CreateWebStreamClient(RawStream, { Url: server.url('/hold') });
    const plainRecording = recordClientEvents(plain);
    await plainRecording.messagesReceived(1);
    plain.Close();
    await plainRecording.closed;
    expect(plainRecording.events.slice(-2)).toEqual(['Changed ConnectionState', 'Closed']);
  });
});
