'use client';
// One cluster: state and why, agent contact and settings (env vars incl. proxy, tolerations, affinity,
// resources), every BundleDeployment on it with its state and message, labels and annotations, and
// the actions (force agent update, pause/unpause, labels, proxy, move, delete) as the signed-in person.
import { EventsPanel } from '@/components/events/events-panel';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { CopyButton } from '@/components/copy-button';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { useLiveKinds } from '@/components/live/live-updates';
import { StateBadge } from '@/components/state-badge';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingDetail } from '@/components/ui/panels';
import { Tabs } from '@/components/ui/tabs';
import { ClusterActionsBar } from './cluster-actions-bar';
import { ClusterAgentTab } from './cluster-agent-tab';
import { fetchClusterDetail } from './cluster-api';
import { ClusterBundlesTab } from './cluster-bundles-tab';
import { ClusterLabelsTab } from './cluster-labels-tab';
import { ClusterSummary } from './cluster-summary';
import { WindowBadge } from '@/components/schedule/window-badge';

const LIVE = ['clusters', 'bundledeployments'] as const;

export function ClusterDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE, workspace);
  const q = useQuery({
    queryKey: queryKeys.detail('clusters', workspace, name),
    queryFn: () => fetchClusterDetail(workspace, name),
    placeholderData: keepPreviousData,
  });
  if (q.isError) return <ErrorPanel error={q.error} what={`cluster ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={{ href: pageUrl.clusters(workspace), label: 'Back to clusters' }} />;
  if (!q.data) return <LoadingDetail label={`Loading cluster ${name}…`} />;
  return <Loaded workspace={workspace} d={q.data} fetching={q.isFetching} />;
}

function Loaded({ workspace, d, fetching }: { workspace: string; d: ClusterDetail; fetching: boolean }) {
  const r = d.row;
  const [tab, setTab] = useState('overview');
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.clusters(workspace), parent: 'Clusters', current: r.name }}
        title={r.name}
        mono
        titleTestId="cluster-title"
        badges={
          <>
            <CopyButton value={r.name} label="Copy cluster name" />
            <StateBadge state={r.state} title={r.message} />
            {r.displayState === 'WaitCheckIn' && <span className="text-sm text-muted" data-testid="wait-check-in">waiting for the agent to check in</span>}
            {r.paused && <StateBadge state="Paused" title="Bundle updates are not rolled out to this cluster" />}
            <WindowBadge state={r.window} workspace={workspace} />
          </>
        }
        scope={r.displayName}
        fetching={fetching}
      />
      <ClusterActionsBar workspace={workspace} d={d} />
      {r.message && (
        <div className="rounded-lg border border-border bg-surface p-3 text-sm" data-testid="cluster-message">
          <span className="font-medium">Fleet says: </span>
          <span className="break-words">{r.message}</span>
        </div>
      )}
      <TroubleshootingHints workspace={workspace} kind="Cluster" name={r.name} />
      <ClusterSummary d={d} />
      <Tabs
        label="Cluster details"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: 'Conditions' },
          { id: 'bundles', label: `Bundle deployments (${d.bundleDeployments.total})` },
          { id: 'labels', label: 'Labels & annotations' },
          { id: 'agent', label: 'Agent settings' },
        ]}
      >
        {tab === 'overview' && <ConditionsTable conditions={d.conditions} empty="Fleet has not written any conditions for this cluster yet." testId="conditions-table" />}
        {tab === 'bundles' && <ClusterBundlesTab d={d} workspace={workspace} />}
        {tab === 'labels' && <ClusterLabelsTab d={d} />}
        {tab === 'agent' && <ClusterAgentTab d={d} />}
      </Tabs>
      <EventsPanel workspace={workspace} kind="Cluster" name={r.name} />
    </section>
  );
}
