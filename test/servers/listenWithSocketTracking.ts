/**
 * The part every fixture server shares: listen on 127.0.0.1 (port 0), keep the set of open
 * server-side sockets (so tests can await "every connection closed" — the runtime must leave no
 * socket behind), and close by destroying what is still open.
 */
import type http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { once } from 'node:events';

export interface TrackedServer {
  readonly port: number;
  /** Sockets currently open on the server side. */
  readonly openSockets: number;
  /** Resolves once no server-side socket is open. */
  waitForNoOpenSockets(): Promise<void>;
  /** Destroys the open sockets and closes the server. */
  close(): Promise<void>;
}

export async function listenWithSocketTracking(server: http.Server): Promise<TrackedServer> {
  const sockets = new Set<Socket>();
  let socketsChanged: Array<() => void> = [];
  server.on('connection', (socket: Socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      for (const notify of socketsChanged.splice(0)) notify();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    get openSockets() {
      return sockets.size;
    },
    waitForNoOpenSockets: async () => {
      while (sockets.size > 0) await new Promise<void>((resolve) => socketsChanged.push(resolve));
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      socketsChanged = [];
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
