/**
 * Everything a client needs from the HttpService that created it: signal delivery, the string
 * codec, session settings, the lifetime cap and the hook that frees its slot.
 */
import type { StringCodec } from '../bytes/createStringCodec.js';
import type { SessionSettings } from '../sessions/Session.js';
import type { SignalEnvironment } from '../signals/createSignal.js';
import type { TransportSettings } from '../transports/Transport.js';
import type { FailureReporting } from '../semantics.js';

export interface ClientEnvironment {
  readonly signals: SignalEnvironment;
  readonly codec: StringCodec;
  readonly session: SessionSettings & TransportSettings;
  /** Longest life of a connection in ms; `Infinity` for none (R11). */
  readonly lifetimeMs: number;
  /** How failures become `Error(status, message)` (see describeFailure). */
  readonly failureReporting: FailureReporting;
  /** `Close()` on SSE/RawStream reports `HttpError: Aborted` first (CLOSE_REPORTS_ABORTED). */
  readonly closeReportsAborted: boolean;
  /** Called once, when the client reaches Closed or Error. */
  readonly release: () => void;
}
