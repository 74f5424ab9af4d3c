/**
 * Independent peer servers written in Python (aiohttp for SSE/chunked, python3-websockets for
 * WebSocket), spawned from Debian's /usr/bin/python3 (the first `python3` on PATH here is another
 * interpreter without these packages).
 *
 * Tests that need them go through `describeWithPythonPeers`: when the packages are missing the
 * suite is skipped with the reason in its title outside CI, and fails under `CI=true`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const DEBIAN_PYTHON = '/usr/bin/python3';
const INSTALL_HINT = 'install them with: apt-get install -y python3-websockets python3-aiohttp';

export type PeerScript = 'peer_http_server.py' | 'peer_ws_server.py';

export interface PeerServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Why the Python peers cannot run here, or undefined when they can. */
export function pythonPeersUnavailableReason(): string | undefined {
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', 'import websockets, aiohttp'], { stdio: 'pipe', timeout: 10_000 });
    return undefined;
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').at(-1) ?? String(error);
    return `${DEBIAN_PYTHON} cannot import websockets and aiohttp (${detail}); ${INSTALL_HINT}`;
  }
}

export function describeWithPythonPeers(name: string, body: () => void): void {
  const reason = pythonPeersUnavailableReason();
  if (reason === undefined) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the Python peer servers available (required under CI)', () => {
        throw new Error(reason);
      });
    });
  } else {
    console.warn(`[skip] ${name}: ${reason}`);
    describe.skip(`${name} (skipped: ${reason})`, body);
  }
}

/** Starts a peer script and resolves with the port it printed. */
export function startPythonPeer(script: PeerScript): Promise<PeerServer> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = spawn(DEBIAN_PYTHON, [path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    let stdout = '';
    const onData = (chunk: Buffer): void => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      child.stdout.off('data', onData);
      const port = Number(stdout.slice(0, newline).trim());
      if (!Number.isInteger(port) || port <= 0) {
        child.kill('SIGTERM');
        reject(new Error(`${script} printed "${stdout.slice(0, newline)}" instead of a port`));
        return;
      }
      resolve({
        port,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      reject(new Error(`${script} exited (${signal ?? code}) before printing its port: ${stderr.trim()}`));
    });
  });
}
