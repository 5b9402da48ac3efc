// Prometheus metrics (prom-client), served at /metrics when FLEETDASH_METRICS=true (app/metrics/route.ts):
// - fleetdash_http_request_duration_seconds{method,route,status}: API requests, by route pattern (names replaced);
// - fleetdash_live_streams: live streams open;
// - fleetdash_cache_objects{kind}, fleetdash_cache_synced{kind}: the watch cache;
// - fleetdash_informer_relists_total{kind}, fleetdash_informer_errors_total{kind}: informer restarts (410 Gone → relist)
//   and the API server errors its list/watch calls met;
// - fleetdash_apiserver_errors_total{status}: API server errors answering a person's request;
// plus Node's process metrics. One registry per process (globalThis: every route bundle shares it).
import client from 'prom-client';
import { cacheStatus } from '@/lib/cache';
import { streamSlots } from '@/lib/cache/streams';

function build() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'fleetdash_' });
  const httpDuration = new client.Histogram({
    name: 'fleetdash_http_request_duration_seconds',
    help: 'API request latency by route pattern, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const apiServerErrors = new client.Counter({
    name: 'fleetdash_apiserver_errors_total',
    help: "Errors the Kubernetes API server answered to a person's request, by HTTP status (0: no answer).",
    labelNames: ['status'] as const,
    registers: [registry],
  });
  new client.Gauge({
    name: 'fleetdash_live_streams',
    help: 'Live update streams (server-sent events) open.',
    registers: [registry],
    collect() {
      this.set(streamSlots().total);
    },
  });
  const perKind = (name: string, help: string, type: 'gauge' | 'counter', value: (k: ReturnType<typeof cacheStatus>['kinds'][string]) => number) => {
    const Metric = type === 'gauge' ? client.Gauge : client.Counter;
    new Metric({
      name,
      help,
      labelNames: ['kind'] as const,
      registers: [registry],
      collect(this: client.Gauge<'kind'> | client.Counter<'kind'>) {
        this.reset();
        for (const [kind, st] of Object.entries(cacheStatus().kinds)) {
          if ('set' in this) this.set({ kind }, value(st));
          else this.inc({ kind }, value(st));
        }
      },
    });
  };
  perKind('fleetdash_cache_objects', 'Objects in the watch cache, by kind.', 'gauge', (s) => s.objects);
  perKind('fleetdash_cache_synced', '1 when the watch cache has listed the kind and follows it.', 'gauge', (s) => (s.synced ? 1 : 0));
  perKind('fleetdash_informer_relists_total', 'Informer restarts: full relists after the API server forgot the resourceVersion (410 Gone).', 'counter', (s) => s.relists);
  perKind('fleetdash_informer_errors_total', "Errors the informers' list and watch calls met.", 'counter', (s) => s.errors);
  return { registry, httpDuration, apiServerErrors };
}

const KEY = Symbol.for('fleetdash.metrics');
type WithMetrics = typeof globalThis & { [KEY]?: ReturnType<typeof build> };

export function metrics() {
  const g = globalThis as WithMetrics;
  g[KEY] ??= build();
  return g[KEY];
}

const STATIC_AFTER_KIND = new Set(['can_i', 'target_options', 'secret', 'redeploy-agents']);
const STATIC_WORKSPACES = new Set(['create', 'summary']);

/**
 * The route pattern of an API path, so object names do not become label values:
 * /api/w/fleet-default/gitrepos/web/actions → /api/w/[workspace]/gitrepos/[name]/actions.
 */
export function routeLabel(pathname: string, basePath = ''): string {
  const p = basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
  const s = p.split('/');
  if (s[1] === 'api' && s[2] === 'w' && s.length > 3) {
    s[3] = '[workspace]';
    if (s.length > 5 && !STATIC_AFTER_KIND.has(s[5]!)) s[5] = '[name]';
  } else if (s[1] === 'api' && s[2] === 'workspaces' && s.length > 3 && !STATIC_WORKSPACES.has(s[3]!)) {
    s[3] = '[name]';
  }
  return s.slice(0, 8).join('/');
}

/** Records one answered API request. */
export function observeRequest(method: string, pathname: string, status: number, seconds: number, basePath?: string): void {
  metrics().httpDuration.observe({ method, route: routeLabel(pathname, basePath), status: String(status) }, seconds);
}
