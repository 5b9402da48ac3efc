// Kubernetes Events about one Fleet object, as rows a panel shows newest first. Fleet v0.16.0 records them with the
// events.k8s.io/v1 recorder (mgr.GetEventRecorder in internal/cmd/controller/operator.go and gitops/operator.go:
// Eventf(regarding, related, type, reason, action, note)); the API server serves the same objects through core/v1,
// where such an event has eventTime and series instead of lastTimestamp and count. Both shapes are read here.
import { z } from 'zod';

/** Kinds whose Events the dashboard shows, with the API group their involvedObject carries. */
export const EVENT_KINDS = ['GitRepo', 'HelmOp', 'Bundle', 'Cluster'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const isEventKind = (k: string): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k);

export const EventRowSchema = z.object({
  type: z.string(),
  reason: z.string(),
  message: z.string(),
  count: z.number().int(),
  /** When it last happened (ISO), or '' when the event carries no time at all. */
  last: z.string(),
  first: z.string(),
  source: z.string(),
  warning: z.boolean(),
});
export type EventRow = z.infer<typeof EventRowSchema>;

export const EventListSchema = z.object({ items: z.array(EventRowSchema), total: z.number().int() });
export type EventList = z.infer<typeof EventListSchema>;

export interface CoreEventLike {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  metadata?: { creationTimestamp?: string };
}

export function toEventRow(e: CoreEventLike): EventRow {
  const last = e.series?.lastObservedTime || e.lastTimestamp || e.eventTime || e.firstTimestamp || e.metadata?.creationTimestamp || '';
  const first = e.firstTimestamp || e.eventTime || e.metadata?.creationTimestamp || last;
  const type = e.type || 'Normal';
  return {
    type,
    reason: e.reason ?? '',
    message: e.message ?? '',
    count: Math.max(1, e.series?.count ?? e.count ?? 1),
    last,
    first,
    source: e.reportingComponent || e.source?.component || '',
    warning: type === 'Warning',
  };
}

/** Rows newest first (by last occurrence); events without a time go last. */
export function eventRows(items: readonly CoreEventLike[]): EventRow[] {
  const t = (s: string) => (s ? Date.parse(s) || 0 : 0);
  return items.map(toEventRow).sort((a, b) => t(b.last) - t(a.last) || b.count - a.count);
}

/**
 * The field selector for an object's Events (name and kind are validated before they get here). The API version
 * keeps another project's kind of the same name (e.g. Cluster API's Cluster) out.
 */
export function involvedSelector(kind: EventKind, name: string): string {
  return `involvedObject.apiVersion=fleet.cattle.io/v1alpha1,involvedObject.kind=${kind},involvedObject.name=${name}`;
}
