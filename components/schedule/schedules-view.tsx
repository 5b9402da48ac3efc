'use client';
// Schedules of a workspace: expression in words, the next window, whether one is open, how many clusters match.
// Read directly (not from the watch cache), so the list is polled instead of pushed live.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { RelativeTime } from '@/components/relative-time';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { CreateAction, InWorkspace, PageHeader } from '@/components/ui/page-header';
import { SimpleTable, Td } from '@/components/ui/simple-table';
import { ExperimentalNote } from './experimental-note';
import { fetchSchedules } from './schedule-api';
import { ScheduleHealth } from './schedule-health';
import { formatWindowTime } from './window-list';

export const SCHEDULE_POLL_MS = 15_000;

export function SchedulesView({ workspace }: { workspace: string }) {
  const all = workspace === '_all';
  const q = useQuery({ queryKey: queryKeys.schedules(workspace), queryFn: () => fetchSchedules(workspace), refetchInterval: SCHEDULE_POLL_MS });
  const items = q.data?.items ?? [];
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Schedules"
        scope={<InWorkspace workspace={workspace}>{q.data && ` · ${items.length} schedules`}</InWorkspace>}
        query={q}
        actions={<CreateAction workspace={workspace} what="Schedule" href={pageUrl.scheduleNew(workspace)} testId="create-schedule" />}
      />
      <ExperimentalNote />
      {q.isError ? (
        <ErrorPanel error={q.error} what="Schedules" workspace={workspace} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <LoadingRows label="Loading Schedules…" />
      ) : items.length === 0 ? (
        <EmptyPanel title={`No Schedules in ${all ? 'any workspace' : workspace} yet`}>
          A Schedule opens deployment windows for the clusters it targets: outside them Fleet holds back changes.
        </EmptyPanel>
      ) : (
        <SimpleTable head={['Status', 'Name', ...(all ? ['Workspace'] : []), 'When', 'Next window', 'Clusters', 'Applies to']} testId="schedule-table">
          {items.map((s) => (
            <tr key={`${s.namespace}/${s.name}`} className="border-t border-border" data-testid="schedule-row" data-name={s.name}>
              <Td>
                <ScheduleHealth row={s} />
              </Td>
              <Td>
                <Link href={pageUrl.schedule(s.namespace, s.name)} className="font-medium text-accent hover:underline">
                  {s.name}
                </Link>
              </Td>
              {all && <Td className="font-mono text-xs">{s.namespace}</Td>}
              <Td>
                <div data-testid="schedule-description">{s.description ?? <span className="text-muted">—</span>}</div>
                <div className="font-mono text-xs text-muted">
                  {s.schedule} · {s.duration || '—'}
                  {s.location && ` · ${s.location}`}
                </div>
              </Td>
              <Td className="text-xs">
                {s.nextStart ? (
                  <>
                    <RelativeTime iso={s.nextStart} /> <span className="text-muted">(Fleet)</span>
                  </>
                ) : s.nextWindow ? (
                  <span title="Computed from the expression; Fleet has not reported one">{formatWindowTime(s.nextWindow.start, s.location)}</span>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </Td>
              <Td className="tabular-nums" >
                <span data-testid="schedule-clusters">{s.matchingClusters.length}</span>
              </Td>
              <Td className="max-w-xs text-xs">{s.targets}</Td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </section>
  );
}
