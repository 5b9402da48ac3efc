// Settings of the Fleet installation the dashboard watches, read from the manager's `fleet-controller` ConfigMap
// (key `config`, JSON; charts/fleet/templates/configmap.yaml, internal/config/config.go) as the dashboard's own
// identity, cached 60 s. Unreadable or absent (a Fleet without that ConfigMap, or no RBAC for it): Fleet's defaults.
import { agentStaleAfterMs } from '@/lib/fleet/rollup';
import { serviceIdentity } from './service';
import { k8sRequest } from './transport';

/** Fleet's system namespace (the chart's release namespace). */
export const FLEET_NAMESPACE = process.env.FLEETDASH_FLEET_NAMESPACE || 'cattle-fleet-system';

export interface FleetSettings {
  /** agentCheckinInterval as written, if any. */
  agentCheckinInterval?: string;
  /** Agent silence after which a cluster counts as not reporting. */
  agentStaleAfterMs: number;
}

/** The settings in one `config` document; anything unparseable counts as unset. */
export function settingsFromConfig(config: string | undefined): FleetSettings {
  let interval: string | undefined;
  try {
    const parsed = JSON.parse(config ?? '{}') as { agentCheckinInterval?: unknown };
    if (typeof parsed.agentCheckinInterval === 'string' && parsed.agentCheckinInterval) interval = parsed.agentCheckinInterval;
  } catch {
    // a hand-edited ConfigMap Fleet itself would refuse: keep the defaults
  }
  return { agentCheckinInterval: interval, agentStaleAfterMs: agentStaleAfterMs(interval) };
}

let cached: { at: number; settings: Promise<FleetSettings> } | undefined;

export function fleetSettings(): Promise<FleetSettings> {
  const now = Date.now();
  if (cached && now - cached.at < 60_000) return cached.settings;
  const settings = k8sRequest<{ data?: Record<string, string> }>(serviceIdentity(), {
    method: 'GET',
    path: `/api/v1/namespaces/${encodeURIComponent(FLEET_NAMESPACE)}/configmaps/fleet-controller`,
    timeoutMs: 5000,
  }).then(
    (cm) => settingsFromConfig(cm.data?.config),
    () => settingsFromConfig(undefined),
  );
  cached = { at: now, settings };
  return settings;
}
