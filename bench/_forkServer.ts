/**
 * Starts bench/_server.ts in a child process (Node's `fork`, through tsx) and resolves with its
 * port once it listens; `stop()` ends it. Servers live in their own process so the client's
 * figures (time, CPU, heap) are the client's alone.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { repoRoot } from './_measure.js';

export interface BenchServer {
  readonly port: number;
  readonly http: string;
  readonly ws: string;
  stop(): Promise<void>;
}

export async function forkServer(): Promise<BenchServer> {
  const child = fork(join(repoRoot, 'bench', '_server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [undefined])])) as [{ port: number } | undefined];
  if (message === undefined) throw new Error('bench/_server.ts exited before listening');
  const { port } = message;
  return {
    port,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      await exited;
    },
  };
}
