/**
 * Everything a client needs from the HttpService that created it: signal delivery, the string
 * codec, session settings, the lifetime cap and the hook that frees its slot. One object per
 * service, shared by all its clients (issue 14, idle heap): nothing in it is per client.
 */
import type { StringCodec } from '../bytes/createStringCodec.js';
import type { SessionSettings } from '../sessions/Session.js';
import type { SignalEnvironment } from '../signals/createSignal.js';
import type { TransportSettings } from '../transports/Transport.js';
import type { FailureReporting } from '../semantics.js';
import type { LifetimeCap } from '../service/LifetimeCap.js';
import type { NodeWebStreamClient } from './NodeWebStreamClient.js';

export interface ClientEnvironment {
  readonly signals: SignalEnvironment;
  readonly codec: StringCodec;
  readonly session: SessionSettings & TransportSettings;
  /** The service's lifetime cap (R11); undefined when connections live as long as they like. */
  readonly lifetimeCap: LifetimeCap<NodeWebStreamClient> | undefined;
  /** How failures become `Error(status, message)` (see describeFailure). */
  readonly failureReporting: FailureReporting;
  /** `Close()` on SSE/RawStream reports `HttpError: Aborted` first (CLOSE_REPORTS_ABORTED). */
  readonly closeReportsAborted: boolean;
  /** Called once per client, when it reaches Closed or Error. */
  readonly release: (client: NodeWebStreamClient) => void;
}
