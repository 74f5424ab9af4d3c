/**
 * What the main thread and the writer thread (`writerThread.ts`, `writerThreadWorker.ts`) share:
 * the jobs, the reports, and two counters in shared memory — jobs done, so the main thread can
 * sleep until the writer catches up, and whether a write has failed, so it can stop early.
 */
import type { MessagePort } from 'node:worker_threads';

/** Index of the counter of jobs done, in the shared Int32Array. */
export const JOBS_DONE = 0;
/** Index of the flag set (to 1) when a write fails; later writes are skipped. */
export const WRITE_FAILED = 1;
export const COUNTERS = 2;

export interface WriterSetup {
  /** Int32Array of `COUNTERS` entries. */
  readonly counters: SharedArrayBuffer;
  /** Where the writer posts its `WriterReport`s. */
  readonly port: MessagePort;
}

/**
 * `write`: create `path` (it must not exist) holding `text`. `compare`: report `text` back unless
 * `path` is a regular file holding exactly it. `index` is the file's place in the caller's list.
 */
export interface WriterJob {
  readonly kind: 'write' | 'compare';
  readonly index: number;
  readonly path: string;
  readonly text: string;
}

export type WriterReport =
  | { readonly kind: 'differs'; readonly index: number; readonly text: string }
  | { readonly kind: 'failed'; readonly index: number; readonly code: string | undefined; readonly message: string };
