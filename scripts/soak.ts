/**
 * `npm run soak`: the load proof of issue 13 — 1,000 runtime clients × 1,000 messages each over
 * WebSocket and then over SSE, against servers in another process on 127.0.0.1 (see
 * bench/soak/runSoak.ts). Prints messages sent/received, lost, duplicated, reordered, the heap
 * before and after, and the handles left open; exits 1 unless nothing was lost, duplicated or
 * reordered and no handle was left. Heavy: run it on a quiet machine.
 *
 *   npm run soak -- [--clients 1000] [--messages 1000] [--transport both|WebSocket|SSE] [--timeout-ms 600000]
 */
import { parseArgs } from 'node:util';
import { formatSoakReport, runSoak, type SoakTransport } from '../bench/soak/runSoak.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    messages: { type: 'string', default: '1000' },
    transport: { type: 'string', default: 'both' },
    'timeout-ms': { type: 'string', default: '600000' },
  },
});
const transports: SoakTransport[] = values.transport === 'both' ? ['WebSocket', 'SSE'] : [values.transport as SoakTransport];
let clean = true;
for (const transport of transports) {
  const report = await runSoak({ clients: Number(values.clients), messages: Number(values.messages), transport, timeoutMs: Number(values['timeout-ms']) });
  for (const line of formatSoakReport(report)) console.log(line);
  clean &&=
    report.lost === 0 &&
    report.duplicated === 0 &&
    report.reordered === 0 &&
    report.failedClients === 0 &&
    Object.keys(report.leftoverHandles).length === 0 &&
    !report.timedOut;
}
process.exitCode = clean ? 0 : 1;
