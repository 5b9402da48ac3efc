'use client';
// Clusters of a workspace (or all). Text, state, label selector, sort and page live in the URL; the
// server filters and pages (the cache answers 10,000 clusters in milliseconds). Rows can be selected
// across pages for bulk actions, each reported per cluster with progress.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ClusterListQuerySchema, CLUSTER_DEFAULT_SORT, type ClusterRow, type ClusterSortKey } from '@/lib/fleet/rows/cluster-row';
import { listQueryToParams, parseListQuery, type ListQuery } from '@/lib/fleet/rows/list';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { SelectorInput } from '@/components/selector/selector-input';
import { stateLabel } from '@/components/state-badge';
import { buttonClass } from '@/components/ui/button';
import { fetchClusters } from './cluster-api';
import { ClusterBulkBar } from './cluster-bulk-bar';
import { ClusterTable, rowKey } from './cluster-table';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import type { ClusterRef } from './use-cluster-ops';
import { pageUrl } from '@/lib/http/urls';

const LIVE = ['clusters'] as const;

/** The list contract's params plus `selector` (kept out of parseListQuery, which rejects unknown params). */
function splitSearch(search: URLSearchParams) {
  const p = new URLSearchParams(search.toString());
  const selector = p.get('selector') ?? '';
  p.delete('selector');
  return { parsed: parseListQuery(ClusterListQuerySchema, p), selector };
}

export function ClustersView({ workspace }: { workspace: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { parsed, selector } = useMemo(() => splitSearch(new URLSearchParams(search.toString())), [search]);
  const query = parsed.ok ? parsed.value : undefined;
  const params = useMemo(() => {
    if (!query) return '';
    const p = listQueryToParams(query, { sort: CLUSTER_DEFAULT_SORT });
    if (selector) p.set('selector', selector);
    return p.toString();
  }, [query, selector]);
  const all = workspace === '_all';
  const where = all ? 'all workspaces' : workspace;

  const navigate = useCallback(
    (next: Partial<ListQuery<ClusterSortKey>> & { selector?: string }, replace = false) => {
      const { selector: nextSel, ...rest } = next;
      const merged = { ...(query ?? { page: 1, pageSize: 50, sort: CLUSTER_DEFAULT_SORT, dir: 'asc' as const, q: '' }), ...rest };
      const p = listQueryToParams(merged, { sort: CLUSTER_DEFAULT_SORT });
      const sel = nextSel ?? selector;
      if (sel) p.set('selector', sel);
      const qs = p.toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [query, selector, pathname, router],
  );
  const onQuery = useCallback((q: string) => navigate({ q, page: 1 }, true), [navigate]);
  const onSelector = useCallback((s: string) => navigate({ selector: s, page: 1 }, true), [navigate]);

  useLiveKinds(LIVE, workspace);
  const result = useQuery({
    queryKey: queryKeys.list('clusters', workspace, params),
    queryFn: () => fetchClusters(workspace, params),
    enabled: parsed.ok,
    placeholderData: keepPreviousData,
  });

  const [selected, setSelected] = useState<ReadonlyMap<string, ClusterRef>>(new Map());
  const rows = result.data?.items;
  // The freshest copy of each selected row (its labels and resourceVersion), when it is on this page.
  const selectedRefs = useMemo(() => {
    const byKey = new Map((rows ?? []).map((r) => [rowKey(r), r]));
    return [...selected.entries()].map(([k, v]) => byKey.get(k) ?? v);
  }, [selected, rows]);
  const onSelect = useCallback(
    (keys: string[], on: boolean) => {
      const byKey = new Map((rows ?? []).map((r) => [rowKey(r), r]));
      setSelected((prev) => {
        const next = new Map(prev);
        for (const k of keys) {
          const r = byKey.get(k);
          if (on && r) next.set(k, r);
          else next.delete(k);
        }
        return next;
      });
    },
    [rows],
  );
  const selectedKeys = useMemo(() => new Set(selected.keys()), [selected]);
  const filtered = !!query && (query.q !== '' || query.state !== undefined || selector !== '');
  const selectorError = result.error instanceof ApiFetchError && result.error.fieldErrors?.some((f) => f.field === 'selector') ? result.error.message : undefined;

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 id="page-title" className="text-xl font-semibold">
          Clusters
        </h1>
        <span className="text-sm text-muted" data-testid="cluster-total">
          in <span className="font-mono">{where}</span>
          {result.data && ` · ${result.data.total} ${filtered ? 'matching' : 'total'}`}
        </span>
        {result.isFetching && !result.isLoading && <span className="text-xs text-muted">updating…</span>}
        <span className="ml-auto">
          {!all && (
            <Link href={pageUrl.registration(workspace)} className={buttonClass('primary')} data-testid="register-cluster">
              Register a cluster
            </Link>
          )}
        </span>
      </div>

      {!parsed.ok ? (
        <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
          <p className="font-medium">This link has a filter the dashboard does not understand: {parsed.error}.</p>
          <Link href={pathname} className="mt-2 inline-block text-accent underline">
            Show all clusters
          </Link>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-start gap-3">
            <ListToolbar q={query?.q ?? ''} state={query?.state} onQuery={onQuery} onState={(state) => navigate({ state, page: 1 })} placeholder="Name, label (env=prod) or namespace" />
            <SelectorInput value={selector} onChange={onSelector} serverError={selectorError} />
          </div>
          <ClusterBulkBar selected={selectedRefs} showNamespace={all} workspace={workspace} onClear={() => setSelected(new Map())} />
          {result.isError && !selectorError ? (
            <ErrorPanel error={result.error} what={`clusters in ${where}`} onRetry={() => void result.refetch()} />
          ) : result.isLoading || !result.data ? (
            selectorError ? null : <LoadingRows label="Loading clusters…" />
          ) : result.data.total === 0 ? (
            filtered ? (
              <EmptyPanel title={<>No clusters match{query?.q ? <> &ldquo;{query.q}&rdquo;</> : null}{query?.state ? ` state ${stateLabel(query.state)}` : null}{selector ? <> selector <code className="font-mono">{selector}</code></> : null}.</>}>
                <button type="button" className="text-accent underline" onClick={() => navigate({ q: '', state: undefined, selector: '', page: 1 })}>
                  Clear filters
                </button>
              </EmptyPanel>
            ) : (
              <EmptyPanel title={`No clusters in ${where} yet`}>
                A cluster appears here once its Fleet agent registers.{' '}
                {!all && (
                  <Link className="text-accent underline" href={pageUrl.registration(workspace)}>
                    Create a registration token
                  </Link>
                )}
              </EmptyPanel>
            )
          ) : (
            <>
              <ClusterTable
                rows={result.data.items as ClusterRow[]}
                sort={query?.sort ?? CLUSTER_DEFAULT_SORT}
                dir={query?.dir ?? 'asc'}
                onSort={(sort, dir) => navigate({ sort, dir, page: 1 })}
                showWorkspace={all}
                selected={selectedKeys}
                onSelect={onSelect}
              />
              <Pager page={result.data.page} pageSize={result.data.pageSize} total={result.data.total} onPage={(page) => navigate({ page })} />
            </>
          )}
        </>
      )}
    </section>
  );
}
