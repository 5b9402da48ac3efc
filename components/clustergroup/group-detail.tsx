'use client';
// One cluster group: its selector, the clusters it matches now (live: a cluster whose labels change
// joins or leaves without a reload), and the GitRepos that target it.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClusterGroupDetail } from '@/lib/fleet/rows/clustergroup-row';
import { queryKeys } from '@/lib/http/query-keys';
import { fetchClusters } from '@/components/cluster/cluster-api';
import { ClusterTable } from '@/components/cluster/cluster-table';
import { EmptyPanel, ErrorPanel, LoadingDetail } from '@/components/ui/panels';
import { SummaryList } from '@/components/detail/summary-list';
import { CopyButton } from '@/components/copy-button';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListResults } from '@/components/list/list-results';
import { StateBadge } from '@/components/state-badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteGroup, fetchGroup } from './clustergroup-api';
import { useClusterDriven } from './use-cluster-driven';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';

const LIVE = ['clustergroups', 'clusters', 'gitrepos'] as const;
const NO_SELECTION = new Set<string>();

export function GroupDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE, workspace);
  const q = useQuery({ queryKey: queryKeys.detail('clustergroups', workspace, name), queryFn: () => fetchGroup(workspace, name), placeholderData: keepPreviousData });
  const total = useClusterDriven(workspace, [queryKeys.detail('clustergroups', workspace, name)]);
  if (q.isError) {
    return (
      <ErrorPanel error={q.error} what={`cluster group ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={{ href: pageUrl.clustergroups(workspace), label: 'Back to cluster groups' }} />
    );
  }
  if (!q.data) return <LoadingDetail label={`Loading cluster group ${name}…`} />;
  return <Loaded workspace={workspace} d={q.data} total={total} fetching={q.isFetching} />;
}

function Loaded({ workspace, d, total, fetching }: { workspace: string; d: ClusterGroupDetail; total?: number; fetching: boolean }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [ask, setAsk] = useState(false);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ sort: 'name' | 'state' | 'ready' | 'lastSeen' | 'bundles' | 'namespace' | 'created'; dir: 'asc' | 'desc' }>({ sort: 'name', dir: 'asc' });
  const g = d.row;
  const params = new URLSearchParams({ page: String(page), pageSize: '50', sort: sort.sort, dir: sort.dir });
  if (g.selector) params.set('selector', g.selector);
  const members = useQuery({
    queryKey: queryKeys.list('clusters', workspace, params.toString()),
    queryFn: () => fetchClusters(workspace, params.toString()),
    enabled: g.selector !== undefined,
    placeholderData: keepPreviousData,
  });
  const count = g.selector === undefined ? 0 : members.data?.total;
  const ready = g.clusters > 0 && g.readyClusters === g.clusters;
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.clustergroups(workspace), parent: 'Cluster Groups', current: g.name }}
        title={g.name}
        mono
        badges={
          <>
            <CopyButton value={g.name} label="Copy group name" />
            {!!count && g.clusters > 0 && <StateBadge state={ready ? 'Ready' : 'NotReady'} />}
          </>
        }
        fetching={fetching}
        actions={
          <>
            <Link href={pageUrl.clustergroupEdit(workspace, g.name)} className={buttonClass('secondary')} data-testid="edit-group">
              Edit selector
            </Link>
            <Button variant="danger" onClick={() => setAsk(true)} data-testid="delete-group">
              Delete
            </Button>
          </>
        }
      />
      <SummaryList
        variant="tiles"
        columns={3}
        items={[
          {
            label: 'Selector',
            wide: true,
            value: (
              <span className="font-mono" data-testid="group-selector">
                {g.selector === undefined ? 'none: this group matches no clusters' : g.matchesAll ? '{} (every cluster in the workspace)' : g.selector}
              </span>
            ),
          },
          {
            label: 'Clusters',
            value: (
              <span data-testid="group-member-count" data-count={count ?? ''}>
                {count === undefined ? '…' : `${count} matched${total !== undefined ? ` of ${total}` : ''}`} · {g.readyClusters} ready
              </span>
            ),
          },
        ]}
      />
      <section aria-labelledby="gitrepos-title" className="space-y-2">
        <h2 id="gitrepos-title" className="text-base font-semibold">
          GitRepos targeting this group{d.gitReposHidden ? '' : ` (${d.gitRepos.length})`}
        </h2>
        {d.gitReposHidden ? (
          <p className="text-sm text-muted" data-testid="group-gitrepos-hidden">
            You are not allowed to list GitRepos in {workspace}, so the GitRepos that target this group are not shown.
          </p>
        ) : d.gitRepos.length === 0 ? (
          <p className="text-sm text-muted">No GitRepo in {workspace} targets this group.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface text-sm" data-testid="group-gitrepos">
            {d.gitRepos.map((r) => (
              <li key={r.name} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
                <Link href={pageUrl.gitrepo(workspace, r.name)} className="font-medium text-accent hover:underline">
                  {r.name}
                </Link>
                <span className="text-xs text-muted">{r.how}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="members-title" className="space-y-2">
        <h2 id="members-title" className="text-base font-semibold">
          Matching clusters
        </h2>
        {g.selector === undefined ? (
          <p className="text-sm text-muted">Without a selector Fleet ignores the group. Edit it to choose clusters.</p>
        ) : (
          <ListResults result={members} what="matching clusters" loading="Loading matching clusters…" onPage={setPage} empty={<EmptyPanel compact testId="no-members" title="No cluster matches this selector now." />}>
            {(page) => <ClusterTable rows={page.items} sort={sort.sort} dir={sort.dir} onSort={(s, dd) => setSort({ sort: s, dir: dd })} showWorkspace={false} selected={NO_SELECTION} onSelect={() => undefined} selectable={false} />}
          </ListResults>
        )}
      </section>
      {ask && (
        <ConfirmDialog
          title={`Delete cluster group ${g.name}?`}
          confirmLabel="Delete"
          typeToConfirm={g.name}
          onClose={() => setAsk(false)}
          onConfirm={async () => {
            await deleteGroup(workspace, g.name, d.uid);
            await qc.invalidateQueries({ queryKey: queryKeys.listAll('clustergroups') });
            router.push(pageUrl.clustergroups(workspace));
          }}
        >
          <p>
            Deletes the group. Clusters are not touched, but {d.gitRepos.length ? `${d.gitRepos.length} GitRepo(s) that target it by name` : 'any GitRepo that targets it'} will stop
            deploying to its clusters through this target.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
