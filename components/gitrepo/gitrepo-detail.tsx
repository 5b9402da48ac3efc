'use client';
// One GitRepo: what it points at, where it deploys (in words), what Fleet says about it (errors in full,
// conditions), the Bundles it produced, per-cluster state and the resources it deployed, and its actions.
import Link from 'next/link';
import { EventsPanel } from '@/components/events/events-panel';
import { buttonClass } from '@/components/ui/button';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { GitRepoSchema, type GitRepo } from '@/lib/fleet/kinds/gitrepo';
import type { GitRepoDetail as Detail } from '@/lib/fleet/rows/gitrepo-detail';
import { gitRepoState } from '@/lib/fleet/object-state';
import { isGitRepoPinned, UNPIN_BRANCH_ANNOTATION } from '@/lib/fleet/pin';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { DetailSection } from '@/components/detail/detail-section';
import { useLiveKinds } from '@/components/live/live-updates';
import { StateBadge } from '@/components/state-badge';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { PageHeader } from '@/components/ui/page-header';
import { WatchToggle } from '@/components/notify/watch-toggle';
import { ErrorPanel, LoadingDetail } from '@/components/ui/panels';
import { fetchGitRepoDetail, objectYaml } from './gitrepo-api';
import { GitRepoActionsBar } from './gitrepo-actions-bar';
import { GitRepoBundles } from './gitrepo-bundles';
import { GitRepoClusters } from './gitrepo-clusters';
import { conditionBad, GitRepoProblems } from './gitrepo-problems';
import { GitRepoSummary } from './gitrepo-summary';
import { PinnedBadge } from './pinned-badge';
import { branchWords } from './pin-dialogs';
import { ResourcesTable, type ResourceLike } from './resources-table';

const LIVE_KINDS = ['gitrepos'] as const;

export function GitRepoDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE_KINDS, workspace);
  const q = useQuery({
    queryKey: queryKeys.detail('gitrepos', workspace, name),
    queryFn: () => fetchGitRepoDetail(workspace, name),
    placeholderData: keepPreviousData,
  });
  const back = { href: pageUrl.gitrepos(workspace), label: 'Back to Git Repos' };
  if (q.isError) return <ErrorPanel error={q.error} what={`GitRepo ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={back} />;
  if (!q.data) return <LoadingDetail label={`Loading GitRepo ${name}…`} />;
  const parsed = GitRepoSchema.safeParse(q.data.object);
  if (!parsed.success) return <ErrorPanel error={new Error('It has a shape this dashboard does not understand.')} what={`GitRepo ${name}`} back={back} />;
  return <Loaded workspace={workspace} detail={q.data} g={parsed.data} fetching={q.isFetching} />;
}

function Loaded({ workspace, detail, g, fetching }: { workspace: string; detail: Detail; g: GitRepo; fetching: boolean }) {
  const name = g.metadata.name;
  const state = gitRepoState(g);
  const conditions = g.status?.conditions ?? [];
  return (
    <article className="space-y-5" aria-labelledby="page-title" data-testid="gitrepo-detail">
      <PageHeader
        breadcrumb={{ href: pageUrl.gitrepos(workspace), parent: 'Git Repos', current: workspace }}
        title={name}
        mono
        badges={
          <>
            <StateBadge state={state.state} title={state.message} />
            {g.spec.paused === true && <StateBadge state="Paused" title="Paused: Git changes are not rolled out" />}
            {isGitRepoPinned(g) && (
              <PinnedBadge
                to={g.spec.revision!.trim()}
                title={`Pinned to commit ${g.spec.revision}: new commits on ${branchWords(g.metadata.annotations?.[UNPIN_BRANCH_ANNOTATION] || undefined)} are not deployed until it is unpinned`}
              />
            )}
          </>
        }
        fetching={fetching}
        actions={
          <>
            <WatchToggle kind="gitrepos" namespace={workspace} name={name} />
            <Link href={pageUrl.graph(workspace, 'GitRepo', name)} className={buttonClass('secondary')} data-testid="gitrepo-graph-link">
              Graph
            </Link>
          </>
        }
      />
      <GitRepoActionsBar workspace={workspace} g={g} yaml={objectYaml(detail.object)} />
      <GitRepoProblems g={g} relatedError={detail.relatedError} />
      <TroubleshootingHints workspace={workspace} kind="GitRepo" name={name} />
      <GitRepoSummary g={g} />
      <GitRepoBundles workspace={workspace} bundles={detail.bundles} commitRead={!!g.status?.commit} />
      <GitRepoClusters clusters={detail.clusters} />
      <DetailSection title="Resources" count={g.status?.resources?.length ?? 0} testId="resources-section">
        <ResourcesTable resources={(g.status?.resources ?? []) as ResourceLike[]} />
      </DetailSection>
      <DetailSection title="Conditions" count={conditions.length} testId="conditions-section">
        <ConditionsTable conditions={conditions} bad={(c) => conditionBad(c.type, c.status)} empty="Fleet has not reported any condition yet." />
      </DetailSection>
      <EventsPanel workspace={workspace} kind="GitRepo" name={name} />
    </article>
  );
}
