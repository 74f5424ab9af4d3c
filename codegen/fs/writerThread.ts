/**
 * A thread that does the file-system side of writing a large output (whole-API mode's ~1,500
 * files): the main thread makes each text and posts it; the writer thread creates the file, or
 * compares it with what is on disk, while the main thread makes the next text. Before, the
 * writes went to libuv's thread pool as three requests per file (open, write, close), each
 * coming back to the main thread, which also encoded every text: measured on 0.734, writing took
 * ~170 ms of the main thread's wall time although it "overlapped" the rendering (docs/decisions.md).
 *
 * The main thread stays synchronous, so this fits `commitFiles`' lazy sequence of changes: it
 * waits (`Atomics.wait` on a shared counter) only when {@link WINDOW} jobs are outstanding, and
 * takes the writer's reports from a port without going through the event loop
 * (`receiveMessageOnPort`). The worker module is `writerThreadWorker.ts`.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { OutputError } from './OutputError.js';
import { COUNTERS, JOBS_DONE, WRITE_FAILED, type WriterJob, type WriterReport, type WriterSetup } from './writerThreadProtocol.js';

/** Jobs posted and not yet done, at most: a few pages' worth of memory. */
const WINDOW = 32;

/** How long the main thread waits for the writer to finish one job before giving up. */
const STALL_MS = 30_000;

/**
 * The writer's young generation, at most (MB). Every text it receives is garbage once written,
 * and the CLI's fast-growing young generation (`cli/youngGeneration.ts`, a process-wide V8 flag)
 * let it grow to 16 MB semi-spaces: measured on 0.734, peak resident memory of `generate --all`
 * 156 → 127 MB with this bound, the wall time unchanged (bench/cli.ts).
 */
const YOUNG_GENERATION_MB = 4;

function spawn(setup: WriterSetup): Worker {
  const here = fileURLToPath(import.meta.url);
  const entry = new URL(`./writerThreadWorker${extname(here)}`, import.meta.url);
  const options = { workerData: setup, transferList: [setup.port], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (extname(here) !== '.ts') return new Worker(entry, options);
  // Run from source (tests, `npm run cli`): the worker loads the TypeScript through tsx too.
  const load = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { ...options, eval: true });
}

export class WriterThread {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * COUNTERS));
  #posted = 0;
  #startFailure: Error | undefined;

  constructor() {
    const channel = new MessageChannel();
    this.#port = channel.port1;
    this.#worker = spawn({ counters: this.#counters.buffer, port: channel.port2 });
    // The process never waits for the writer; `finish` is what waits for its work. An error of
    // the thread (it failed to load) arrives only when the event loop turns: kept for the message
    // of a stall, and handled here so that it never surfaces as an uncaught error.
    this.#worker.unref();
    this.#worker.on('error', (error) => (this.#startFailure = error));
  }

  /** Has the writer create `path` holding `text`; a failure shows in {@link failed} and in the reports. */
  write(index: number, path: string, text: string): void {
    this.#post({ kind: 'write', index, path, text });
  }

  /** Has the writer compare `path` with `text`; a `differs` report comes back unless they match. */
  compare(index: number, path: string, text: string): void {
    this.#post({ kind: 'compare', index, path, text });
  }

  /** True once a write has failed (its report is waiting). */
  get failed(): boolean {
    return Atomics.load(this.#counters, WRITE_FAILED) !== 0;
  }

  /** The reports that have arrived so far. */
  reports(): WriterReport[] {
    const reports: WriterReport[] = [];
    for (let packet = receiveMessageOnPort(this.#port); packet !== undefined; packet = receiveMessageOnPort(this.#port))
      reports.push(packet.message as WriterReport);
    return reports;
  }

  /** Waits until every job is done, and returns the reports not yet taken. */
  finish(): WriterReport[] {
    this.#waitUntilOutstanding(0);
    return this.reports();
  }

  /** Stops the thread. */
  close(): void {
    this.#port.close();
    void this.#worker.terminate();
  }

  #post(job: WriterJob): void {
    this.#waitUntilOutstanding(WINDOW - 1);
    this.#worker.postMessage(job);
    this.#posted++;
  }

  #waitUntilOutstanding(most: number): void {
    for (;;) {
      const done = Atomics.load(this.#counters, JOBS_DONE);
      if (this.#posted - done <= most) return;
      if (Atomics.wait(this.#counters, JOBS_DONE, done, STALL_MS) === 'timed-out') {
        const why = this.#startFailure === undefined ? `no file written for ${STALL_MS / 1000} s` : `it did not start: ${this.#startFailure.message}`;
        throw new OutputError(
          'OUTPUT_WRITE_FAILED',
          `the thread writing the output stopped (${why}); nothing was written`,
          'run the command again; if it recurs, report it',
        );
      }
    }
  }
}
