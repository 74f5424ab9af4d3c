/**
 * The benchmarks' server, run in a process of its own (`forkServer()` in bench/_forkServer.ts) so
 * that its CPU never counts against the client being measured. It listens on 127.0.0.1 on a free
 * port and tells its parent the port over the IPC channel. Endpoints:
 *
 * - `GET /sse?n=N`: `text/event-stream` with N small events (`data: {"n":…}`), written in writes
 *   of 1,000 events, then the end of the response;
 * - `GET /raw?bytes=B`: a chunked `application/octet-stream` body of B bytes in 1 MiB writes,
 *   honouring back-pressure, then the end (large writes, so that the server outpaces every
 *   client: with 64 KiB writes its own cost per write held all of them to about the same rate);
 * - `GET /idle`: `text/event-stream`, one comment, then a keep-alive comment every 5 s (under the
 *   clients' 20 s inactivity timeout) until the client leaves;
 * - WebSocket `/flood`: each text message `"<size> <count>"` makes the server send `count` text
 *   frames of `size` ASCII bytes back to back, about 1 MiB per write (honouring back-pressure),
 *   and then a frame `"end"`;
 * - WebSocket `/echo`: every message is sent back as it came;
 * - WebSocket `/idle`: accepted and held open.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as wsModule from 'ws';
import { WebSocketServer, type WebSocket } from 'ws';

const RAW_WRITE = 1024 * 1024;
const SSE_BATCH = 1000;

function sse(response: http.ServerResponse, count: number): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  let sent = 0;
  const writeSome = (): void => {
    while (sent < count) {
      let batch = '';
      const stop = Math.min(count, sent + SSE_BATCH);
      for (; sent < stop; sent++) batch += `data: {"n":${sent},"text":"tick"}\n\n`;
      if (!response.write(batch)) {
        response.once('drain', writeSome);
        return;
      }
    }
    response.end();
  };
  writeSome();
}

const rawBlock = Buffer.alloc(RAW_WRITE, 0x61);

function raw(response: http.ServerResponse, total: number): void {
  response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  let left = total;
  const writeSome = (): void => {
    while (left > 0) {
      const size = Math.min(left, RAW_WRITE);
      left -= size;
      if (!response.write(size === RAW_WRITE ? rawBlock : rawBlock.subarray(0, size))) {
        response.once('drain', writeSome);
        return;
      }
    }
    response.end();
  };
  writeSome();
}

/** Frames of one flood written to the socket at a time: about 1 MiB of them. */
const FLOOD_WRITE = 1024 * 1024;

/** ws's framing, which ws exports as `Sender` (not in @types/ws). */
const { Sender } = wsModule as unknown as {
  Sender: { frame(data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean }): Buffer[] };
};

/** Unmasked text frames (a server's), framed by ws itself. */
function textFrames(text: string, times: number): Buffer {
  const frame = Buffer.concat(Sender.frame(Buffer.from(text), { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false }));
  return Buffer.concat(Array.from({ length: times }, () => frame));
}

/**
 * Sends `count` text frames of `size` bytes, then `"end"`. The frames are made once and written
 * to the TCP socket under ws about 1 MiB at a time, so that the server outpaces every client: one
 * `send` per frame cost the server about as much as the client spends receiving it, and the
 * flood rows then measured the server (the clients sat idle a fifth of the time at 64 B).
 * Nothing else is sent on a flood connection until it ends, so the frames cannot interleave with
 * ws's own.
 */
function flood(socket: WebSocket, size: number, count: number): void {
  // ws keeps its TCP socket in a private field; this bench server is its only user here.
  const tcp = (socket as unknown as { _socket: Socket })._socket;
  const perWrite = Math.max(1, Math.floor(FLOOD_WRITE / (size + 10)));
  const batch = textFrames('x'.repeat(size), perWrite);
  let sent = 0;
  const sendSome = (): void => {
    while (sent < count) {
      const frames = Math.min(perWrite, count - sent);
      sent += frames;
      const written = tcp.write(frames === perWrite ? batch : batch.subarray(0, (batch.length / perWrite) * frames));
      if (!written) {
        tcp.once('drain', sendSome);
        return;
      }
    }
    tcp.write(textFrames('end', 1));
  };
  sendSome();
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/sse') sse(response, Number(url.searchParams.get('n') ?? '1000'));
  else if (url.pathname === '/raw') raw(response, Number(url.searchParams.get('bytes') ?? String(1024 * 1024)));
  else if (url.pathname === '/idle') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    response.write(': open\n\n');
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 5000);
    response.on('close', () => clearInterval(keepAlive));
  } else {
    response.writeHead(404).end();
  }
});
server.keepAliveTimeout = 0;
server.headersTimeout = 0;
server.requestTimeout = 0;

const webSockets = new WebSocketServer({ server, perMessageDeflate: false });
webSockets.on('connection', (socket, request) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/echo') {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  } else if (path === '/flood') {
    socket.on('message', (data) => {
      const [size, count] = String(data).split(' ').map(Number) as [number, number];
      flood(socket, size, count);
    });
  }
  // '/idle': nothing to do.
});

server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'stop') {
    for (const socket of webSockets.clients) socket.terminate();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
