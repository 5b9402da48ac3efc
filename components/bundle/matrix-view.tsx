'use client';
// Cluster × bundle matrix for a workspace or one GitRepo. URL holds gitrepo, cluster filter, state, sort and page;
// the server pages the cluster axis (1,000 per page) and the grid virtualises both axes. Live on deployment changes.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { MATRIX_DEFAULT_ROWS, MatrixQuerySchema, MatrixSchema, STATE_CODE } from '@/lib/fleet/rows/bundle-matrix-row';
import { BUNDLE_STATES_WORST_FIRST, type BundleState } from '@/lib/fleet/state';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { MatrixGrid } from './matrix-grid';
import { BadFilterPanel, EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { InWorkspace, PageHeader } from '@/components/ui/page-header';
import { STATE_FILL } from '@/components/charts/state-colours';
import { stateLabel } from '@/components/state-badge';
import { inputClass } from '@/components/ui/field';
import { apiUrl, pageUrl } from '@/lib/http/urls';

const LIVE = ['bundles', 'bundledeployments', 'clusters'] as const;

export function MatrixView({ workspace }: { workspace: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  useLiveKinds(LIVE, workspace);
  const parsed = useMemo(() => MatrixQuerySchema.safeParse(Object.fromEntries([...search].filter(([, v]) => v !== ''))), [search]);
  const q = parsed.success ? parsed.data : undefined;
  const params = new URLSearchParams(search.toString()).toString();
  const [repoText, setRepoText] = useState(q?.gitrepo ?? '');

  const go = (next: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams(search.toString());
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'sort' && v === 'name')) p.delete(k);
      else p.set(k, String(v));
    }
    const s = p.toString();
    router.push(s ? `${pathname}?${s}` : pathname, { scroll: false });
  };

  const result = useQuery({
    queryKey: queryKeys.list('bundledeployments', workspace, `matrix:${params}`),
    queryFn: async () => {
      const m = await apiFetch(apiUrl.matrix(workspace, params), { schema: MatrixSchema });
      return { m, receivedAt: performance.now() };
    },
    enabled: parsed.success && workspace !== '_all',
    placeholderData: keepPreviousData,
  });

  if (workspace === '_all')
    return (
      <section aria-labelledby="page-title" className="space-y-2">
        <PageHeader title="Cluster × bundle matrix" />
        <p className="text-sm text-muted">Bundles and clusters belong to one workspace: pick a workspace above.</p>
      </section>
    );

  const m = result.data?.m;
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Cluster × bundle matrix"
        scope={
          <>
            {q?.gitrepo ? (
              <>
                GitRepo <span className="font-mono">{q.gitrepo}</span>
              </>
            ) : (
              <InWorkspace workspace={workspace} word="workspace" />
            )}
            {m && ` · ${m.bundles.length < m.bundlesTotal ? `the ${m.bundles.length} worst of ${m.bundlesTotal}` : m.bundles.length} bundles × ${m.total} of ${m.totalClusters} clusters`}
          </>
        }
        scopeTestId="matrix-caption"
        fetching={result.isFetching && !result.isLoading}
        actions={
          <Link href={pageUrl.bundles(workspace, { gitrepo: q?.gitrepo })} className="text-sm text-accent underline">
            Bundle list
          </Link>
        }
      />
      {!parsed.success || !q ? (
        <BadFilterPanel error={parsed.error?.issues.map((i) => i.message).join('; ') ?? 'unreadable'} resetHref={pathname} resetLabel="Show the whole matrix" />
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <form
              className="flex flex-col gap-1 text-sm"
              onSubmit={(e) => {
                e.preventDefault();
                go({ gitrepo: repoText.trim() || undefined, page: 1 });
              }}
            >
              <label htmlFor="matrix-gitrepo" className="text-muted">
                GitRepo (empty: whole workspace)
              </label>
              <input id="matrix-gitrepo" className={`${inputClass} w-56`} value={repoText} onChange={(e) => setRepoText(e.target.value)} onBlur={() => repoText !== (q.gitrepo ?? '') && go({ gitrepo: repoText.trim() || undefined, page: 1 })} placeholder="e.g. storefront" />
            </form>
            <div className="min-w-[16rem] flex-1">
              <ListToolbar q={q.q} state={q.state} onQuery={(text) => go({ q: text, page: 1 })} onState={(s) => go({ state: s, page: 1 })} placeholder="Cluster name" />
            </div>
            <label className="flex flex-col gap-1 text-sm">
              <span className="text-muted">Clusters</span>
              <select value={q.sort} onChange={(e) => go({ sort: e.target.value, page: 1 })} className="rounded-md border border-border bg-surface px-2 py-1.5">
                <option value="name">by name</option>
                <option value="state">worst first</option>
              </select>
            </label>
          </div>
          <Legend />
          {result.isError ? (
            <ErrorPanel error={result.error} what="the cluster × bundle matrix" workspace={workspace} onRetry={() => result.refetch()} />
          ) : result.isLoading || !result.data || !m ? (
            <LoadingRows label="Loading the matrix…" />
          ) : m.bundles.length === 0 || m.clusters.length === 0 ? (
            <EmptyPanel testId="matrix-empty" title={m.bundles.length === 0 ? `No bundles ${q.gitrepo ? `for GitRepo ${q.gitrepo}` : 'in this workspace'}.` : 'No clusters match the filter.'} />
          ) : (
            <>
              {m.bundles.length < m.bundlesTotal && (
                <p className="rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="matrix-columns-capped">
                  {q.gitrepo ? `GitRepo ${q.gitrepo}` : 'This workspace'} has {m.bundlesTotal.toLocaleString()} bundles: the columns are the {m.bundles.length} worst
                  deployed on the clusters of this page. Pick a GitRepo above, or filter the clusters, to see the rest.
                </p>
              )}
              <MatrixGrid workspace={workspace} data={m} receivedAt={result.data.receivedAt} />
              {m.total > (q.pageSize ?? MATRIX_DEFAULT_ROWS) && <Pager page={m.page} pageSize={m.pageSize} total={m.total} onPage={(page) => go({ page })} />}
            </>
          )}
        </>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
      {BUNDLE_STATES_WORST_FIRST.filter((s: BundleState) => s !== 'Pending').map((s) => (
        <li key={s} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className={`inline-flex h-3.5 w-4 items-center justify-center rounded-sm text-[9px] font-bold text-white/90 ${STATE_FILL[s]}`}>
            {s === 'Ready' ? '' : STATE_CODE[s]}
          </span>
          {stateLabel(s)}
        </li>
      ))}
      <li className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3.5 w-4 rounded-sm border border-dashed border-border" /> not deployed there
      </li>
    </ul>
  );
}
