import { describe, expect, it } from 'vitest';
import { metrics, observeRequest, routeLabel } from './metrics';

describe('metrics', () => {
  it('route labels name the pattern, never the object', () => {
    expect(routeLabel('/api/w/fleet-default/gitrepos/web/actions')).toBe('/api/w/[workspace]/gitrepos/[name]/actions');
    expect(routeLabel('/api/w/_all/clusters')).toBe('/api/w/[workspace]/clusters');
    expect(routeLabel('/api/w/fleet-default/gitrepos/can_i')).toBe('/api/w/[workspace]/gitrepos/can_i');
    expect(routeLabel('/api/w/fleet-default/troubleshooting/redeploy-agents')).toBe('/api/w/[workspace]/troubleshooting/redeploy-agents');
    expect(routeLabel('/api/workspaces/team-a')).toBe('/api/workspaces/[name]');
    expect(routeLabel('/api/workspaces/create')).toBe('/api/workspaces/create');
    expect(routeLabel('/fleet/api/w/ws/bundles/b', '/fleet')).toBe('/api/w/[workspace]/bundles/[name]');
  });
  it('exposes request latency, live streams, cache and informer metrics in Prometheus text', async () => {
    observeRequest('GET', '/api/w/fleet-default/gitrepos', 200, 0.012);
    metrics().apiServerErrors.inc({ status: '403' });
    const text = await metrics().registry.metrics();
    expect(text).toContain('fleetdash_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/w/[workspace]/gitrepos",status="200"} 1');
    expect(text).toContain('fleetdash_apiserver_errors_total{status="403"} 1');
    expect(text).toContain('fleetdash_live_streams 0');
    for (const name of ['fleetdash_cache_objects', 'fleetdash_informer_relists_total', 'fleetdash_informer_errors_total', 'fleetdash_process_resident_memory_bytes']) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });
});
