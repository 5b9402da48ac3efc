'use client';
// One Schedule: its state (Fleet's status: window open, next start, matching clusters, Ready condition), the
// expression in words and the next windows computed from it, the clusters it gates; edit and delete.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { DetailSection } from '@/components/detail/detail-section';
import { SummaryList } from '@/components/detail/summary-list';
import { RelativeTime } from '@/components/relative-time';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorPanel, LoadingDetail, Notice } from '@/components/ui/panels';
import { PageHeader } from '@/components/ui/page-header';
import { ExperimentalNote } from './experimental-note';
import { deleteSchedule, fetchSchedule } from './schedule-api';
import { ScheduleHealth } from './schedule-health';
import { SCHEDULE_POLL_MS } from './schedules-view';
import { WindowList, formatWindowTime, zoneOf } from './window-list';

export function ScheduleDetailView({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const q = useQuery({ queryKey: queryKeys.schedule(workspace, name), queryFn: () => fetchSchedule(workspace, name), refetchInterval: SCHEDULE_POLL_MS });
  const back = { href: pageUrl.schedules(workspace), label: 'All Schedules' };
  if (q.isError) return <ErrorPanel error={q.error} what={`Schedule ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={back} />;
  if (!q.data) return <LoadingDetail label={`Loading Schedule ${name}…`} />;
  const { row: r, upcoming, conditions } = q.data;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader
        breadcrumb={{ href: back.href, parent: 'Schedules', current: name, mono: true }}
        title={name}
        mono
        titleTestId="schedule-title"
        badges={<ScheduleHealth row={r} />}
        query={q}
        actions={
          <>
            <Link href={pageUrl.scheduleEdit(workspace, name)} className={buttonClass('secondary')} data-testid="edit-schedule">
              Edit
            </Link>
            <Button variant="danger" onClick={() => setConfirm(true)} data-testid="delete-schedule">
              Delete
            </Button>
          </>
        }
      />
      <ExperimentalNote />
      {r.health !== 'ok' && r.message && <Notice ok={false}>{r.message}</Notice>}
      <SummaryList
        variant="tiles"
        columns={3}
        testId="schedule-summary"
        items={[
          { label: 'When', value: <span data-testid="schedule-description">{r.description ?? '—'}</span>, wide: true },
          { label: 'Expression', value: <code className="font-mono text-xs">{r.schedule}</code> },
          { label: 'Each window lasts', value: r.duration || '—' },
          { label: 'Time zone', value: r.location || <span className="text-muted">the controller&apos;s (shown as UTC)</span> },
          { label: 'Window open now (Fleet)', value: <span data-testid="schedule-active">{r.active ? 'yes' : 'no'}</span> },
          {
            label: 'Next start (Fleet)',
            value: r.nextStart ? (
              <span data-testid="schedule-next-start">
                {formatWindowTime(r.nextStart, r.location)} (<RelativeTime iso={r.nextStart} />)
              </span>
            ) : (
              <span className="text-muted">not reported</span>
            ),
          },
          { label: 'Applies to', value: r.targets, wide: true },
        ]}
      />
      <DetailSection title={`Next windows, computed (${zoneOf(r.location)})`} count={upcoming.length} testId="schedule-windows">
        <WindowList windows={upcoming} location={r.location} />
      </DetailSection>
      <DetailSection title="Clusters Fleet matched" count={r.matchingClusters.length} testId="schedule-matching">
        {r.matchingClusters.length === 0 ? (
          <p className="text-sm text-muted">{r.health === 'ok' ? 'No cluster matches its targets.' : 'Fleet has not reported any.'}</p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {r.matchingClusters.map((c) => (
              <li key={c}>
                <Link href={pageUrl.cluster(workspace, c)} className="font-mono text-accent hover:underline" data-testid="matching-cluster">
                  {c}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-muted">Outside every window, Fleet marks these clusters&apos; BundleDeployments off-schedule and their agents hold changes back.</p>
      </DetailSection>
      <DetailSection title="Conditions" count={conditions.length} testId="schedule-conditions">
        <ConditionsTable conditions={conditions} />
      </DetailSection>
      {confirm && (
        <ConfirmDialog
          title={`Delete Schedule ${name}?`}
          confirmLabel="Delete"
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            await deleteSchedule(workspace, name, r.uid);
            await qc.invalidateQueries({ queryKey: queryKeys.schedules(workspace) });
            router.push(pageUrl.schedules(workspace));
          }}
        >
          Its clusters are no longer held to its windows: pending changes deploy at once.
        </ConfirmDialog>
      )}
    </section>
  );
}
