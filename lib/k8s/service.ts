// The dashboard's own identity (what the watch cache runs as, and what health checks use):
// FLEETDASH_CACHE_CONTEXT, else the `fleet-dashboard` context when it exists, else current-context.
import { baseKubeConfig, hasContext } from './config';
import type { Identity } from './identity';

export function serviceIdentity(): Identity {
  const explicit = process.env.FLEETDASH_CACHE_CONTEXT;
  const context = explicit || (hasContext('fleet-dashboard') ? 'fleet-dashboard' : baseKubeConfig().getCurrentContext());
  return { type: 'context', context, username: context, groups: [] };
}
