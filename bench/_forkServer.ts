/**
 * Starts bench/_server.ts in a child process (Node's `fork`, through tsx) and resolves with its
 * port once it listens; `stop()` ends it. Servers live in their own process so the client's
 * figures (time, CPU, heap) are the client's alone.
 *
 * The server and this (client) process are then pinned to two different CPUs with `taskset`,
 * where there are two: left to the scheduler, they sometimes shared one core, and a client that
 * needs little CPU (the raw socket) then read at half its rate or less, from run to run (1.1 or
 * 3 GB/s). Where `taskset` is missing or fails, nothing is pinned and the report says so.
 */
import { fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
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
  console.log(pinApart(child.pid));
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

/** The CPUs this process may run on, from /proc (`0-1,4` → [0, 1, 4]); [] where unknown. */
function allowedCpus(): number[] {
  try {
    const list = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '';
    return list.split(',').flatMap((range) => {
      const [first, last = first] = range.split('-').map(Number) as [number, number?];
      return Array.from({ length: last - first + 1 }, (_, index) => first + index);
    });
  } catch {
    return [];
  }
}

/** Pins the server to one CPU and this process to another; says what it did, for the report. */
function pinApart(serverPid: number | undefined): string {
  const [serverCpu, clientCpu] = allowedCpus();
  if (serverPid === undefined || serverCpu === undefined || clientCpu === undefined) return 'server and client not pinned (fewer than two CPUs known)';
  const pin = (cpu: number, pid: number) => spawnSync('taskset', ['-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' }).status === 0;
  if (!pin(serverCpu, serverPid) || !pin(clientCpu, process.pid)) return 'server and client not pinned (taskset failed or is missing)';
  return `server pinned to CPU ${serverCpu}, client to CPU ${clientCpu}`;
}
