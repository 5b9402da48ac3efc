'use client';
// One Bundle: state, targets, rollout and options, conditions, troubleshooting hints, force sync, and its
// BundleDeployments per cluster (server-side filter/sort/paging in the URL) with the diff of drifted resources.
// Live: a change of the bundle or any of its deployments refetches what is shown.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { BundleDetailSchema } from '@/lib/fleet/rows/bundle-row';
import { BundleDeploymentListQuerySchema, BundleDeploymentListSchema } from '@/lib/fleet/rows/bundledeployment-row';
import { listQueryToParams, parseListQuery, type ListQuery } from '@/lib/fleet/rows/list';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { StateBadge } from '@/components/state-badge';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { SummaryList } from '@/components/detail/summary-list';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { DeploymentTable, type BdSort } from '@/components/bundle/deployment-table';
import { ForceSyncButton } from '@/components/bundle/force-sync-button';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { buttonClass } from '@/components/ui/button';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const LIVE = ['bundles', 'bundledeployments'] as const;

export function BundleDetailView({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  useLiveKinds(LIVE, workspace);

  const detail = useQuery({
    queryKey: queryKeys.detail('bundles', workspace, name),
    queryFn: () => apiFetch(apiUrl.bundle(workspace, name), { schema: BundleDetailSchema }),
  });

  const parsed = useMemo(() => parseListQuery(BundleDeploymentListQuerySchema, new URLSearchParams(search.toString())), [search]);
  const query = parsed.ok ? parsed.value : undefined;
  // Deployments sort by cluster unless the URL says otherwise (the list schema's default is name).
  const sort: BdSort = search.get('sort') && query ? query.sort : 'cluster';
  const listParams = query ? listQueryToParams({ ...query, sort }, { sort: 'name' }) : new URLSearchParams();
  listParams.set('sort', sort);
  listParams.set('bundle', name);
  const params = listParams.toString();

  const navigate = useCallback(
    (next: Partial<ListQuery<BdSort>>, replace = false) => {
      const merged = { ...(query ?? { page: 1, pageSize: 50, sort: 'cluster' as const, dir: 'asc' as const, q: '' }), sort, ...next };
      const qs = listQueryToParams(merged, { sort: 'cluster' }).toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [query, pathname, router, sort],
  );
  const onQuery = useCallback((q: string) => navigate({ q, page: 1 }, true), [navigate]);

  const bds = useQuery({
    queryKey: queryKeys.list('bundledeployments', workspace, params),
    queryFn: () => apiFetch(apiUrl.bundledeployments(workspace, params), { schema: BundleDeploymentListSchema }),
    enabled: parsed.ok,
    placeholderData: keepPreviousData,
  });

  if (detail.isError) return <ErrorPanel error={detail.error} what={`Bundle ${name}`} workspace={workspace} onRetry={() => detail.refetch()} />;
  const d = detail.data;
  const r = d?.row;

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <Breadcrumb href={pageUrl.bundles(workspace)} parent="Bundles" current={name} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="page-title" className="break-all text-xl font-semibold">
          {name}
        </h1>
        <CopyButton value={name} label="Copy bundle name" />
        {r && <StateBadge state={r.state} />}
        {r && (
          <span className="text-sm text-muted" data-testid="bundle-ready">
            {r.readyClusters}/{r.desiredReadyClusters} clusters ready
          </span>
        )}
        {detail.isFetching && !detail.isLoading && <span className="text-xs text-muted">updating…</span>}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <Link href={pageUrl.matrix(workspace, { gitrepo: r?.gitrepo })} className={buttonClass('secondary')}>
            Matrix
          </Link>
          {r && <ForceSyncButton workspace={workspace} bundle={name} before={r.forceSyncGeneration} />}
        </span>
      </div>

      <TroubleshootingHints workspace={workspace} kind="Bundle" name={name} />

      {!d || !r ? (
        <LoadingRows label="Loading the bundle…" rows={3} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="rounded-lg border border-border bg-surface p-4">
            <h2 className="mb-3 font-semibold">Summary</h2>
            <SummaryList
              testId="bundle-summary"
              items={[
                { label: 'Workspace', value: <span className="font-mono">{r.namespace}</span> },
                {
                  label: 'Source',
                  value: r.gitrepo ? (
                    <Link href={pageUrl.gitrepo(workspace, r.gitrepo)} className="text-accent hover:underline">
                      GitRepo {r.gitrepo}
                    </Link>
                  ) : r.helmop ? (
                    `HelmOp ${r.helmop}`
                  ) : (
                    '—'
                  ),
                },
                { label: 'Targets', value: r.targets.length ? r.targets.join('; ') : 'none' },
                { label: 'Rollout', value: r.rollout || 'Fleet defaults (max unavailable 100%, partitions of 25% above 200 clusters)' },
                { label: 'Paused', value: r.paused ? 'yes: deployments are not updated' : 'no' },
                ...(d.created ? [{ label: 'Created', value: <RelativeTime iso={d.created} /> }] : []),
                ...d.options.map((o) => ({ label: o.label, value: <span className="break-all font-mono text-xs">{o.value}</span> })),
              ]}
            />
            {r.message && (
              <p className="mt-3 whitespace-pre-wrap break-words rounded-md bg-surface-2 p-2 text-xs" data-testid="bundle-message">
                {r.message}
              </p>
            )}
          </div>
          <div className="rounded-lg border border-border bg-surface p-4">
            <h2 className="mb-3 font-semibold">Conditions</h2>
            <ConditionsTable conditions={d.conditions} />
          </div>
        </div>
      )}

      <section aria-labelledby="bd-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="bd-title" className="text-lg font-semibold">
            Deployments per cluster
          </h2>
          {bds.data && <span className="text-sm text-muted">{bds.data.total} shown by filter</span>}
          {bds.isFetching && !bds.isLoading && <span className="text-xs text-muted">updating…</span>}
        </div>
        {!parsed.ok ? (
          <p role="alert" className="text-sm text-danger">
            {parsed.error}{' '}
            <Link href={pathname} className="underline">
              Reset
            </Link>
          </p>
        ) : (
          <>
            <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={onQuery} onState={(state) => navigate({ state, page: 1 })} placeholder="Cluster name" />
            {bds.isError ? (
              <ErrorPanel error={bds.error} what="Deployments" workspace={workspace} onRetry={() => bds.refetch()} />
            ) : bds.isLoading || !bds.data ? (
              <LoadingRows label="Loading deployments…" />
            ) : bds.data.total === 0 ? (
              <div className="rounded-lg border border-dashed border-border bg-surface p-8 text-center text-sm" data-testid="bd-empty">
                {query?.q || query?.state ? 'No deployments match the filter.' : 'Fleet has not created deployments for this bundle yet (no targeted clusters, or Pending).'}
              </div>
            ) : (
              <>
                <DeploymentTable rows={bds.data.items} sort={sort} dir={query?.dir ?? 'asc'} onSort={(s, dir) => navigate({ sort: s, dir, page: 1 })} />
                <Pager page={bds.data.page} pageSize={bds.data.pageSize} total={bds.data.total} onPage={(page) => navigate({ page })} />
              </>
            )}
          </>
        )}
      </section>
    </section>
  );
}
