/**
 * A `ws` fixture server on 127.0.0.1 (port 0): one connection handler per path, optional
 * handshake rejection per path, and tracking of server-side sockets.
 */
import http from 'node:http';
import { listenWithSocketTracking } from './listenWithSocketTracking.js';
import { WebSocketServer, type WebSocket } from 'ws';

export type ConnectionHandler = (socket: WebSocket, request: http.IncomingMessage) => void;

export interface WebSocketFixtureServer {
  readonly port: number;
  url(path: string): string;
  readonly openSockets: number;
  waitForNoOpenSockets(): Promise<void>;
  close(): Promise<void>;
}

export interface WebSocketFixtureOptions {
  /** Paths answered with this HTTP status instead of an upgrade. */
  readonly reject?: Record<string, number>;
  /** Subprotocol choice, as ws's handleProtocols. */
  readonly handleProtocols?: (protocols: Set<string>) => string | false;
}

export async function startWebSocketFixtureServer(
  routes: Record<string, ConnectionHandler>,
  options: WebSocketFixtureOptions = {},
): Promise<WebSocketFixtureServer> {
  const server = http.createServer((_request, response) => response.writeHead(426).end());
  const wss = new WebSocketServer({ noServer: true, ...(options.handleProtocols ? { handleProtocols: options.handleProtocols } : {}) });

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const rejectStatus = options.reject?.[path];
    if (rejectStatus !== undefined) {
      socket.end(`HTTP/1.1 ${rejectStatus} ${http.STATUS_CODES[rejectStatus] ?? ''}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    const route = routes[path];
    if (route === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (webSocket) => route(webSocket, request));
  });
  const tracked = await listenWithSocketTracking(server);
  return {
    port: tracked.port,
    url: (path) => `ws://127.0.0.1:${tracked.port}${path}`,
    get openSockets() {
      return tracked.openSockets;
    },
    waitForNoOpenSockets: () => tracked.waitForNoOpenSockets(),
    close: async () => {
      wss.close();
      await tracked.close();
    },
  };
}
