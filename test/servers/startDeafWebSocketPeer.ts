/**
 * A WebSocket peer on 127.0.0.1 that completes the opening handshake and then ignores everything:
 * it never answers a close frame and never closes. Used to prove that a client's `Close()` (or a
 * timer ending it) does not leave the socket keeping the process alive.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { listenWithSocketTracking, type TrackedServer } from './listenWithSocketTracking.js';

/** RFC 6455 §4.2.2: the GUID appended to the client's key for Sec-WebSocket-Accept. */
const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface DeafWebSocketPeer extends TrackedServer {
  url(path: string): string;
  /** Connections whose handshake was answered. */
  readonly upgrades: number;
}

export async function startDeafWebSocketPeer(): Promise<DeafWebSocketPeer> {
  let upgrades = 0;
  const server = http.createServer((_request, response) => response.writeHead(426).end());
  server.on('upgrade', (request, socket) => {
    const key = request.headers['sec-websocket-key'] ?? '';
    const accept = createHash('sha1').update(`${key}${HANDSHAKE_GUID}`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket.on('data', () => undefined); // read and drop: the close frame is never answered
    socket.on('error', () => undefined);
    // The upgraded socket is half-open capable (http.Server's default): end our side when the
    // client's side ends, as a peer's TCP stack would, so "open sockets" means "client holds it".
    socket.on('end', () => socket.end());
    upgrades++;
  });
  const tracked = await listenWithSocketTracking(server);
  return {
    ...tracked,
    get openSockets() {
      return tracked.openSockets;
    },
    get upgrades() {
      return upgrades;
    },
    url: (path) => `ws://127.0.0.1:${tracked.port}${path}`,
  };
}
