'use client';
// The Kubernetes Events about one GitRepo, HelmOp, Bundle or Cluster, newest first, read as the person. Events are
// not in the dashboard's watch cache (nor its live stream), so the panel polls: every POLL_MS while the tab is
// visible (react-query pauses intervals in background tabs). Warnings get a red edge, a ⚠ and the word "Warning".
import { useQuery } from '@tanstack/react-query';
import { EventListSchema, type EventKind } from '@/lib/fleet/events';
import { ApiFetchError, apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';
import { DetailSection } from '@/components/detail/detail-section';
import { RelativeTime } from '@/components/relative-time';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';

export const EVENTS_POLL_MS = 5_000;

export function EventsPanel({ workspace, kind, name }: { workspace: string; kind: EventKind; name: string }) {
  const q = useQuery({
    queryKey: queryKeys.objectEvents(workspace, kind, name),
    queryFn: () => apiFetch(apiUrl.objectEvents(workspace, kind, name), { schema: EventListSchema }),
    refetchInterval: (query) => (query.state.error instanceof ApiFetchError && query.state.error.status === 403 ? false : EVENTS_POLL_MS),
    retry: (n, e) => !(e instanceof ApiFetchError && e.status < 500) && n < 2,
  });
  const items = q.data?.items;
  const warnings = items?.filter((e) => e.warning).length ?? 0;
  return (
    <DetailSection title="Events" count={items?.length} testId="events-panel">
      {q.isError ? (
        <ErrorPanel error={q.error} what={`the events of ${kind} ${name}`} workspace={workspace} onRetry={() => q.refetch()} />
      ) : !items ? (
        <LoadingRows label="Loading events…" rows={2} />
      ) : items.length === 0 ? (
        <EmptyPanel compact testId="events-empty" title={`No events about ${kind} ${name} (the API server keeps events for an hour by default).`} />
      ) : (
        <>
          {warnings > 0 && (
            <p className="text-sm text-danger" data-testid="events-warnings">
              {warnings} warning{warnings === 1 ? '' : 's'}
            </p>
          )}
          <ol className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface text-sm" aria-label={`Events about ${kind} ${name}, newest first`}>
            {items.map((e, i) => (
              <li
                key={`${e.reason}-${e.first}-${i}`}
                data-testid="event-row"
                data-type={e.type}
                className={`grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 px-3 py-2 sm:grid-cols-[7rem_12rem_1fr_auto] ${e.warning ? 'border-l-4 border-l-danger bg-danger/5' : 'border-l-4 border-l-transparent'}`}
              >
                <span className={`font-medium ${e.warning ? 'text-danger' : 'text-muted'}`}>
                  {e.warning && <span aria-hidden="true">⚠ </span>}
                  {e.type}
                </span>
                <span className="break-words font-mono text-xs sm:text-sm" data-testid="event-reason">
                  {e.reason}
                </span>
                <span className="col-span-2 whitespace-pre-wrap break-words sm:col-span-1" data-testid="event-message">
                  {e.message}
                </span>
                <span className="col-span-2 whitespace-nowrap text-xs text-muted sm:col-span-1 sm:text-right">
                  {e.count > 1 && <span data-testid="event-count">×{e.count} · </span>}
                  {e.last ? <RelativeTime iso={e.last} /> : 'time unknown'}
                  {e.source && <span className="block">{e.source}</span>}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </DetailSection>
  );
}
