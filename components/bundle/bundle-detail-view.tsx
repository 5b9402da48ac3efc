'use client';
// One Bundle: state, targets, rollout and options, conditions, troubleshooting hints, force sync, and its
// BundleDeployments per cluster (server-side filter/sort/paging in the URL) with the diff of drifted resources.
// Live: a change of the bundle or any of its deployments refetches what is shown.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { BundleDetailSchema } from '@/lib/fleet/rows/bundle-row';
import { BundleDeploymentListQuerySchema, BundleDeploymentListSchema } from '@/lib/fleet/rows/bundledeployment-row';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { ListResults, useListQuery } from '@/components/list/list-results';
import { StateBadge } from '@/components/state-badge';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { SummaryList } from '@/components/detail/summary-list';
import { ConditionsTable } from '@/components/detail/conditions-table';
import { DeploymentTable } from './deployment-table';
import { ForceSyncButton } from './force-sync-button';
import { BadFilterPanel, EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { PageHeader } from '@/components/ui/page-header';
import { WatchToggle } from '@/components/notify/watch-toggle';
import { useListState } from '@/components/list/use-list-state';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { buttonClass } from '@/components/ui/button';
import { apiUrl, pageUrl } from '@/lib/http/urls';
import { EventsPanel } from '@/components/events/events-panel';
import { RolloutSection } from './rollout-section';

const LIVE = ['bundles', 'bundledeployments'] as const;
const fetchDeployments = (workspace: string, params: string) => apiFetch(apiUrl.bundledeployments(workspace, params), { schema: BundleDeploymentListSchema });

export function BundleDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE, workspace);
  const detail = useQuery({
    queryKey: queryKeys.detail('bundles', workspace, name),
    queryFn: () => apiFetch(apiUrl.bundle(workspace, name), { schema: BundleDetailSchema }),
  });

  // Deployments sort by cluster unless the URL says otherwise (the list schema's default is name).
  const list = useListState({ schema: BundleDeploymentListQuerySchema, defaultSort: 'cluster' });
  const { query } = list;
  const listParams = new URLSearchParams(list.params);
  listParams.set('sort', list.sort);
  listParams.set('bundle', name);
  const params = listParams.toString();

  const bds = useListQuery('bundledeployments', workspace, { params, error: list.error }, fetchDeployments);

  if (detail.isError) return <ErrorPanel error={detail.error} what={`bundle ${name}`} workspace={workspace} onRetry={() => detail.refetch()} back={{ href: pageUrl.bundles(workspace), label: 'Back to Bundles' }} />;
  const d = detail.data;
  const r = d?.row;

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader
        breadcrumb={{ href: pageUrl.bundles(workspace), parent: 'Bundles', current: name }}
        title={name}
        mono
        badges={
          <>
            <CopyButton value={name} label="Copy bundle name" />
            {r && <StateBadge state={r.state} />}
          </>
        }
        scope={r && `${r.readyClusters}/${r.desiredReadyClusters} clusters ready`}
        scopeTestId="bundle-ready"
        fetching={detail.isFetching && !detail.isLoading}
        actions={
          <>
            <WatchToggle kind="bundles" namespace={workspace} name={name} />
            <Link href={pageUrl.matrix(workspace, { gitrepo: r?.gitrepo })} className={buttonClass('secondary')}>
              Matrix
            </Link>
            {r && <ForceSyncButton workspace={workspace} bundle={name} before={r.forceSyncGeneration} />}
          </>
        }
      />

      <TroubleshootingHints workspace={workspace} kind="Bundle" name={name} />

      {!d || !r ? (
        <LoadingRows label="Loading the bundle…" rows={3} />
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
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

      {d?.rollout && <RolloutSection rollout={d.rollout} />}

      <section aria-labelledby="bd-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="bd-title" className="text-lg font-semibold">
            Deployments per cluster
          </h2>
          {bds.data && <span className="text-sm text-muted">{bds.data.total} shown by filter</span>}
          {bds.isFetching && !bds.isLoading && <span className="text-xs text-muted">updating…</span>}
        </div>
        {list.error ? (
          <BadFilterPanel error={list.error} resetHref={list.pathname} resetLabel="Show all deployments" />
        ) : (
          <>
            <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={list.onQuery} onState={(state) => list.navigate({ state, page: 1 })} placeholder="Cluster name" />
            <ListResults
              result={bds}
              what={`the deployments of bundle ${name}`}
              loading="Loading deployments…"
              workspace={workspace}
              onPage={list.onPage}
              noMatch={{ list, what: 'deployments' }}
              empty={<EmptyPanel testId="bd-empty" title="Fleet has not created deployments for this bundle yet (no targeted clusters, or Pending)." />}
            >
              {(page) => <DeploymentTable rows={page.items} sort={list.sort} dir={list.dir} onSort={list.onSort} />}
            </ListResults>
          </>
        )}
      </section>

      <EventsPanel workspace={workspace} kind="Bundle" name={name} />
    </section>
  );
}
