/**
 * The short soak in `npm test` (issue 13): 50 runtime clients × 200 messages each over WebSocket
 * and over SSE, against servers in another process on 127.0.0.1 (bench/soak/runSoak.ts; the
 * full 1,000 × 1,000 run is `npm run soak`). Nothing may be lost, duplicated or reordered, no
 * client may fail, and no socket or timer of the runtime may be left open once all have closed.
 */
import { describe, expect, it } from 'vitest';
import { formatSoakReport, runSoak, type SoakTransport } from '../../bench/soak/runSoak.js';

describe('soak: 50 clients × 200 messages', () => {
  it.each<SoakTransport>(['WebSocket', 'SSE'])(
    '%s: 0 lost, 0 duplicated, 0 reordered, no handles left',
    async (transport) => {
      const report = await runSoak({ clients: 50, messages: 200, transport, timeoutMs: 40_000 });
      const summary = formatSoakReport(report).join('\n');
      expect(report.timedOut, summary).toBe(false);
      expect(report.failedClients, summary).toBe(0);
      expect(report.sent, summary).toBe(10_000);
      expect({ received: report.received, lost: report.lost, duplicated: report.duplicated, reordered: report.reordered }, summary).toEqual({
        received: 10_000,
        lost: 0,
        duplicated: 0,
        reordered: 0,
      });
      expect(report.leftoverHandles, summary).toEqual({});
    },
    60_000,
  );
});
