/**
 * The writer thread (started by `writerThread.ts`): it does the file-system work of each job the
 * main thread posts, in order — creating a file, or comparing an existing one with its new text —
 * so that the main thread only makes the texts. Each job done is counted in shared memory; a
 * compared file that differs, and a failed write, are reported through the port. After a failed
 * write the remaining writes are skipped (the caller abandons the output anyway).
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { holdsSameText } from './writeFileAtomic.js';
import { JOBS_DONE, WRITE_FAILED, type WriterJob, type WriterReport, type WriterSetup } from './writerThreadProtocol.js';

const setup = workerData as WriterSetup;
const counters = new Int32Array(setup.counters);

function report(message: WriterReport): void {
  setup.port.postMessage(message);
}

function run(job: WriterJob): void {
  if (job.kind === 'compare') {
    if (!holdsSameText(job.path, job.text)) report({ kind: 'differs', index: job.index, text: job.text });
    return;
  }
  if (Atomics.load(counters, WRITE_FAILED) !== 0) return;
  try {
    writeFileSync(job.path, job.text, { flag: 'wx' });
  } catch (error) {
    // Reported before the flag is set: a caller that sees the flag finds the report waiting.
    report({ kind: 'failed', index: job.index, code: (error as NodeJS.ErrnoException).code, message: (error as Error).message });
    Atomics.store(counters, WRITE_FAILED, 1);
  }
}

parentPort?.on('message', (job: WriterJob) => {
  run(job);
  Atomics.add(counters, JOBS_DONE, 1);
  Atomics.notify(counters, JOBS_DONE);
});
