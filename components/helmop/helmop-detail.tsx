'use client';
// One HelmOp: its chart source and the version story (asked, resolved and deployed by Fleet), what Fleet says about it
// (errors in full, conditions), its Bundle, per-cluster state and the resources it deployed, and its actions.
import Link from 'next/link';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { HelmOpSchema, type HelmOp } from '@/lib/fleet/kinds/helmop';
import type { HelmOpDetail as Detail } from '@/lib/fleet/rows/helmop-detail';
import { helmOpState } from '@/lib/fleet/object-state';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { EventsPanel } from '@/components/events/events-panel';
import { WatchToggle } from '@/components/notify/watch-toggle';
import { buttonClass } from '@/components/ui/button';
import { DetailSection } from '@/components/detail/detail-section';
import { useLiveKinds } from '@/components/live/live-updates';
import { StateBadge } from '@/components/state-badge';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingDetail } from '@/components/ui/panels';
import { objectYaml } from '@/components/gitrepo/gitrepo-api';
import { GitRepoBundles } from '@/components/gitrepo/gitrepo-bundles';
import { GitRepoClusters } from '@/components/gitrepo/gitrepo-clusters';
import { conditionBad, GitRepoProblems } from '@/components/gitrepo/gitrepo-problems';
import { ResourcesTable, type ResourceLike } from '@/components/gitrepo/resources-table';
import { fetchHelmOpDetail } from './helmop-api';
import { HelmOpActionsBar } from './helmop-actions-bar';
import { HelmOpSummary } from './helmop-summary';

const LIVE_KINDS = ['helmops', 'bundles', 'bundledeployments'] as const;

export function HelmOpDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE_KINDS, workspace);
  const q = useQuery({
    queryKey: queryKeys.detail('helmops', workspace, name),
    queryFn: () => fetchHelmOpDetail(workspace, name),
    placeholderData: keepPreviousData,
  });
  const back = { href: pageUrl.helmops(workspace), label: 'Back to HelmOps' };
  if (q.isError) return <ErrorPanel error={q.error} what={`HelmOp ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={back} />;
  if (!q.data) return <LoadingDetail label={`Loading HelmOp ${name}…`} />;
  const parsed = HelmOpSchema.safeParse(q.data.object);
  if (!parsed.success) return <ErrorPanel error={new Error('It has a shape this dashboard does not understand.')} what={`HelmOp ${name}`} back={back} />;
  return <Loaded workspace={workspace} detail={q.data} h={parsed.data} fetching={q.isFetching} />;
}

function Loaded({ workspace, detail, h, fetching }: { workspace: string; detail: Detail; h: HelmOp; fetching: boolean }) {
  const name = h.metadata.name;
  const state = helmOpState(h);
  const conditions = h.status?.conditions ?? [];
  const v = detail.version;
  return (
    <article className="space-y-5" aria-labelledby="page-title" data-testid="helmop-detail">
      <PageHeader
        breadcrumb={{ href: pageUrl.helmops(workspace), parent: 'HelmOps', current: workspace }}
        title={name}
        mono
        badges={
          <>
            <StateBadge state={state.state} title={state.message} />
            {h.spec.paused === true && <StateBadge state="Paused" title="Paused: chart changes are not rolled out" />}
            {v.pinned && (
              <span className="rounded-md bg-accent/10 px-2 py-0.5 text-xs font-semibold text-accent" data-testid="pinned-state" title="An exact chart version: Fleet does not look for newer ones">
                Pinned to {v.asked}
              </span>
            )}
          </>
        }
        fetching={fetching}
        actions={
          <>
            <WatchToggle kind="helmops" namespace={workspace} name={name} />
            <Link href={pageUrl.graph(workspace, 'HelmOp', name)} className={buttonClass('secondary')} data-testid="helmop-graph-link">
              Graph
            </Link>
          </>
        }
      />
      <HelmOpActionsBar workspace={workspace} h={h} version={v} yaml={objectYaml(detail.object)} />
      <GitRepoProblems g={h} relatedError={detail.relatedError} tracksGeneration={false} />
      <HelmOpSummary h={h} version={v} />
      <GitRepoBundles workspace={workspace} bundles={detail.bundles} commitRead emptyText="No Bundle yet. Fleet's helmops controller creates it once it has resolved the chart version." />
      <GitRepoClusters clusters={detail.clusters} kind="HelmOp" />
      <DetailSection title="Resources" count={h.status?.resources?.length ?? 0} testId="resources-section">
        <ResourcesTable resources={(h.status?.resources ?? []) as ResourceLike[]} />
      </DetailSection>
      <DetailSection title="Conditions" count={conditions.length} testId="conditions-section">
        <ConditionsTable conditions={conditions} bad={(c) => conditionBad(c.type, c.status)} empty="Fleet has not reported any condition yet." />
      </DetailSection>
      <EventsPanel workspace={workspace} kind="HelmOp" name={name} />
    </article>
  );
}
