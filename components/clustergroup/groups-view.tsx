'use client';
// Cluster groups of a workspace: selector, clusters matched now (counted live from the clusters, not
// from a possibly stale status), how many are ready. Filter/sort/page in the URL.
import Link from 'next/link';
import { CLUSTERGROUP_DEFAULT_SORT, ClusterGroupListQuerySchema } from '@/lib/fleet/rows/clustergroup-row';
import { queryKeys } from '@/lib/http/query-keys';
import { BadFilterPanel, EmptyPanel } from '@/components/ui/panels';
import { CreateAction, InWorkspace, PageHeader } from '@/components/ui/page-header';
import { useListState } from '@/components/list/use-list-state';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { SortHeader } from '@/components/list/sort-header';
import { StateBadge } from '@/components/state-badge';
import { inputClass } from '@/components/ui/field';
import { useEffect, useState } from 'react';
import { fetchGroups } from './clustergroup-api';
import { useClusterDriven } from './use-cluster-driven';
import { pageUrl } from '@/lib/http/urls';

const LIVE = ['clustergroups', 'clusters'] as const;

export function GroupsView({ workspace }: { workspace: string }) {
  const list = useListState({ schema: ClusterGroupListQuerySchema, defaultSort: CLUSTERGROUP_DEFAULT_SORT });
  const { query, navigate } = list;
  const all = workspace === '_all';

  useLiveKinds(LIVE, workspace);
  const result = useListQuery('clustergroups', workspace, list, fetchGroups);
  const totalClusters = useClusterDriven(workspace, [queryKeys.listAll('clustergroups', workspace)]);

  const [text, setText] = useState(query?.q ?? '');
  useEffect(() => {
    if (!query || text === query.q) return;
    const t = setTimeout(() => navigate({ q: text, page: 1 }, true), 300);
    return () => clearTimeout(t);
  }, [text, query, navigate]);

  const h = { sort: list.sort, dir: list.dir, onSort: list.onSort };
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Cluster Groups"
        scope={
          <InWorkspace workspace={workspace}>
            {result.data && ` · ${result.data.total} groups`}
            {totalClusters !== undefined && ` · ${totalClusters} clusters`}
          </InWorkspace>
        }
        query={result}
        actions={<CreateAction workspace={workspace} what="cluster group" href={pageUrl.clustergroupNew(workspace)} testId="create-group" />}
      />
      {list.error ? (
        <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all groups" />
      ) : (
        <>
          <label className="flex max-w-sm flex-col gap-1 text-sm" role="search">
            <span className="text-muted">Filter</span>
            <input type="search" className={inputClass} value={text} onChange={(e) => setText(e.target.value)} placeholder="Group name" maxLength={200} />
          </label>
          <ListResults
            result={result}
            what="cluster groups"
            loading="Loading cluster groups…"
            workspace={workspace}
            onPage={list.onPage}
            empty={
              <EmptyPanel title={query?.q ? `No cluster groups match “${query.q}”` : `No cluster groups in ${all ? 'any workspace' : workspace} yet`}>
                A cluster group names a set of clusters by their labels, so GitRepos can target it.
              </EmptyPanel>
            }
          >
            {(page) => (
              <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
                <table className="w-full min-w-[48rem] text-sm">
                  <caption className="sr-only">Cluster groups</caption>
                  <thead className="border-b border-border bg-surface-2 text-muted">
                    <tr>
                      <th scope="col" className="px-3 py-2 text-left font-medium">State</th>
                      <SortHeader k="name" label="Name" {...h} />
                      {all && <SortHeader k="namespace" label="Workspace" {...h} />}
                      <th scope="col" className="px-3 py-2 text-left font-medium">Selector</th>
                      <th scope="col" className="px-3 py-2 text-left font-medium">Clusters matched</th>
                      <th scope="col" className="px-3 py-2 text-left font-medium">Clusters ready</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((g) => {
                      const ready = g.clusters > 0 && g.readyClusters === g.clusters;
                      return (
                        <tr key={`${g.namespace}/${g.name}`} className="border-b border-border last:border-0 align-top hover:bg-surface-2/60" data-testid="group-row" data-name={g.name}>
                          <td className="px-3 py-2">
                            {g.clusters === 0 ? (
                              <span className="text-xs text-muted">no clusters</span>
                            ) : (
                              <StateBadge state={ready ? 'Ready' : 'NotReady'} title={g.nonReady.length ? `Not ready: ${g.nonReady.join(', ')}${g.clusters - g.readyClusters > g.nonReady.length ? ', …' : ''}` : undefined} />
                            )}
                          </td>
                          <td className="px-3 py-2">
                            <Link href={pageUrl.clustergroup(g.namespace, g.name)} className="font-medium text-accent hover:underline" data-testid="group-name">
                              {g.name}
                            </Link>
                          </td>
                          {all && <td className="px-3 py-2 font-mono text-xs">{g.namespace}</td>}
                          <td className="max-w-md break-words px-3 py-2 font-mono text-xs">
                            {g.selector === undefined ? <span className="text-muted">none (matches nothing)</span> : g.matchesAll ? <span className="text-muted">{'{}'} (every cluster)</span> : g.selector}
                          </td>
                          <td className="px-3 py-2 tabular-nums" data-testid="group-count">
                            {g.clusters}
                          </td>
                          <td className="px-3 py-2 tabular-nums">
                            <span className={g.readyClusters < g.clusters ? 'font-semibold' : ''}>
                              {g.readyClusters}/{g.clusters}
                            </span>
                            {g.nonReady.length > 0 && <div className="max-w-xs truncate text-xs text-muted" title={g.nonReady.join(', ')}>not ready: {g.nonReady.join(', ')}</div>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </ListResults>
        </>
      )}
    </section>
  );
}
