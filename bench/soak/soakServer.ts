/**
 * The soak test's servers, in a process of their own (`startSoakServer()` in runSoak.ts forks
 * it), so that the client process's heap and handles are the client's alone. Listens on
 * 127.0.0.1 on a free port and sends the port to its parent over IPC; stops on the message
 * "stop". Endpoints:
 *
 * - WebSocket `/echo`: every message goes back as it came;
 * - `GET /sse?client=C&n=N`: `text/event-stream` with N events `data: C:<seq>` (seq 0…N−1), in
 *   writes of 100 events honouring back-pressure, then the end of the response.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const BATCH = 100;

function sse(response: http.ServerResponse, client: string, count: number): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  let sent = 0;
  const writeSome = (): void => {
    while (sent < count) {
      let batch = '';
      const stop = Math.min(count, sent + BATCH);
      for (; sent < stop; sent++) batch += `data: ${client}:${sent}\n\n`;
      if (!response.write(batch)) {
        response.once('drain', writeSome);
        return;
      }
    }
    response.end();
  };
  writeSome();
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/sse') return sse(response, url.searchParams.get('client') ?? '0', Number(url.searchParams.get('n') ?? '0'));
  response.writeHead(404).end();
});
const sockets = new WebSocketServer({ server, path: '/echo', perMessageDeflate: false });
sockets.on('connection', (socket) => socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })));

server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('message', (message) => {
  if (message !== 'stop') return;
  for (const socket of sockets.clients) socket.terminate();
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
