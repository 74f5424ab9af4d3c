/**
 * How a failure becomes Error(status, message): the engine's statuses (-1 before a response,
 * the response's status after it, 400 for WebSocket, the "Failed ws recv" form) and the
 * "generic" switch (status 0).
 */
import { describe, expect, it } from 'vitest';
import { describeFailure, type FailureContext } from '../../../runtime/client/describeFailure.js';
import type { TransportFailure } from '../../../runtime/transports/Transport.js';

const refused: TransportFailure = { type: 'network', name: 'ConnectFail' };
const lost: TransportFailure = {
  type: 'webSocketLost',
  curlCode: 56,
  curlText: 'Failure when receiving data from the peer',
  curlErrBuf: 'Recv failure: Connection was reset',
};
const context = (overrides: Partial<FailureContext>): FailureContext => ({ kind: 'SSE', responseStatus: undefined, reporting: 'engine', ...overrides });

describe('describeFailure', () => {
  const cases: Array<[string, TransportFailure, Partial<FailureContext>, number, string]> = [
    ['SSE before any response', refused, {}, -1, 'HttpError: ConnectFail'],
    [
      'RawStream after a 401 response',
      { type: 'network', name: 'InactivityTimeout' },
      { kind: 'RawStream', responseStatus: 401 },
      401,
      'HttpError: InactivityTimeout',
    ],
    ['WebSocket connect failure', refused, { kind: 'WebSocket' }, 400, 'HttpError: ConnectFail'],
    [
      'WebSocket lost while open',
      lost,
      { kind: 'WebSocket' },
      400,
      'Failed ws recv - err: 56 "Failure when receiving data from the peer", curlErrBuf: "Recv failure: Connection was reset"',
    ],
    [
      'an HTTP answer',
      { type: 'answer', status: 404, message: 'Invalid Content-Type header for SSE client' },
      {},
      404,
      'Invalid Content-Type header for SSE client',
    ],
    ['a guard with its own message', { type: 'network', name: 'Unknown', message: 'too big' }, { responseStatus: 200 }, 200, 'too big'],
    ['generic: SSE refused', refused, { reporting: 'generic' }, 0, 'HttpError: ConnectFail'],
    ['generic: WebSocket lost', lost, { kind: 'WebSocket', reporting: 'generic' }, 0, 'HttpError: ConnectionClosed'],
  ];
  for (const [what, failure, overrides, status, message] of cases) {
    it(`reports ${what} as Error(${status}, …)`, () => expect(describeFailure(failure, context(overrides))).toEqual({ status, message }));
  }
});
